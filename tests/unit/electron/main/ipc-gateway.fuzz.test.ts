/**
 * Fuzzing the Electron IPC gateway: for every host call, 1,000 malformed payloads (see
 * helpers/malformed-payloads.ts) from the kiosk's own trusted frame, through the real dispatcher
 * and handlers. Each must be refused with a clear error, none may throw past the gateway, and the
 * host must keep answering afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../mocks/electron'));

const { ipcMain, FakeBrowserWindow } = await import('../../../mocks/electron');
const { setupIpcGateway } = await import('../../../../electron/main/ipc-gateway');
const { HOST_CALL_NAMES, HostReplySchema, IPC_CHANNEL } = await import('../../../../electron/shared/host-contract');
const { createDispatch } = await import('../../../../electron/services/host-gateway');
const { createHostHandlers } = await import('../../../../electron/services/host-handlers');
const { createHostServices } = await import('../../../../electron/services/host-services');
const { createMemoryLogger } = await import('../../../../electron/services/log');
const { GENERATED_FONTS } = await import('../../../../electron/services/project-paths');
const { builtInContent } = await import('../../../support/content-packs');
const { describeIfNotRefused, malformedPayloads, seedFor } = await import('../../helpers/malformed-payloads');
const { VALID_REQUESTS } = await import('../../helpers/host-call-examples');
const v = await import('valibot');

const PER_CALL = 1_000;
/** What every object inherits, before any payload was sent. */
const inheritedBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'ipc-fuzz-'));
const log = createMemoryLogger();
const services = await createHostServices({
  host: 'electron',
  version: '0.1.0',
  dataDirectory,
  ...builtInContent(dataDirectory),
  fontsDirectory: GENERATED_FONTS,
  log,
  useSystemPrintQueue: false,
});
const window = new FakeBrowserWindow({});
setupIpcGateway(() => window as never, createDispatch(createHostHandlers({ ...services, endSession: () => undefined }), log), log);
const handler = ipcMain.handlers.get(IPC_CHANNEL) as (event: unknown, name: unknown, payload: unknown) => Promise<unknown>;
const fromTheKiosk = { senderFrame: window.webContents.mainFrame };

afterAll(() => fs.rmSync(dataDirectory, { recursive: true, force: true }));

describe('IPC gateway, fuzzed', () => {
  it.each(HOST_CALL_NAMES)(`refuses ${PER_CALL} malformed "%s" payloads, and keeps answering`, async (name) => {
    const problems: string[] = [];
    for (const payload of malformedPayloads(name, PER_CALL, seedFor(name))) {
      try {
        // Electron copies what the page sends with structured clone; so does the test.
        const problem = describeIfNotRefused(await handler(fromTheKiosk, name, structuredClone(payload.value)));
        if (problem) problems.push(`${payload.kind}: ${problem}`);
      } catch (error) {
        problems.push(`${payload.kind}: threw ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
    // A valid call of the same kind still gets a reply in the contract's shape.
    expect(v.safeParse(HostReplySchema, await handler(fromTheKiosk, name, VALID_REQUESTS[name])).success).toBe(true);
    expect(await handler(fromTheKiosk, 'kiosk:get-setup', {})).toMatchObject({ ok: true, value: { host: 'electron', version: '0.1.0' } });
  });

  it('left no trace on the objects every other object inherits from', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(inheritedBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
