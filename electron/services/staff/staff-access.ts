/**
 * Who is at the kiosk: a visitor (locked) or staff (unlocked by PIN). Wrong PINs slow down: after
 * three failures each further try must wait, 5 s, then 10, 20 … up to 5 minutes. Staff mode locks
 * itself when the visitor session ends (quick exit, idle, finished) or staff lock it.
 */
import type { PinStore } from './pin-store';

const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;
/** Staff mode left open and unused this long locks itself, whatever the page does. */
export const STAFF_IDLE_LOCK_MS = 15 * 60_000;

export type UnlockResult = { unlocked: true } | { unlocked: false; retryAfterSeconds: number; reason: 'wrong-pin' | 'wait' | 'no-pin' };

export class StaffAccess {
  private unlocked = false;
  private failures = 0;
  private blockedUntil = 0;
  /** Bumped by every lock: a PIN check still running when the session ends must not unlock it. */
  private generation = 0;
  private lastUse = 0;
  /** One PIN check at a time, so parallel tries cannot slip past the slow-down. */
  private checking = false;

  constructor(
    private readonly pins: PinStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while staff mode is open; each staff call that asks keeps it open a while longer. */
  isUnlocked(): boolean {
    if (this.unlocked && this.now() - this.lastUse > STAFF_IDLE_LOCK_MS) this.lock();
    if (this.unlocked) this.lastUse = this.now();
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
    if (this.checking) return { unlocked: false, retryAfterSeconds: 1, reason: 'wait' };
    const generation = this.generation;
    this.checking = true;
    let correct: boolean;
    try {
      correct = await this.pins.verify(pin);
    } finally {
      this.checking = false;
    }
    if (correct && generation !== this.generation) return { unlocked: false, retryAfterSeconds: 0, reason: 'wait' };
    if (correct) {
      this.unlocked = true;
      this.lastUse = this.now();
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
