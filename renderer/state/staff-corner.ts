/**
 * The staff gesture: a still, three-second press in the physical top-left corner, whatever the
 * language. Visitors will not hit it by accident: a tap, a swipe or a press anywhere else does
 * nothing. A plain module (no page state), so its timing can be tested on its own.
 */
export const STAFF_CORNER_PX = 72;
export const STAFF_HOLD_MS = 3000;

/** Calls `held` once a press in the corner has lasted three seconds without moving. */
export function watchStaffCorner(target: Window, held: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let origin: { x: number; y: number } | undefined;
  let fired = false;
  let swallowUntil = 0;
  let pressed: EventTarget | null = null;
  let pressedAt = 0;
  let pointer: number | undefined;
  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const open = (): void => {
    cancel();
    fired = true;
    held();
  };
  const up = (event: PointerEvent): void => {
    if (event.pointerId !== pointer) return;
    // A page busy at that moment runs the release before the overdue timer (input comes first):
    // the press's own times still show it was held long enough.
    if (timer !== undefined && event.timeStamp - pressedAt >= STAFF_HOLD_MS) open();
    cancel();
    // The click that follows this release (if the browser sends one) must not press a button.
    if (fired) swallowUntil = Date.now() + 500;
    fired = false;
  };
  const down = (event: PointerEvent): void => {
    // A second finger or a palm while the corner is held: not the gesture.
    if (timer !== undefined) {
      cancel();
      return;
    }
    if (event.clientX > STAFF_CORNER_PX || event.clientY > STAFF_CORNER_PX) return;
    pointer = event.pointerId;
    origin = { x: event.clientX, y: event.clientY };
    pressed = event.target;
    pressedAt = event.timeStamp;
    timer = setTimeout(open, STAFF_HOLD_MS);
  };
  const move = (event: PointerEvent): void => {
    if (event.pointerId === pointer && timer && origin && Math.hypot(event.clientX - origin.x, event.clientY - origin.y) > 20) cancel();
  };
  // Only the click of that same release, on the element that was held, is swallowed.
  const click = (event: MouseEvent): void => {
    if (Date.now() > swallowUntil || event.target !== pressed) return;
    swallowUntil = 0;
    event.preventDefault();
    event.stopPropagation();
  };
  target.addEventListener('pointerdown', down, true);
  target.addEventListener('pointermove', move, true);
  target.addEventListener('pointerup', up, true);
  target.addEventListener('pointercancel', cancel, true);
  target.addEventListener('click', click, true);
  return () => {
    cancel();
    target.removeEventListener('pointerdown', down, true);
    target.removeEventListener('pointermove', move, true);
    target.removeEventListener('pointerup', up, true);
    target.removeEventListener('pointercancel', cancel, true);
    target.removeEventListener('click', click, true);
  };
}
