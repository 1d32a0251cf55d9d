import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleWatch } from '../../../../renderer/state/idle-watch.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('IdleWatch', () => {
  it('prompts after the idle time, counts down, then ends the session', () => {
    const expired = vi.fn();
    const watch = new IdleWatch(120, 20, expired);
    watch.activity();
    vi.advanceTimersByTime(119_000);
    expect(watch.prompting).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(watch.prompting).toBe(true);
    expect(watch.secondsLeft).toBe(20);
    vi.advanceTimersByTime(5_000);
    expect(watch.secondsLeft).toBe(15);
    vi.advanceTimersByTime(15_000);
    expect(expired).toHaveBeenCalledOnce();
  });

  it('starts the wait again on every touch', () => {
    const watch = new IdleWatch(10, 20, vi.fn());
    watch.activity();
    vi.advanceTimersByTime(9_000);
    watch.activity();
    vi.advanceTimersByTime(9_000);
    expect(watch.prompting).toBe(false);
  });

  it('does not let a stray touch dismiss the prompt; only "more time" does', () => {
    const expired = vi.fn();
    const watch = new IdleWatch(10, 20, expired);
    watch.activity();
    vi.advanceTimersByTime(10_000);
    watch.activity();
    expect(watch.prompting).toBe(true);
    watch.extend();
    expect(watch.prompting).toBe(false);
    vi.advanceTimersByTime(25_000);
    expect(expired).not.toHaveBeenCalled();
    expect(watch.prompting).toBe(true);
  });

  it('stops completely', () => {
    const expired = vi.fn();
    const watch = new IdleWatch(10, 5, expired);
    watch.activity();
    watch.stop();
    vi.advanceTimersByTime(60_000);
    expect(expired).not.toHaveBeenCalled();
  });
});
