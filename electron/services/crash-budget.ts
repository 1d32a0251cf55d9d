/**
 * Counts renderer failures in a sliding window. A few reloads fix a glitch; many in a row mean the
 * reload itself fails, and the only way back to a working screen is to relaunch the app.
 */
export class CrashBudget {
  private readonly times: number[] = [];

  constructor(private readonly limits: { maxCrashes: number; withinMs: number }) {}

  /** Records a failure at `now` and says whether the budget is now exceeded. */
  recordAndCheckExceeded(now: number): boolean {
    this.times.push(now);
    while (this.times.length > 0 && (this.times[0] ?? now) <= now - this.limits.withinMs) this.times.shift();
    return this.times.length > this.limits.maxCrashes;
  }
}
