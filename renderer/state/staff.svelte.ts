/**
 * Staff mode in the page: the long press that opens the PIN pad, and the language staff screens
 * use. Whether staff mode is open is decided by the host (it checks the PIN and locks itself when
 * the session ends); the page only shows the screens.
 */
import { t } from '../i18n/i18n.svelte';
import { goTo, session } from './session.svelte';

/** The corner staff press for three seconds: the physical top-left, whatever the language. */
export const STAFF_CORNER_PX = 72;
export const STAFF_HOLD_MS = 3000;

/** Shows staff how to write a phone number (a format, not anyone's number). */
export const PHONE_EXAMPLE = '12 34 56 78';

/** A staff screen's words, in the staff language (Norwegian or English). */
export function st(key: string, values: Record<string, string | number> = {}): string {
  return t(`staff.${key}`, values, session.config.staffLanguage);
}

/**
 * Watches for a still, three-second press in the staff corner. Visitors will not hit it by
 * accident: a tap, a swipe or a press anywhere else does nothing.
 */
export function watchStaffCorner(target: Window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let origin: { x: number; y: number } | undefined;
  let fired = false;
  let swallowUntil = 0;
  let pressed: EventTarget | null = null;
  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const up = (): void => {
    cancel();
    // The click that follows this release (if the browser sends one) must not press a button.
    if (fired) swallowUntil = Date.now() + 500;
    fired = false;
  };
  const down = (event: PointerEvent): void => {
    if (event.clientX > STAFF_CORNER_PX || event.clientY > STAFF_CORNER_PX) return;
    origin = { x: event.clientX, y: event.clientY };
    pressed = event.target;
    timer = setTimeout(() => {
      timer = undefined;
      fired = true;
      if (session.screen.name !== 'setup') goTo({ name: 'staff-pin' });
    }, STAFF_HOLD_MS);
  };
  const move = (event: PointerEvent): void => {
    if (timer && origin && Math.hypot(event.clientX - origin.x, event.clientY - origin.y) > 20) cancel();
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
