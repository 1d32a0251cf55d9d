import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../mocks/electron'));

const { ipcMain, FakeBrowserWindow } = await import('../../../mocks/electron');
const { setupIpcGateway } = await import('../../../../electron/main/ipc-gateway');
const { IPC_CHANNEL } = await import('../../../../electron/shared/host-contract');
const { createMemoryLogger } = await import('../../../../electron/services/log');

const window = new FakeBrowserWindow({});
const dispatch = vi.fn(async () => ({ ok: true as const, value: {} }));
setupIpcGateway(() => window as never, dispatch, createMemoryLogger());
const handler = ipcMain.handlers.get(IPC_CHANNEL) as (event: unknown, name: unknown, payload: unknown) => Promise<unknown>;

describe('IPC gateway', () => {
  it("registers exactly one channel, the contract's", () => {
    expect([...ipcMain.handlers.keys()]).toEqual([IPC_CHANNEL]);
  });

  it("dispatches calls from the kiosk's main frame", async () => {
    const reply = await handler({ senderFrame: window.webContents.mainFrame }, 'session:end', { reason: 'idle' });
    expect(reply).toEqual({ ok: true, value: {} });
    expect(dispatch).toHaveBeenCalledWith('session:end', { reason: 'idle' });
  });

  it('refuses a sub-frame, a foreign page and a vanished frame without dispatching', async () => {
    dispatch.mockClear();
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the kiosk page.' } };
    expect(await handler({ senderFrame: { url: 'app://kiosk/index.html' } }, 'session:end', { reason: 'idle' })).toEqual(forbidden);
    window.webContents.mainFrame.url = 'https://evil.example/';
    expect(await handler({ senderFrame: window.webContents.mainFrame }, 'session:end', { reason: 'idle' })).toEqual(forbidden);
    window.webContents.mainFrame.url = 'app://kiosk/index.html';
    expect(await handler({ senderFrame: null }, 'session:end', { reason: 'idle' })).toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
