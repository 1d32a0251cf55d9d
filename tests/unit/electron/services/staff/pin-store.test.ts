import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PinStore } from '../../../../../electron/services/staff/pin-store';

const store = () => new PinStore(fs.mkdtempSync(path.join(os.tmpdir(), 'pin-')));

describe('PinStore', () => {
  it('is unset on first run, set after a PIN is chosen', async () => {
    const pins = store();
    expect(pins.state()).toBe('unset');
    await pins.set('2468');
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
    await pins.set('2468');
    expect(await pins.verify('2468')).toBe(true);
    expect(await pins.verify('2469')).toBe(false);
    expect(await pins.verify('')).toBe(false);
    expect(await pins.verify('2468 ')).toBe(false);
  });

  it('refuses a PIN that is not 4 to 8 digits', async () => {
    await expect(store().set('12')).rejects.toThrow('4 to 8 digits');
    await expect(store().set('abcd')).rejects.toThrow('4 to 8 digits');
  });

  it('survives a damaged PIN file through its last good copy', async () => {
    const pins = store();
    await pins.set('2468');
    fs.writeFileSync(pins.file, '{"algorithm": "scr');
    expect(pins.state()).toBe('set');
    expect(await pins.verify('2468')).toBe(true);
  });

  it('says "damaged" when both copies are unreadable, so staff know to recover it (README)', async () => {
    const pins = store();
    await pins.set('2468');
    fs.writeFileSync(pins.file, 'garbage');
    fs.writeFileSync(pins.lastGoodFile, 'garbage');
    expect(pins.state()).toBe('damaged');
    expect(await pins.verify('2468')).toBe(false);
  });
});
