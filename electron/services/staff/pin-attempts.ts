/**
 * The wrong-PIN count and the time until the next try is allowed, kept in the data folder so that
 * a restart (a crash and relaunch, a power cut, a killed process) gives no free tries. Written
 * atomically after every wrong PIN; removed after the right one.
 *
 * A damaged file fails closed: it reads as the longest wait, starting now, and is rewritten as
 * such. Treating it as a fresh count would turn "damage the file" into "get three free tries";
 * the cost of failing closed is one five-minute wait for staff, once, and atomic writes make a
 * damaged file all but impossible without someone editing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { readFileIfExists, writeFileAtomic } from '../atomic-file';
import type { Logger } from '../log';

export type AttemptRecord = { failures: number; blockedUntil: number };

const AttemptsSchema = v.strictObject({
  failures: v.pipe(v.number(), v.integer(), v.minValue(0)),
  blockedUntil: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const ATTEMPTS_FILE_NAME = 'staff-pin-attempts.json';

export class PinAttempts {
  readonly file: string;

  constructor(
    dataDirectory: string,
    private readonly log: Logger | undefined,
  ) {
    this.file = path.join(dataDirectory, ATTEMPTS_FILE_NAME);
  }

  /** The stored record; `damaged` when the file exists but cannot be trusted. */
  read(): AttemptRecord | 'damaged' {
    let text: string | undefined;
    try {
      text = readFileIfExists(this.file);
    } catch {
      return 'damaged';
    }
    if (text === undefined) return { failures: 0, blockedUntil: 0 };
    try {
      const parsed = v.safeParse(AttemptsSchema, JSON.parse(text));
      return parsed.success ? parsed.output : 'damaged';
    } catch {
      return 'damaged';
    }
  }

  write(record: AttemptRecord): void {
    try {
      if (record.failures === 0 && record.blockedUntil === 0) fs.rmSync(this.file, { force: true });
      else writeFileAtomic(this.file, `${JSON.stringify(record)}\n`);
    } catch (error) {
      // The count still holds in memory for as long as this process runs.
      this.log?.error('staff', `the wrong-PIN count could not be saved (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }

  warnDamaged(): void {
    this.log?.warn('staff', 'the wrong-PIN attempts file could not be read; staff must wait the longest delay before the next try');
  }
}
