import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDispatch, type HostHandlers } from '../../../../electron/services/host-gateway';
import { createHostHandlers } from '../../../../electron/services/host-handlers';
import { createMemoryLogger } from '../../../../electron/services/log';
import { createHostServices } from '../../../../electron/services/host-services';
import { GENERATED_FONTS } from '../../../../electron/services/project-paths';
import { HOST_CALL_NAMES } from '../../../../electron/shared/host-contract';
import { builtInContent } from '../../../support/content-packs';
import { DEFAULT_CONFIG } from '../../../../electron/shared/kiosk-config';
import { VALID_REQUESTS } from '../../helpers/host-call-examples';
import { readyQueue } from '../../helpers/print-queues';
import { PrintCoordinator } from '../../../../electron/services/printing/print-coordinator';

const PIN = '246813';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

/** The real services on a fresh data folder, without the system printer queue. */
async function setUp(endSession = vi.fn(), listPrinters?: () => Promise<{ name: string; isDefault?: boolean }[]>) {
  const log = createMemoryLogger();
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-'));
  folders.push(dataDirectory);
  const services = await createHostServices({
    host: 'web',
    version: '1.2.3',
    dataDirectory,
    ...builtInContent(dataDirectory),
    fontsDirectory: GENERATED_FONTS,
    log,
    useSystemPrintQueue: false,
    listPrinters,
  });
  const dispatch = createDispatch(createHostHandlers({ ...services, endSession }), log);
  return { dispatch, log, store: services.configStore, endSession, services, dataDirectory };
}

describe('host gateway', () => {
  it("answers kiosk:get-setup with the office's settings", async () => {
    const { dispatch, store } = await setUp();
    store.write({ ...DEFAULT_CONFIG, idleSeconds: 45 });
    expect(await dispatch('kiosk:get-setup', {})).toEqual({
      ok: true,
      value: { config: { ...DEFAULT_CONFIG, idleSeconds: 45 }, host: 'web', version: '1.2.3', setupNeeded: true, staffPin: 'unset' },
    });
  });

  it('ends the session with the reason given', async () => {
    const { dispatch, endSession } = await setUp();
    expect(await dispatch('session:end', { reason: 'quick-exit' })).toEqual({ ok: true, value: {} });
    expect(endSession).toHaveBeenCalledWith('quick-exit');
  });

  it.each([['shell:exec'], ['__proto__'], ['constructor'], [42], [undefined]])('refuses an unknown call name %j', async (name) => {
    const { dispatch, log } = await setUp();
    expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(log.lines.join()).toContain('unknown call');
  });

  it.each([
    ['a wrong reason', { reason: 'because' }],
    ['no reason', {}],
    ['an extra field', { reason: 'idle', path: '/etc/passwd' }],
    ['a string', 'idle'],
    ['null', null],
  ])('refuses a malformed payload (%s) with a message the UI can show, and does not act', async (_label, payload) => {
    const { dispatch, endSession } = await setUp();
    const reply = await dispatch('session:end', payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/^The request is not valid/);
    expect(endSession).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error reply, never a crash, and logs the kind of error only', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const { dispatch, log } = await setUp(vi.fn().mockRejectedValueOnce(new Error('disk on fire')).mockRejectedValueOnce(full));
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(await dispatch('session:end', { reason: 'idle' })).toEqual({
        ok: false,
        error: { code: 'failed', message: 'The host could not complete the call.' },
      });
    }
    expect(log.lines).toEqual(['error [host-gateway] "session:end" failed (Error)', 'error [host-gateway] "session:end" failed (Error ENOSPC)']);
  });

  it('refuses to pass on a response outside the contract', async () => {
    const log = createMemoryLogger();
    const broken = { 'kiosk:get-setup': async () => ({ config: 'nope' }) } as unknown as HostHandlers;
    expect(await createDispatch(broken, log)('kiosk:get-setup', {})).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});

describe('slips and printing through the gateway', () => {
  it('builds a preview from contact ids and refuses ids that do not exist', async () => {
    const { dispatch } = await setUp();
    const reply = await dispatch('slip:preview', { language: 'ar', contactIds: ['rosa', 'police-emergency'], discreet: true, layout: '80mm' });
    expect(reply).toMatchObject({ ok: true, value: { path: expect.stringMatching(/^__slip\/[0-9a-f]{32}$/) } });
    expect(await dispatch('slip:preview', { language: 'en', contactIds: ['fake-hotline'], discreet: true, layout: '80mm' })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'There is no such contact.' },
    });
  });

  it('refuses a slip request that carries text or numbers instead of ids', async () => {
    const { dispatch } = await setUp();
    const reply = await dispatch('slip:preview', { language: 'en', contactIds: ['rosa'], discreet: true, layout: '80mm', numbers: ['666'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('does not print where no print queue can follow the slip, and says so in health', async () => {
    const { dispatch } = await setUp(vi.fn(), async () => [{ name: 'slip80', isDefault: true }]);
    expect(await dispatch('print:slip', { language: 'en', contactIds: ['rosa'], discreet: true, layout: '80mm' })).toEqual({
      ok: true,
      value: { outcome: 'failed', reason: 'cannot-confirm' },
    });
    expect(await dispatch('print:confirm', { token: '0123456789abcdef0123456789abcdef' })).toEqual({ ok: true, value: { outcome: 'failed', reason: 'not-sent' } });
    await dispatch('setup:complete', { pin: PIN });
    await dispatch('staff:unlock', { pin: PIN });
    expect(await dispatch('health:get', {})).toMatchObject({ ok: true, value: { printConfirmation: 'none' } });
  });

  it('under Electron, a slip that cannot be made is not left waiting to be called a hung print', async () => {
    const { services, log } = await setUp();
    const q = readyQueue();
    let hung = 0;
    const printing = new PrintCoordinator({ cups: q.queue, queue: q.queue, configuredPrinter: () => '', log, timing: { confirmTimeoutMs: 50, pollMs: 5, sendDeadlineMs: 40 }, sendHung: () => (hung += 1) });
    const slips = { create: async () => Promise.reject(new Error('disk full')) } as unknown as typeof services.slips;
    const sendSlip = vi.fn(async () => true);
    const electron = createDispatch(createHostHandlers({ ...services, printing, slips, sendSlip, endSession: vi.fn() }), log);
    expect(await electron('print:slip', { language: 'en', contactIds: ['rosa'], discreet: true, layout: '80mm' })).toMatchObject({ ok: false });
    expect(sendSlip).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(hung, 'the failed print was still pending when its send deadline came').toBe(0);
    // Printing still works for the next visitor.
    expect(await printing.begin()).toMatchObject({ kind: 'ready' });
  });
});

describe('staff mode through the gateway', { timeout: 20_000 }, () => {
  const forbidden = { ok: false, error: { code: 'forbidden', message: 'Staff mode is locked.' } };

  it('lets first-run setup save settings without a PIN, then closes once the PIN is set', async () => {
    const { dispatch } = await setUp();
    expect(await dispatch('config:save', { config: { ...DEFAULT_CONFIG, officeName: 'Krisesenteret' } })).toMatchObject({ ok: true });
    expect(await dispatch('setup:complete', { pin: PIN })).toEqual({ ok: true, value: {} });
    expect(await dispatch('kiosk:get-setup', {})).toMatchObject({ ok: true, value: { setupNeeded: false, staffPin: 'set' } });
    expect(await dispatch('config:save', { config: DEFAULT_CONFIG })).toEqual(forbidden);
    expect(await dispatch('setup:complete', { pin: '135791' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens staff calls only after the right PIN, and locks them when the session ends', async () => {
    const { dispatch } = await setUp();
    await dispatch('setup:complete', { pin: PIN });
    expect(await dispatch('health:get', {})).toEqual(forbidden);
    expect(await dispatch('staff:unlock', { pin: '0000' })).toEqual({ ok: true, value: { unlocked: false, retryAfterSeconds: 0 } });
    expect(await dispatch('staff:unlock', { pin: PIN })).toEqual({ ok: true, value: { unlocked: true, retryAfterSeconds: 0 } });
    const health = await dispatch('health:get', {});
    expect(health).toMatchObject({ ok: true, value: { pin: 'set', content: { contacts: expect.any(Number) }, fonts: { missingFiles: 0 } } });
    await dispatch('session:end', { reason: 'quick-exit' });
    expect(await dispatch('health:get', {})).toEqual(forbidden);
  });

  it('quits the kiosk only for staff, after replying, and says so where the host cannot quit', async () => {
    const { dispatch, services, log } = await setUp();
    const quitKiosk = vi.fn();
    const withQuit = createDispatch(createHostHandlers({ ...services, endSession: vi.fn(), quitKiosk }), log);
    await withQuit('setup:complete', { pin: PIN });
    expect(await withQuit('kiosk:quit', {})).toEqual(forbidden);
    await withQuit('staff:unlock', { pin: PIN });
    expect(await withQuit('kiosk:quit', {})).toEqual({ ok: true, value: {} });
    expect(quitKiosk).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(quitKiosk).toHaveBeenCalledTimes(1);
    await dispatch('staff:unlock', { pin: PIN });
    expect(await dispatch('kiosk:quit', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it("lists a screen fault in the health view by the screen's name only, and refuses anything else", async () => {
    const { dispatch } = await setUp();
    await dispatch('setup:complete', { pin: PIN });
    expect(await dispatch('kiosk:screen-fault', { screen: 'topic' })).toEqual({ ok: true, value: {} });
    expect(await dispatch('kiosk:screen-fault', { screen: 'topics.rights.title' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await dispatch('staff:unlock', { pin: PIN });
    const health = (await dispatch('health:get', {})) as { value: { restarts: { reason: string }[] } };
    expect(health.value.restarts.map((entry) => entry.reason)).toEqual(['screen fault: topic (the visitor was shown Get help now)']);
  });

  it("reports the lockdown in the health view: a browser on the WebHost, with its browser's gaps", async () => {
    const { dispatch } = await setUp();
    await dispatch('setup:complete', { pin: PIN });
    await dispatch('staff:unlock', { pin: PIN });
    const health = await dispatch('health:get', {});
    expect(health).toMatchObject({ ok: true, value: { lockdown: { host: 'browser', packaged: false, fuses: 'not-applicable', browserPolicies: 'not-in-force' } } });
    expect((health as { value: { lockdown: { cannotBlock: string[] } } }).value.lockdown.cannotBlock).toEqual(expect.arrayContaining(['close-window', 'devtools', 'file-dialogs']));
  });

  it('sets only a PIN of 6 to 8 digits at setup', async () => {
    const { dispatch, services } = await setUp();
    expect(await dispatch('setup:complete', { pin: '2468' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(services.staff.pins.state()).toBe('unset');
  });

  it('changes the PIN only with the current one, and counts a wrong current PIN as a failed try', async () => {
    const { dispatch, services } = await setUp();
    await dispatch('setup:complete', { pin: PIN });
    await dispatch('staff:unlock', { pin: PIN });
    expect(await dispatch('staff:change-pin', { pin: '97531864' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch('staff:change-pin', { currentPin: '111111', pin: '97531864' })).toEqual({ ok: true, value: { changed: false, retryAfterSeconds: 0 } });
    expect(await dispatch('staff:change-pin', { currentPin: '111111', pin: '97531864' })).toEqual({ ok: true, value: { changed: false, retryAfterSeconds: 0 } });
    expect(await dispatch('staff:change-pin', { currentPin: '111111', pin: '97531864' })).toEqual({ ok: true, value: { changed: false, retryAfterSeconds: 5 } });
    // The count is the same one unlocking uses: the right PIN must wait too.
    expect(await dispatch('staff:change-pin', { currentPin: PIN, pin: '97531864' })).toEqual({ ok: true, value: { changed: false, retryAfterSeconds: 5 } });
    expect(await services.staff.pins.verify(PIN)).toBe(true);
  });

  it('changes the PIN with the current one; the new one opens staff mode, the old one no longer does', async () => {
    const { dispatch, services } = await setUp();
    await dispatch('setup:complete', { pin: PIN });
    await dispatch('staff:unlock', { pin: PIN });
    expect(await dispatch('staff:change-pin', { currentPin: PIN, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch('staff:change-pin', { currentPin: PIN, pin: '97531864' })).toEqual({ ok: true, value: { changed: true, retryAfterSeconds: 0 } });
    await dispatch('staff:lock', {});
    expect(await dispatch('staff:unlock', { pin: PIN })).toMatchObject({ ok: true, value: { unlocked: false } });
    expect(await dispatch('staff:unlock', { pin: '97531864' })).toMatchObject({ ok: true, value: { unlocked: true } });
    expect(await services.staff.pins.verify('97531864')).toBe(true);
  });

  it('refuses to change the PIN while staff mode is locked, even with the current PIN', async () => {
    const { dispatch, services } = await setUp();
    await dispatch('setup:complete', { pin: PIN });
    expect(await dispatch('staff:change-pin', { currentPin: PIN, pin: '97531864' })).toEqual(forbidden);
    expect(await services.staff.pins.verify(PIN)).toBe(true);
  });

  it('refuses settings that are not valid, with a message, and keeps the old ones', async () => {
    const { dispatch, store } = await setUp();
    const reply = await dispatch('config:save', { config: { ...DEFAULT_CONFIG, idleSeconds: 2 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(store.read().config.idleSeconds).toBe(120);
  });

  it('counts only when the office turned counters on, and exports only to folders it offered', async () => {
    const { dispatch, services } = await setUp();
    await dispatch('counters:record', { event: 'session' });
    expect(services.staff.counters.read()).toEqual({});
    await dispatch('config:save', { config: { ...DEFAULT_CONFIG, countersEnabled: true } });
    await dispatch('counters:record', { event: 'language', value: 'ar' });
    expect(Object.values(services.staff.counters.read())[0]?.languages).toEqual({ ar: 1 });
    expect(await dispatch('counters:record', { event: 'language', value: 'constructor' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(Object.values(services.staff.counters.read())[0]?.languages).toEqual({ ar: 1 });
    await dispatch('setup:complete', { pin: PIN });
    await dispatch('staff:unlock', { pin: PIN });
    // Staff see no count under 5: the one visitor who read Arabic today is not singled out.
    const day = Object.keys(services.staff.counters.read())[0] ?? '';
    expect(await dispatch('counters:get', {})).toEqual({
      ok: true,
      value: { enabled: true, days: { [day]: { sessions: 'too-few', slips: 'too-few', languages: {}, topics: {} } }, setAside: [] },
    });
    expect(await dispatch('counters:export', { folder: '/etc' })).toMatchObject({ ok: false, error: { message: 'That folder is not available.' } });
  });
});

describe('the log, whatever the page sends', () => {
  /** Markers shaped to pass each field's pattern, so requests get as far into the handlers as they can. */
  const MARKERS = { language: 'qz-MARKER7', id: 'markerq7-zz', text: 'MARKER<q7>', pin: '13572468' };
  const FOUND = /marker|13572468/i;

  /** Every string in a request replaced by a marker (one at a time and all at once), plus extra keys. */
  function markedVariants(request: unknown): unknown[] {
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, at: (string | number)[]): void => {
      if (typeof value === 'string') leaves.push(at);
      else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...at, index]));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
    };
    walk(request, []);
    const markerFor = (at: (string | number)[]): string => {
      const key = String(at.at(-1));
      if (/language/i.test(key) || at.includes('languages')) return MARKERS.language;
      if (/pin/i.test(key)) return MARKERS.pin;
      if (/ids$/i.test(String(at.at(-2))) || key === 'value' || key === 'token') return MARKERS.id;
      return MARKERS.text;
    };
    const replaced = (paths: (string | number)[][]): unknown => {
      const copy = structuredClone(request) as Record<string | number, unknown>;
      for (const at of paths) {
        let target = copy;
        for (const step of at.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
        target[at.at(-1) ?? ''] = markerFor(at);
      }
      return copy;
    };
    return [
      ...leaves.map((at) => replaced([at])),
      replaced(leaves),
      { ...(request as object), [MARKERS.text]: MARKERS.text },
      { ...(request as object), contactIds: [MARKERS.id], language: MARKERS.language },
      MARKERS.text,
      [MARKERS.text],
    ];
  }

  it('names the call and the kind of error, never a value the page sent', { timeout: 60_000 }, async () => {
    const { dispatch, log } = await setUp();
    await dispatch('config:save', { config: { ...DEFAULT_CONFIG, countersEnabled: true } });
    await dispatch('setup:complete', { pin: PIN });
    for (const unlocked of [false, true]) {
      if (unlocked) await dispatch('staff:unlock', { pin: PIN });
      for (const name of HOST_CALL_NAMES) {
        // Not the PIN calls with a valid marker PIN: those would lock staff out or change the PIN.
        for (const payload of markedVariants(VALID_REQUESTS[name])) {
          if (name === 'setup:complete' || name === 'staff:change-pin') continue;
          await dispatch(name, payload);
        }
      }
      await dispatch(MARKERS.text, {});
    }
    expect(log.lines.filter((line) => FOUND.test(line))).toEqual([]);
    // The log still says what was refused.
    expect(log.lines.join('\n')).toMatch(/slip:preview/);
  });
});
