import { describe, expect, it } from 'vitest';
import { guardPage, isAllowedKeyEvent, isStaffTextField } from '../../../../renderer/state/page-guards';

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

describe('keyboard shortcuts in the page', () => {
  const key = (key: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey', boolean>> = {}, insideTextField = false) => {
    const event = new Event('keydown', { cancelable: true, bubbles: true });
    Object.assign(event, { key, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...modifiers });
    Object.defineProperty(event, 'target', { value: node(insideTextField) });
    return event as KeyboardEvent;
  };

  it("refuses the browser's shortcuts a page can stop: help, print, history, downloads, source, find, menus", () => {
    const page = new EventTarget();
    guardPage(page);
    const shortcuts = [key('F1'), key('F3'), key('F5'), key('F6'), key('F7'), key('F10'), key('F11'), key('p', { ctrlKey: true }), key('h', { ctrlKey: true }), key('j', { ctrlKey: true }), key('u', { ctrlKey: true }), key('f', { ctrlKey: true }), key('s', { ctrlKey: true }), key('o', { ctrlKey: true }), key('f', { altKey: true }), key('+', { ctrlKey: true }), key('ArrowLeft', { altKey: true }), key('Delete', { ctrlKey: true, shiftKey: true })];
    for (const event of shortcuts) {
      page.dispatchEvent(event);
      expect(event.defaultPrevented, `${event.ctrlKey ? 'Ctrl+' : ''}${event.altKey ? 'Alt+' : ''}${event.key}`).toBe(true);
    }
  });

  it('lets moving between controls and pressing them through, and typing in a staff text field only', () => {
    for (const name of ['Tab', 'Enter', ' ', 'ArrowDown', 'Escape']) expect(isAllowedKeyEvent(key(name)), name).toBe(true);
    expect(isAllowedKeyEvent(key('Tab', { shiftKey: true }))).toBe(true);
    expect(isAllowedKeyEvent(key('a', {}, true))).toBe(true);
    expect(isAllowedKeyEvent(key('Backspace', {}, true))).toBe(true);
    // AltGr (Ctrl+Alt) types @ on a Norwegian keyboard.
    expect(isAllowedKeyEvent(key('@', { ctrlKey: true, altKey: true }, true))).toBe(true);
    expect(isAllowedKeyEvent(key('a'))).toBe(false);
    expect(isAllowedKeyEvent(key('v', { ctrlKey: true }, true))).toBe(false);
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
