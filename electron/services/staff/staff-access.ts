/**
 * Who is at the kiosk: a visitor (locked) or staff (unlocked by PIN). Wrong PINs slow down: after
 * three failures each further try must wait, 5 s, then 10, 20 … up to 5 minutes. The count and
 * the wait live in the data folder (pin-attempts.ts), so a restart gives no free tries. A wrong
 * current PIN when changing the PIN counts the same. Staff mode locks itself when the visitor
 * session ends (quick exit, idle, finished) or staff lock it.
 */
import path from 'node:path';
import type { Logger } from '../log';
import { PinAttempts, type AttemptRecord } from './pin-attempts';
import type { PinStore } from './pin-store';

const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;
/** The count at which the delay reaches its maximum; counting further changes nothing. */
const SATURATED_FAILURES = FREE_FAILURES + Math.ceil(Math.log2(MAX_DELAY_MS / FIRST_DELAY_MS));
/** Staff mode left open and unused this long locks itself, whatever the page does. */
export const STAFF_IDLE_LOCK_MS = 15 * 60_000;

export type UnlockResult = { unlocked: true } | { unlocked: false; retryAfterSeconds: number; reason: 'wrong-pin' | 'wait' | 'no-pin' };
export type PinCheck = { correct: true } | { correct: false; retryAfterSeconds: number; reason: 'wrong-pin' | 'wait' | 'no-pin' };

export type StaffAccessOptions = { now?: () => number; log?: Logger };

export class StaffAccess {
  private unlocked = false;
  /** Bumped by every lock: a PIN check still running when the session ends must not unlock it. */
  private generation = 0;
  private lastUse = 0;
  /** One PIN check at a time, so parallel tries cannot slip past the slow-down. */
  private checking = false;
  private readonly attempts: PinAttempts;
  private readonly now: () => number;
  /** What this process counted, in case the file could not be written (a full disk). */
  private counted: AttemptRecord = { failures: 0, blockedUntil: 0 };

  constructor(
    private readonly pins: PinStore,
    options: StaffAccessOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.attempts = new PinAttempts(path.dirname(pins.file), options.log);
  }

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
    const generation = this.generation;
    const check = await this.check(pin);
    if (!check.correct) return { unlocked: false, retryAfterSeconds: check.retryAfterSeconds, reason: check.reason };
    if (generation !== this.generation) return { unlocked: false, retryAfterSeconds: 0, reason: 'wait' };
    this.unlocked = true;
    this.lastUse = this.now();
    return { unlocked: true };
  }

  /** Staff changing the PIN must type the current one: a PIN check like unlocking, slow-down included. */
  async checkCurrentPin(pin: string): Promise<PinCheck> {
    return this.check(pin);
  }

  lock(): void {
    this.unlocked = false;
    this.generation += 1;
  }

  private async check(pin: string): Promise<PinCheck> {
    const record = this.currentRecord();
    const waitMs = record.blockedUntil - this.now();
    if (waitMs > 0) return { correct: false, retryAfterSeconds: Math.ceil(waitMs / 1000), reason: 'wait' };
    if (this.pins.state() !== 'set') return { correct: false, retryAfterSeconds: 0, reason: 'no-pin' };
    if (this.checking) return { correct: false, retryAfterSeconds: 1, reason: 'wait' };
    this.checking = true;
    let correct: boolean;
    try {
      correct = await this.pins.verify(pin);
    } finally {
      this.checking = false;
    }
    if (correct) {
      this.remember({ failures: 0, blockedUntil: 0 });
      return { correct: true };
    }
    const failures = Math.min(SATURATED_FAILURES, record.failures + 1);
    const delay = failures < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
    this.remember({ failures, blockedUntil: delay > 0 ? this.now() + delay : 0 });
    return { correct: false, retryAfterSeconds: Math.ceil(delay / 1000), reason: 'wrong-pin' };
  }

  /**
   * The stricter of what the file says and what this process counted. A damaged file becomes the
   * longest wait from now (and is rewritten so, so another restart does not start it over); a
   * wait longer than the longest delay (the clock went back) is cut to that delay.
   */
  private currentRecord(): AttemptRecord {
    const now = this.now();
    let stored = this.attempts.read();
    if (stored === 'damaged') {
      this.attempts.warnDamaged();
      stored = { failures: SATURATED_FAILURES, blockedUntil: now + MAX_DELAY_MS };
      this.remember(stored);
    }
    const record = {
      failures: Math.max(stored.failures, this.counted.failures),
      blockedUntil: Math.max(stored.blockedUntil, this.counted.blockedUntil),
    };
    return { failures: Math.min(record.failures, SATURATED_FAILURES), blockedUntil: Math.min(record.blockedUntil, now + MAX_DELAY_MS) };
  }

  private remember(record: AttemptRecord): void {
    this.counted = record;
    this.attempts.write(record);
  }
}
