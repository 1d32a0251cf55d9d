/**
 * What a browser offers on any page but a kiosk must not: a context menu (long press or right
 * click: "Inspect", "Save as", "Print"), dragging text, links or images somewhere else (or a file
 * onto the page), and selecting text (which a long press turns into copy and search menus). Electron
 * blocks some of this in the shell; the Chromium fallback has only the page, so the page does it
 * for both. Staff text fields keep their selection (to correct what was typed).
 */
const STAFF_TEXT_FIELD = 'input, textarea, [contenteditable="true"]';

type MaybeElement = { closest?: (selector: string) => unknown };

export function isStaffTextField(target: EventTarget | null): boolean {
  const closest = (target as MaybeElement | null)?.closest;
  return typeof closest === 'function' && Boolean(closest.call(target, STAFF_TEXT_FIELD));
}

const ALWAYS_REFUSED = ['contextmenu', 'dragstart', 'dragover', 'drop'] as const;

/** Attaches the guards to the page's window; returns a function that removes them. */
export function guardPage(target: EventTarget): () => void {
  const refuse = (event: Event): void => event.preventDefault();
  const refuseSelection = (event: Event): void => {
    if (!isStaffTextField(event.target)) event.preventDefault();
  };
  // Capture phase: no component's handler can run first and stop the event from reaching these.
  for (const type of ALWAYS_REFUSED) target.addEventListener(type, refuse, { capture: true });
  target.addEventListener('selectstart', refuseSelection, { capture: true });
  return () => {
    for (const type of ALWAYS_REFUSED) target.removeEventListener(type, refuse, { capture: true });
    target.removeEventListener('selectstart', refuseSelection, { capture: true });
  };
}
