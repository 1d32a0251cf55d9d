/**
 * The staff PIN, stored only as a slow salted hash (scrypt) in its own file, apart from the
 * settings, so a damaged settings file never loses it. Written atomically with a last good copy.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import * as v from 'valibot';
import { readFileIfExists, writeFileAtomic } from '../atomic-file';

/** 4–8 digits: typed on the kiosk's own PIN pad. */
export const PIN_PATTERN = /^\d{4,8}$/;

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, maxmem: 64 * 1024 * 1024 };

const PinFileSchema = v.strictObject({
  algorithm: v.literal('scrypt'),
  N: v.pipe(v.number(), v.integer(), v.minValue(2 ** 14)),
  r: v.pipe(v.number(), v.integer(), v.minValue(1)),
  p: v.pipe(v.number(), v.integer(), v.minValue(1)),
  salt: v.pipe(v.string(), v.base64()),
  hash: v.pipe(v.string(), v.base64()),
});
type PinFile = v.InferOutput<typeof PinFileSchema>;

export type PinState = 'set' | 'unset' | 'damaged';

export class PinStore {
  readonly file: string;
  readonly lastGoodFile: string;

  constructor(dataDirectory: string) {
    this.file = path.join(dataDirectory, 'staff-pin.json');
    this.lastGoodFile = `${this.file}.last-good`;
  }

  /** `unset`: no PIN was ever stored (first run). `damaged`: there was one, but it cannot be read. */
  state(): PinState {
    const main = this.read(this.file);
    if (main.kind === 'ok') return 'set';
    const backup = this.read(this.lastGoodFile);
    if (backup.kind === 'ok') return 'set';
    return main.kind === 'missing' && backup.kind === 'missing' ? 'unset' : 'damaged';
  }

  async set(pin: string): Promise<void> {
    if (!PIN_PATTERN.test(pin)) throw new Error('A PIN is 4 to 8 digits.');
    const salt = crypto.randomBytes(16);
    const hash = await scrypt(pin, salt, SCRYPT);
    const record: PinFile = { algorithm: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString('base64'), hash: hash.toString('base64') };
    const text = `${JSON.stringify(record, null, 2)}\n`;
    writeFileAtomic(this.file, text);
    writeFileAtomic(this.lastGoodFile, text);
  }

  async verify(pin: string): Promise<boolean> {
    const found = this.read(this.file);
    const record = found.kind === 'ok' ? found.value : this.fromBackup();
    if (!record || !PIN_PATTERN.test(pin)) return false;
    const expected = Buffer.from(record.hash, 'base64');
    const actual = await scrypt(pin, Buffer.from(record.salt, 'base64'), { N: record.N, r: record.r, p: record.p, keyLength: expected.length, maxmem: SCRYPT.maxmem });
    return crypto.timingSafeEqual(actual, expected);
  }

  private fromBackup(): PinFile | undefined {
    const backup = this.read(this.lastGoodFile);
    return backup.kind === 'ok' ? backup.value : undefined;
  }

  private read(file: string): { kind: 'ok'; value: PinFile } | { kind: 'missing' } | { kind: 'bad' } {
    let text: string | undefined;
    try {
      text = readFileIfExists(file);
    } catch {
      return { kind: 'bad' };
    }
    if (text === undefined) return { kind: 'missing' };
    try {
      const parsed = v.safeParse(PinFileSchema, JSON.parse(text));
      return parsed.success ? { kind: 'ok', value: parsed.output } : { kind: 'bad' };
    } catch {
      return { kind: 'bad' };
    }
  }
}

function scrypt(pin: string, salt: Buffer, options: { N: number; r: number; p: number; keyLength: number; maxmem: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(pin, salt, options.keyLength, { N: options.N, r: options.r, p: options.p, maxmem: options.maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
