import { describe, expect, it } from 'vitest';
import { CrashBudget } from '../../../../electron/services/crash-budget';

describe('CrashBudget', () => {
  it('allows a few failures, then says relaunch', () => {
    const budget = new CrashBudget({ maxCrashes: 3, withinMs: 60_000 });
    expect([1, 2, 3].map((t) => budget.recordAndCheckExceeded(t * 1000))).toEqual([false, false, false]);
    expect(budget.recordAndCheckExceeded(4000)).toBe(true);
  });

  it('forgets failures older than the window', () => {
    const budget = new CrashBudget({ maxCrashes: 1, withinMs: 10_000 });
    expect(budget.recordAndCheckExceeded(0)).toBe(false);
    expect(budget.recordAndCheckExceeded(20_000)).toBe(false);
    expect(budget.recordAndCheckExceeded(25_000)).toBe(true);
  });
});
