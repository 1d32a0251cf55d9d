import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PinStore } from '../../../../../electron/services/staff/pin-store';
import { StaffAccess } from '../../../../../electron/services/staff/staff-access';

let pins: PinStore;
beforeAll(async () => {
  pins = new PinStore(fs.mkdtempSync(path.join(os.tmpdir(), 'access-')));
  await pins.set('2468');
});

describe('StaffAccess', () => {
  it('opens with the right PIN and locks again on request', async () => {
    const access = new StaffAccess(pins);
    expect(access.isUnlocked()).toBe(false);
    expect(await access.unlock('2468')).toEqual({ unlocked: true });
    expect(access.isUnlocked()).toBe(true);
    access.lock();
    expect(access.isUnlocked()).toBe(false);
  });

  it('slows wrong PINs down after three failures: 5 s, then 10, 20 … capped at 5 minutes', async () => {
    let now = 0;
    const access = new StaffAccess(pins, () => now);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const result = await access.unlock('0000');
      expect(result.unlocked).toBe(false);
      waits.push(result.unlocked ? -1 : result.retryAfterSeconds);
      now += (waits.at(-1) ?? 0) * 1000;
    }
    expect(waits).toEqual([0, 0, 5, 10, 20, 40, 80, 160, 300, 300]);
  });

  it('refuses even the right PIN while it must wait, and opens once the wait is over', async () => {
    let now = 0;
    const access = new StaffAccess(pins, () => now);
    for (let attempt = 0; attempt < 3; attempt += 1) await access.unlock('1111');
    expect(await access.unlock('2468')).toEqual({ unlocked: false, retryAfterSeconds: 5, reason: 'wait' });
    now += 5_000;
    expect(await access.unlock('2468')).toEqual({ unlocked: true });
    // Success clears the count: the next wrong PIN costs nothing.
    access.lock();
    expect(await access.unlock('1111')).toMatchObject({ retryAfterSeconds: 0 });
  });

  it('stays locked if the session ended while the PIN was being checked', async () => {
    const access = new StaffAccess(pins);
    const checking = access.unlock('2468');
    access.lock();
    expect((await checking).unlocked).toBe(false);
    expect(access.isUnlocked()).toBe(false);
  });

  it('is in setup (open without a PIN) only before any PIN exists', () => {
    expect(new StaffAccess(new PinStore(fs.mkdtempSync(path.join(os.tmpdir(), 'none-')))).isSetupOpen()).toBe(true);
    expect(new StaffAccess(pins).isSetupOpen()).toBe(false);
  });
});

describe('StaffAccess, guarding against misuse', () => {
  it('checks one PIN at a time: a parallel try must wait', async () => {
    const access = new StaffAccess(pins);
    const [first, second] = await Promise.all([access.unlock('0000'), access.unlock('2468')]);
    expect(first).toMatchObject({ unlocked: false, reason: 'wrong-pin' });
    expect(second).toMatchObject({ unlocked: false, reason: 'wait' });
  });

  it('locks itself after 15 minutes without a staff call', async () => {
    let now = 0;
    const access = new StaffAccess(pins, () => now);
    await access.unlock('2468');
    now += 14 * 60_000;
    expect(access.isUnlocked()).toBe(true);
    now += 14 * 60_000;
    expect(access.isUnlocked()).toBe(true);
    now += 15 * 60_000 + 1;
    expect(access.isUnlocked()).toBe(false);
  });
});
