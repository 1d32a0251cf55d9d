import { describe, expect, it } from 'vitest';
import { guardPage, isStaffTextField } from '../../../../renderer/state/page-guards';

/** A stand-in for a DOM node: only `closest` matters to the guards. */
const node = (insideTextField: boolean) => Object.assign(new EventTarget(), { closest: () => (insideTextField ? {} : null) });

function dispatch(target: EventTarget, type: string, on: EventTarget = target): boolean {
  const event = new Event(type, { cancelable: true, bubbles: true });
  Object.defineProperty(event, 'target', { value: on });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('guardPage', () => {
  it('refuses the context menu and drag and drop everywhere, and selection outside staff text fields', () => {
    const page = new EventTarget();
    const remove = guardPage(page);
    for (const type of ['contextmenu', 'dragstart', 'dragover', 'drop']) expect(dispatch(page, type), type).toBe(true);
    expect(dispatch(page, 'selectstart', node(false))).toBe(true);
    expect(dispatch(page, 'selectstart', node(true))).toBe(false);
    remove();
    expect(dispatch(page, 'contextmenu')).toBe(false);
  });
});

describe('isStaffTextField', () => {
  it('is true inside an input, false for other nodes and for non-elements', () => {
    expect(isStaffTextField(node(true))).toBe(true);
    expect(isStaffTextField(node(false))).toBe(false);
    expect(isStaffTextField(new EventTarget())).toBe(false);
    expect(isStaffTextField(null)).toBe(false);
  });
});
