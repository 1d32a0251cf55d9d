import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../electron/services/log';
import { PinStore } from '../../../../../electron/services/staff/pin-store';
import { StaffAccess } from '../../../../../electron/services/staff/staff-access';

const PIN = '246813';
let folder: string;
let pins: PinStore;
const folders: string[] = [];

/** A fresh data folder with the PIN set, as after setup. */
async function setUpFolder(): Promise<PinStore> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'access-'));
  folders.push(directory);
  const store = new PinStore(directory);
  await store.set(PIN);
  return store;
}

beforeAll(async () => {
  pins = await setUpFolder();
  folder = path.dirname(pins.file);
});
afterAll(() => {
  for (const directory of folders) fs.rmSync(directory, { recursive: true, force: true });
});

describe('StaffAccess', () => {
  it('opens with the right PIN and locks again on request', async () => {
    const access = new StaffAccess(pins);
    expect(access.isUnlocked()).toBe(false);
    expect(await access.unlock(PIN)).toEqual({ unlocked: true });
    expect(access.isUnlocked()).toBe(true);
    access.lock();
    expect(access.isUnlocked()).toBe(false);
  });

  it('slows wrong PINs down after three failures: 5 s, then 10, 20 … capped at 5 minutes', { timeout: 30_000 }, async () => {
    let now = 0;
    const access = new StaffAccess(await setUpFolder(), { now: () => now });
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
    const access = new StaffAccess(await setUpFolder(), { now: () => now });
    for (let attempt = 0; attempt < 3; attempt += 1) await access.unlock('1111');
    expect(await access.unlock(PIN)).toEqual({ unlocked: false, retryAfterSeconds: 5, reason: 'wait' });
    now += 5_000;
    expect(await access.unlock(PIN)).toEqual({ unlocked: true });
    // Success clears the count: the next wrong PIN costs nothing.
    access.lock();
    expect(await access.unlock('1111')).toMatchObject({ retryAfterSeconds: 0 });
  });

  it('stays locked if the session ended while the PIN was being checked', async () => {
    const access = new StaffAccess(pins);
    const checking = access.unlock(PIN);
    access.lock();
    expect((await checking).unlocked).toBe(false);
    expect(access.isUnlocked()).toBe(false);
  });

  it('is in setup (open without a PIN) only before any PIN exists', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'none-'));
    folders.push(empty);
    expect(new StaffAccess(new PinStore(empty)).isSetupOpen()).toBe(true);
    expect(new StaffAccess(pins).isSetupOpen()).toBe(false);
  });

  it('checks the current PIN before a change, counting a wrong one like a wrong unlock', async () => {
    let now = 0;
    const store = await setUpFolder();
    const access = new StaffAccess(store, { now: () => now });
    await access.unlock(PIN);
    expect(await access.checkCurrentPin('111111')).toMatchObject({ correct: false, retryAfterSeconds: 0 });
    expect(await access.checkCurrentPin('111111')).toMatchObject({ correct: false, retryAfterSeconds: 0 });
    expect(await access.checkCurrentPin('111111')).toMatchObject({ correct: false, retryAfterSeconds: 5 });
    expect(await access.checkCurrentPin(PIN)).toMatchObject({ correct: false, retryAfterSeconds: 5 });
    now += 5_000;
    expect(await access.checkCurrentPin(PIN)).toEqual({ correct: true });
  });
});

describe('StaffAccess, across a restart', () => {
  it('keeps the wait: a new StaffAccess on the same folder still refuses the right PIN', async () => {
    let now = 1_000_000;
    const store = await setUpFolder();
    const before = new StaffAccess(store, { now: () => now });
    for (let attempt = 0; attempt < 3; attempt += 1) await before.unlock('0000');
    // The kiosk restarts (a crash, a relaunch, a power cut): new objects on the same data folder.
    const after = new StaffAccess(new PinStore(path.dirname(store.file)), { now: () => now });
    expect(await after.unlock(PIN)).toEqual({ unlocked: false, retryAfterSeconds: 5, reason: 'wait' });
    now += 5_000;
    // …and the count: the next wrong PIN waits 10 s, not nothing.
    expect(await after.unlock('0000')).toMatchObject({ unlocked: false, retryAfterSeconds: 10 });
  });

  it('treats a damaged attempts file as the longest wait, says so in the log, and opens after it', async () => {
    let now = 1_000_000;
    const store = await setUpFolder();
    const directory = path.dirname(store.file);
    const log = createMemoryLogger();
    new StaffAccess(store, { now: () => now });
    fs.writeFileSync(path.join(directory, 'staff-pin-attempts.json'), '{"failures": "lots');
    const access = new StaffAccess(new PinStore(directory), { now: () => now, log });
    expect(await access.unlock(PIN)).toEqual({ unlocked: false, retryAfterSeconds: 300, reason: 'wait' });
    expect(log.lines.join('\n')).toMatch(/attempts.*could not be read/);
    // A second restart does not start the wait over.
    now += 200_000;
    expect(await new StaffAccess(new PinStore(directory), { now: () => now }).unlock(PIN)).toMatchObject({ unlocked: false, retryAfterSeconds: 100 });
    now += 100_000;
    expect(await access.unlock(PIN)).toEqual({ unlocked: true });
  });

  it('never waits longer than the longest delay, even if the clock went back', async () => {
    const now = 1_000_000;
    const store = await setUpFolder();
    const directory = path.dirname(store.file);
    fs.writeFileSync(path.join(directory, 'staff-pin-attempts.json'), JSON.stringify({ failures: 5, blockedUntil: now + 30 * 24 * 3600_000 }));
    expect(await new StaffAccess(store, { now: () => now }).unlock(PIN)).toEqual({ unlocked: false, retryAfterSeconds: 300, reason: 'wait' });
  });

  it('leaves no count behind after the right PIN', async () => {
    const store = await setUpFolder();
    const access = new StaffAccess(store);
    await access.unlock('000000');
    await access.unlock(PIN);
    expect(fs.existsSync(path.join(path.dirname(store.file), 'staff-pin-attempts.json'))).toBe(false);
  });
});

describe('StaffAccess, guarding against misuse', () => {
  it('checks one PIN at a time: a parallel try must wait', async () => {
    const access = new StaffAccess(await setUpFolder());
    const [first, second] = await Promise.all([access.unlock('0000'), access.unlock(PIN)]);
    expect(first).toMatchObject({ unlocked: false, reason: 'wrong-pin' });
    expect(second).toMatchObject({ unlocked: false, reason: 'wait' });
  });

  it('locks itself after 15 minutes without a staff call', async () => {
    let now = 0;
    const access = new StaffAccess(pins, { now: () => now });
    await access.unlock(PIN);
    now += 14 * 60_000;
    expect(access.isUnlocked()).toBe(true);
    now += 14 * 60_000;
    expect(access.isUnlocked()).toBe(true);
    now += 15 * 60_000 + 1;
    expect(access.isUnlocked()).toBe(false);
  });

  it('keeps its data folder to itself', () => {
    expect(fs.readdirSync(folder).sort()).toEqual(['staff-pin.json', 'staff-pin.json.last-good']);
  });
});
