import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STILL_BEFORE_WARMING_MS, warmWhenStill } from '../../../../renderer/speech/warm-when-still';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('loading the speech engine', () => {
  it('waits while the visitor keeps tapping, and starts once they have been still long enough', () => {
    const warm = vi.fn();
    let lastTap = performance.now();
    warmWhenStill({ lastActivity: () => lastTap, atOnce: false, warm });
    // A tap every second for five seconds: never still for 1.5 s.
    for (let tap = 0; tap < 5; tap += 1) {
      vi.advanceTimersByTime(1000);
      lastTap = performance.now();
    }
    expect(warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(STILL_BEFORE_WARMING_MS - 1);
    expect(warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(warm).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60_000);
    expect(warm).toHaveBeenCalledOnce();
  });

  it('starts soon after the screen is up where the office needs speech from the first tap, taps or not', () => {
    const warm = vi.fn();
    warmWhenStill({ lastActivity: () => performance.now(), atOnce: true, warm });
    vi.advanceTimersByTime(300);
    expect(warm).toHaveBeenCalledOnce();
  });

  it('does not start once the screen it was waiting on is gone', () => {
    const warm = vi.fn();
    const cancel = warmWhenStill({ lastActivity: () => 0, atOnce: false, warm });
    vi.advanceTimersByTime(1000);
    cancel();
    vi.advanceTimersByTime(60_000);
    expect(warm).not.toHaveBeenCalled();
  });
});
