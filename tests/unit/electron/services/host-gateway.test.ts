import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ConfigStore } from '../../../../electron/services/config-store';
import { createDispatch, type HostHandlers } from '../../../../electron/services/host-gateway';
import { createHostHandlers } from '../../../../electron/services/host-handlers';
import { createMemoryLogger } from '../../../../electron/services/log';
import { PrintCoordinator } from '../../../../electron/services/printing/print-coordinator';
import { slipService } from '../../helpers/real-content';
import { DEFAULT_CONFIG } from '../../../../electron/shared/kiosk-config';

function setUp(endSession = vi.fn()) {
  const log = createMemoryLogger();
  const store = new ConfigStore(fs.mkdtempSync(path.join(os.tmpdir(), 'gw-')), ['nb', 'en', 'ar'], log);
  const printing = new PrintCoordinator({ cups: undefined, configuredPrinter: () => 'kiosk-printer', log });
  const handlers = createHostHandlers({ host: 'web', version: '1.2.3', configStore: store, slips: slipService(), printing, endSession });
  return { dispatch: createDispatch(handlers, log), log, store, endSession };
}

describe('host gateway', () => {
  it("answers kiosk:get-setup with the office's settings", async () => {
    const { dispatch, store } = setUp();
    store.write({ ...DEFAULT_CONFIG, idleSeconds: 45 });
    expect(await dispatch('kiosk:get-setup', {})).toEqual({
      ok: true,
      value: { config: { ...DEFAULT_CONFIG, idleSeconds: 45 }, host: 'web', version: '1.2.3' },
    });
  });

  it('ends the session with the reason given', async () => {
    const { dispatch, endSession } = setUp();
    expect(await dispatch('session:end', { reason: 'quick-exit' })).toEqual({ ok: true, value: {} });
    expect(endSession).toHaveBeenCalledWith('quick-exit');
  });

  it.each([['shell:exec'], ['__proto__'], ['constructor'], [42], [undefined]])('refuses an unknown call name %j', async (name) => {
    const { dispatch, log } = setUp();
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
    const { dispatch, endSession } = setUp();
    const reply = await dispatch('session:end', payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/^The request is not valid/);
    expect(endSession).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error reply, never a crash', async () => {
    const { dispatch, log } = setUp(vi.fn().mockRejectedValue(new Error('disk on fire')));
    expect(await dispatch('session:end', { reason: 'idle' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The host could not complete the call.' },
    });
    expect(log.lines.join()).toContain('disk on fire');
  });

  it('refuses to pass on a response outside the contract', async () => {
    const log = createMemoryLogger();
    const broken = { 'kiosk:get-setup': async () => ({ config: 'nope' }) } as unknown as HostHandlers;
    expect(await createDispatch(broken, log)('kiosk:get-setup', {})).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});

describe('slips and printing through the gateway', () => {
  it('builds a preview from contact ids and refuses ids that do not exist', async () => {
    const { dispatch } = setUp();
    const reply = await dispatch('slip:preview', { language: 'ar', contactIds: ['rosa', 'police-emergency'], discreet: true, layout: '80mm' });
    expect(reply).toMatchObject({ ok: true, value: { path: expect.stringMatching(/^__slip\/[0-9a-f]{32}$/) } });
    expect(await dispatch('slip:preview', { language: 'en', contactIds: ['fake-hotline'], discreet: true, layout: '80mm' })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'There is no contact "fake-hotline".' },
    });
  });

  it('refuses a slip request that carries text or numbers instead of ids', async () => {
    const { dispatch } = setUp();
    const reply = await dispatch('slip:preview', { language: 'en', contactIds: ['rosa'], discreet: true, layout: '80mm', numbers: ['666'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('lets the page print under the WebHost, then confirms without CUPS as "sent"', async () => {
    const { dispatch } = setUp();
    const started = await dispatch('print:slip', { language: 'en', contactIds: ['rosa'], discreet: true, layout: '80mm' });
    expect(started).toMatchObject({ ok: true, value: { outcome: 'page-prints', token: expect.any(String) } });
    const token = started.ok ? (started.value as { token: string }).token : '';
    expect(await dispatch('print:confirm', { token })).toEqual({ ok: true, value: { outcome: 'sent' } });
    expect(await dispatch('print:confirm', { token })).toEqual({ ok: true, value: { outcome: 'failed', reason: 'not-sent' } });
  });
});
