/**
 * One minute-resolution clock for the whole UI ("open now" badges).
 */
class MinuteClock {
  now = $state(new Date());
  private timer: ReturnType<typeof setInterval> | undefined;

  start(): void {
    this.timer ??= setInterval(() => (this.now = new Date()), 30_000);
  }
}

export const clock = new MinuteClock();
