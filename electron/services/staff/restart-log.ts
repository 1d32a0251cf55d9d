/**
 * The last restarts of the kiosk and why (started, renderer crashed, relaunched), and screens that
 * failed (kiosk:screen-fault), for the staff health view. A short ring of entries in the data
 * folder; never anything about a visitor.
 */
import path from 'node:path';
import { readFileIfExists, writeFileAtomic } from '../atomic-file';

export type RestartEntry = { at: string; reason: string };
const KEPT = 20;

export class RestartLog {
  readonly file: string;

  constructor(dataDirectory: string) {
    this.file = path.join(dataDirectory, 'restarts.json');
  }

  entries(): RestartEntry[] {
    try {
      const parsed = JSON.parse(readFileIfExists(this.file) ?? '[]') as unknown;
      return Array.isArray(parsed) ? parsed.filter((entry): entry is RestartEntry => typeof entry?.at === 'string' && typeof entry?.reason === 'string') : [];
    } catch {
      return [];
    }
  }

  record(reason: string, at = new Date()): void {
    try {
      writeFileAtomic(this.file, `${JSON.stringify([{ at: at.toISOString(), reason: reason.slice(0, 120) }, ...this.entries()].slice(0, KEPT))}\n`);
    } catch {
      // A full disk must not stop the kiosk from starting.
    }
  }
}
