import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STAFF_HOLD_MS, watchStaffCorner } from '../../../../renderer/state/staff-corner';

/** A pointer event as the browser gives it: where, and when (the event's own time, not the timer's). */
function pointer(type: string, at: number, x = 20, y = 20, pointerId = 1): Event {
  const event = new Event(type);
  Object.defineProperties(event, { clientX: { value: x }, clientY: { value: y }, timeStamp: { value: at }, pointerId: { value: pointerId } });
  return event;
}

let screen: EventTarget;
let stop: () => void;
let pinPad: ReturnType<typeof vi.fn<() => void>>;
beforeEach(() => {
  vi.useFakeTimers();
  screen = new EventTarget();
  pinPad = vi.fn<() => void>();
  stop = watchStaffCorner(screen as unknown as Window, pinPad);
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the staff corner', () => {
  it('opens the PIN pad after a still, three-second press', () => {
    screen.dispatchEvent(pointer('pointerdown', 1000));
    vi.advanceTimersByTime(STAFF_HOLD_MS - 1);
    expect(pinPad).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    screen.dispatchEvent(pointer('pointerup', 1000 + STAFF_HOLD_MS + 200));
    expect(pinPad).toHaveBeenCalledOnce();
  });

  it('opens it too when a busy page handles the release before the overdue timer', () => {
    screen.dispatchEvent(pointer('pointerdown', 1000));
    screen.dispatchEvent(pointer('pointerup', 1000 + STAFF_HOLD_MS + 200));
    expect(pinPad).toHaveBeenCalledOnce();
    // The timer, late, does not open it a second time.
    vi.advanceTimersByTime(10_000);
    expect(pinPad).toHaveBeenCalledOnce();
  });

  it('does nothing for a shorter press, a press that moves, or one outside the corner', () => {
    screen.dispatchEvent(pointer('pointerdown', 1000));
    screen.dispatchEvent(pointer('pointerup', 1000 + STAFF_HOLD_MS - 100));
    screen.dispatchEvent(pointer('pointerdown', 9000));
    screen.dispatchEvent(pointer('pointermove', 9500, 60, 60));
    screen.dispatchEvent(pointer('pointerup', 9000 + STAFF_HOLD_MS + 500, 60, 60));
    screen.dispatchEvent(pointer('pointerdown', 20_000, 400, 20));
    screen.dispatchEvent(pointer('pointerup', 20_000 + STAFF_HOLD_MS + 500, 400, 20));
    vi.advanceTimersByTime(10_000);
    expect(pinPad).not.toHaveBeenCalled();
  });

  it('does nothing when a second finger or a palm touches while the corner is held', () => {
    screen.dispatchEvent(pointer('pointerdown', 1000));
    screen.dispatchEvent(pointer('pointerdown', 1200, 40, 40, 2));
    screen.dispatchEvent(pointer('pointerup', 1400, 40, 40, 2));
    vi.advanceTimersByTime(10_000);
    screen.dispatchEvent(pointer('pointerup', 1000 + STAFF_HOLD_MS + 500));
    expect(pinPad).not.toHaveBeenCalled();
  });
});
