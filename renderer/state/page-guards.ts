/**
 * What a browser offers on any page but a kiosk must not: a context menu (long press or right
 * click: "Inspect", "Save as", "Print"), dragging text, links or images somewhere else (or a file
 * onto the page), selecting text (which a long press turns into copy and search menus) and
 * keyboard shortcuts (F1 opens a help page, Ctrl+P a print dialog, Ctrl+H history). Electron
 * blocks some of this in the shell; the Chromium fallback has only the page (and its policies), so
 * the page does it for both. Staff text fields keep their selection and typing.
 *
 * The page cannot stop the shortcuts Chromium keeps for itself (Ctrl+N, Ctrl+T, Ctrl+W); the
 * fallback's policies and the OS kiosk kit deal with those.
 */
import { isAllowedKey } from '../../electron/shared/allowed-keys';

const STAFF_TEXT_FIELD = 'input, textarea, [contenteditable="true"]';

type MaybeElement = { closest?: (selector: string) => unknown };

export function isStaffTextField(target: EventTarget | null): boolean {
  const closest = (target as MaybeElement | null)?.closest;
  return typeof closest === 'function' && Boolean(closest.call(target, STAFF_TEXT_FIELD));
}

const ALWAYS_REFUSED = ['contextmenu', 'dragstart', 'dragover', 'drop'] as const;

/** The shell's own key allow-list, applied to a keydown in the page: typing only in staff text fields. */
export function isAllowedKeyEvent(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey' | 'target'>): boolean {
  const input = { type: 'keyDown', key: event.key, control: event.ctrlKey, alt: event.altKey, meta: event.metaKey, shift: event.shiftKey };
  return isAllowedKey(input, isStaffTextField(event.target));
}

/** Attaches the guards to the page's window; returns a function that removes them. */
export function guardPage(target: EventTarget): () => void {
  const refuse = (event: Event): void => event.preventDefault();
  const refuseSelection = (event: Event): void => {
    if (!isStaffTextField(event.target)) event.preventDefault();
  };
  const refuseShortcut = (event: Event): void => {
    if (!isAllowedKeyEvent(event as KeyboardEvent)) event.preventDefault();
  };
  // Capture phase: no component's handler can run first and stop the event from reaching these.
  for (const type of ALWAYS_REFUSED) target.addEventListener(type, refuse, { capture: true });
  target.addEventListener('selectstart', refuseSelection, { capture: true });
  target.addEventListener('keydown', refuseShortcut, { capture: true });
  return () => {
    for (const type of ALWAYS_REFUSED) target.removeEventListener(type, refuse, { capture: true });
    target.removeEventListener('selectstart', refuseSelection, { capture: true });
    target.removeEventListener('keydown', refuseShortcut, { capture: true });
  };
}
