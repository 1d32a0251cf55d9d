/**
 * Who is at the kiosk: a visitor (locked) or staff (unlocked by PIN). Wrong PINs slow down: after
 * three failures each further try must wait, 5 s, then 10, 20 … up to 5 minutes. Staff mode locks
 * itself when the visitor session ends (quick exit, idle, finished) or staff lock it.
 */
import type { PinStore } from './pin-store';

const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;

export type UnlockResult = { unlocked: true } | { unlocked: false; retryAfterSeconds: number; reason: 'wrong-pin' | 'wait' | 'no-pin' };

export class StaffAccess {
  private unlocked = false;
  private failures = 0;
  private blockedUntil = 0;
  /** Bumped by every lock: a PIN check still running when the session ends must not unlock it. */
  private generation = 0;

  constructor(
    private readonly pins: PinStore,
    private readonly now: () => number = Date.now,
  ) {}

  isUnlocked(): boolean {
    return this.unlocked;
  }

  /** Before any PIN exists (first run), setup may configure the kiosk without one. */
  isSetupOpen(): boolean {
    return this.pins.state() === 'unset';
  }

  async unlock(pin: string): Promise<UnlockResult> {
    const waitMs = this.blockedUntil - this.now();
    if (waitMs > 0) return { unlocked: false, retryAfterSeconds: Math.ceil(waitMs / 1000), reason: 'wait' };
    if (this.pins.state() !== 'set') return { unlocked: false, retryAfterSeconds: 0, reason: 'no-pin' };
    const generation = this.generation;
    const correct = await this.pins.verify(pin);
    if (correct && generation !== this.generation) return { unlocked: false, retryAfterSeconds: 0, reason: 'wait' };
    if (correct) {
      this.unlocked = true;
      this.failures = 0;
      this.blockedUntil = 0;
      return { unlocked: true };
    }
    this.failures += 1;
    const delay = this.failures < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (this.failures - FREE_FAILURES));
    this.blockedUntil = this.now() + delay;
    return { unlocked: false, retryAfterSeconds: Math.ceil(delay / 1000), reason: 'wrong-pin' };
  }

  lock(): void {
    this.unlocked = false;
    this.generation += 1;
  }
}
