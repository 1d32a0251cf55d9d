/**
 * Notices when nobody has touched the screen for a while: first a "Do you need more time?" prompt
 * that counts down, then the session ends. Only a deliberate answer to the prompt counts as
 * "still here": a stray touch elsewhere while it shows does not cancel it.
 */
export class IdleWatch {
  prompting = $state(false);
  secondsLeft = $state(0);

  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private countdownTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly idleSeconds: number,
    private readonly countdownSeconds: number,
    private readonly onExpired: () => void,
  ) {}

  /** The visitor did something: restart the wait, unless the prompt is already showing. */
  activity(): void {
    if (this.prompting) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.prompt(), this.idleSeconds * 1000);
  }

  /** The visitor answered "yes, more time". */
  extend(): void {
    this.stopCountdown();
    this.activity();
  }

  stop(): void {
    clearTimeout(this.idleTimer);
    this.stopCountdown();
  }

  private prompt(): void {
    this.prompting = true;
    this.secondsLeft = this.countdownSeconds;
    this.countdownTimer = setInterval(() => {
      this.secondsLeft -= 1;
      if (this.secondsLeft <= 0) {
        this.stop();
        this.onExpired();
      }
    }, 1000);
  }

  private stopCountdown(): void {
    clearInterval(this.countdownTimer);
    this.prompting = false;
  }
}
