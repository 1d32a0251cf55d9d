import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PinStore } from '../../../../../electron/services/staff/pin-store';

const folders: string[] = [];
const store = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pin-'));
  folders.push(folder);
  return new PinStore(folder);
};
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

/** A PIN file as an older version (or someone with the machine's files) could have written it. */
function pinFile(fields: Partial<{ N: number; r: number; p: number; salt: string; hash: string }>): string {
  return JSON.stringify({ algorithm: 'scrypt', N: 2 ** 14, r: 8, p: 1, salt: crypto.randomBytes(16).toString('base64'), hash: crypto.randomBytes(32).toString('base64'), ...fields });
}

/** Writes the same record as both the PIN file and its last good copy. */
function writeBoth(pins: PinStore, text: string): void {
  fs.writeFileSync(pins.file, text);
  fs.writeFileSync(pins.lastGoodFile, text);
}

describe('PinStore', () => {
  it('is unset on first run, set after a PIN is chosen', async () => {
    const pins = store();
    expect(pins.state()).toBe('unset');
    await pins.set('246813');
    expect(pins.state()).toBe('set');
  });

  it('keeps only a salted scrypt hash: the PIN itself is nowhere in the file', async () => {
    const pins = store();
    await pins.set('135790');
    const text = fs.readFileSync(pins.file, 'utf8');
    expect(text).not.toContain('135790');
    expect(JSON.parse(text)).toMatchObject({ algorithm: 'scrypt', N: 32768, salt: expect.any(String), hash: expect.any(String) });
    const again = store();
    await again.set('135790');
    expect(JSON.parse(fs.readFileSync(again.file, 'utf8')).hash).not.toBe(JSON.parse(text).hash);
  });

  it('verifies the right PIN and refuses others', async () => {
    const pins = store();
    await pins.set('246813');
    expect(await pins.verify('246813')).toBe(true);
    expect(await pins.verify('246814')).toBe(false);
    expect(await pins.verify('')).toBe(false);
    expect(await pins.verify('246813 ')).toBe(false);
  });

  it('refuses a new PIN that is not 6 to 8 digits', async () => {
    await expect(store().set('12')).rejects.toThrow('6 to 8 digits');
    await expect(store().set('2468')).rejects.toThrow('6 to 8 digits');
    await expect(store().set('24681')).rejects.toThrow('6 to 8 digits');
    await expect(store().set('abcdef')).rejects.toThrow('6 to 8 digits');
    await expect(store().set('123456789')).rejects.toThrow('6 to 8 digits');
  });

  it('still verifies a 4-digit PIN chosen before 6 digits were required', async () => {
    const pins = store();
    const salt = crypto.randomBytes(16);
    const hash = crypto.scryptSync('2468', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    writeBoth(pins, pinFile({ salt: salt.toString('base64'), hash: hash.toString('base64') }));
    expect(pins.state()).toBe('set');
    expect(await pins.verify('2468')).toBe(true);
    expect(await pins.verify('1357')).toBe(false);
  });

  it('survives a damaged PIN file through its last good copy', async () => {
    const pins = store();
    await pins.set('246813');
    fs.writeFileSync(pins.file, '{"algorithm": "scr');
    expect(pins.state()).toBe('set');
    expect(await pins.verify('246813')).toBe(true);
  });

  it('says "damaged" when both copies are unreadable, so staff know to recover it (README)', async () => {
    const pins = store();
    await pins.set('246813');
    writeBoth(pins, 'garbage');
    expect(pins.state()).toBe('damaged');
    expect(await pins.verify('246813')).toBe(false);
  });
});

describe('PinStore, with a PIN file someone tampered with', () => {
  it.each([
    ['an empty hash', { hash: '' }],
    ['a short hash', { hash: crypto.randomBytes(8).toString('base64') }],
    ['a long hash', { hash: crypto.randomBytes(64).toString('base64') }],
    ['an empty salt', { salt: '' }],
    ['a short salt', { salt: crypto.randomBytes(8).toString('base64') }],
    ['a tiny scrypt cost', { N: 2 }],
    ['a huge scrypt cost', { N: 2 ** 30 }],
    ['a cost that is no power of two', { N: 20_000 }],
    ['a huge block size', { r: 1_000_000 }],
    ['a huge parallelism', { p: 1_000_000 }],
  ])('locks staff out (state "damaged", every PIN refused) with %s, never lets anyone in', async (_label, fields) => {
    const pins = store();
    writeBoth(pins, pinFile(fields));
    expect(pins.state()).toBe('damaged');
    for (const pin of ['0000', '000000', '246813', '99999999']) expect(await pins.verify(pin)).toBe(false);
  });

  it('falls back to the last good copy when only the PIN file was tampered with', async () => {
    const pins = store();
    await pins.set('246813');
    fs.writeFileSync(pins.file, pinFile({ hash: '' }));
    expect(pins.state()).toBe('set');
    expect(await pins.verify('000000')).toBe(false);
    expect(await pins.verify('246813')).toBe(true);
  });
});
