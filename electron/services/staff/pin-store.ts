/**
 * The staff PIN, stored only as a slow salted hash (scrypt) in its own file, apart from the
 * settings, so a damaged settings file never loses it. Written atomically with a last good copy.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import * as v from 'valibot';
import { readFileIfExists, writeFileAtomic } from '../atomic-file';

/**
 * A new PIN is 6–8 digits, typed on the kiosk's own PIN pad: a million guesses at least, so a
 * stolen hash does not fall in minutes. PINs chosen when 4 digits were allowed still open.
 */
export const NEW_PIN_PATTERN = /^\d{6,8}$/;
/** What the PIN pad accepts when checking: every PIN the kiosk ever let staff choose. */
export const PIN_PATTERN = /^\d{4,8}$/;

const KEY_BYTES = 32;
const SALT_BYTES = 16;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
/**
 * Bounds on what a PIN file may ask of scrypt. The file is read before every check, so a
 * tampered one must neither unlock cheaply (a tiny cost, an empty hash) nor take the kiosk down
 * (a cost that needs gigabytes or minutes). Memory is 128·N·r bytes; these allow at most 256 MiB.
 */
const MIN_N = 2 ** 14;
const MAX_N = 2 ** 20;
const MAX_R = 16;
const MAX_P = 4;
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;

const isPowerOfTwo = (value: number): boolean => (value & (value - 1)) === 0;
const decodedLength = (text: string): number => Buffer.from(text, 'base64').length;

const PinFileSchema = v.pipe(
  v.strictObject({
    algorithm: v.literal('scrypt'),
    N: v.pipe(v.number(), v.integer(), v.minValue(MIN_N), v.maxValue(MAX_N), v.check(isPowerOfTwo)),
    r: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_R)),
    p: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_P)),
    salt: v.pipe(v.string(), v.base64(), v.check((salt) => decodedLength(salt) >= SALT_BYTES)),
    hash: v.pipe(v.string(), v.base64(), v.check((hash) => decodedLength(hash) === KEY_BYTES)),
  }),
  v.check((record) => scryptMemory(record) <= MAX_MEMORY_BYTES),
);
type PinFile = v.InferOutput<typeof PinFileSchema>;

function scryptMemory(cost: { N: number; r: number }): number {
  return 128 * cost.N * cost.r;
}

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
    if (!NEW_PIN_PATTERN.test(pin)) throw new Error('A new PIN is 6 to 8 digits.');
    const salt = crypto.randomBytes(SALT_BYTES);
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
    const actual = await scrypt(pin, Buffer.from(record.salt, 'base64'), record);
    // The schema already demands a full-length hash; checked again so no edit can make it fail open.
    return expected.length === KEY_BYTES && crypto.timingSafeEqual(actual, expected);
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

function scrypt(pin: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // Node refuses work above maxmem; leave room over the 128·N·r the hash itself needs.
  const maxmem = 2 * scryptMemory(cost);
  return new Promise((resolve, reject) =>
    crypto.scrypt(pin, salt, KEY_BYTES, { N: cost.N, r: cost.r, p: cost.p, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
