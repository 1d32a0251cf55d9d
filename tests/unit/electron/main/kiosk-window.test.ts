import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../mocks/electron'));

const { FakeBrowserWindow, FakeSession } = await import('../../../mocks/electron');
const { createKioskWindow } = await import('../../../../electron/main/kiosk-window');
const { wipeAndRestart } = await import('../../../../electron/main/session-wipe');
const { setupRendererRecovery } = await import('../../../../electron/main/crash-recovery');
const { START_URL } = await import('../../../../electron/policy/app-origin');
const { app } = await import('../../../mocks/electron');
const { createMemoryLogger } = await import('../../../../electron/services/log');

describe('createKioskWindow', () => {
  it('is a locked-down kiosk window, without DevTools even unpackaged (npm start from a checkout)', () => {
    expect(app.isPackaged).toBe(false);
    const session = new FakeSession();
    createKioskWindow(session as never, '/app/preload.cjs', false);
    const options = FakeBrowserWindow.last?.options as { kiosk: boolean; webPreferences: Record<string, unknown> };
    expect(options.kiosk).toBe(true);
    expect(options.webPreferences).toMatchObject({
      session,
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      disableDialogs: true,
      devTools: false,
    });
  });

  it('allows DevTools only in developer mode', () => {
    createKioskWindow(new FakeSession() as never, '/app/preload.cjs', true);
    expect((FakeBrowserWindow.last?.options as { webPreferences: { devTools: boolean } }).webPreferences.devTools).toBe(true);
  });
});

describe('wipeAndRestart', () => {
  it('clears storage and caches, then loads the start page, then empties the history', async () => {
    const session = new FakeSession();
    const window = new FakeBrowserWindow({});
    const order: string[] = [];
    session.calls = order;
    window.webContents.calls = order;
    window.webContents.navigationHistory.clear.mockImplementation(() => void order.push('clearHistory'));
    await wipeAndRestart(window as never, session as never);
    expect(order).toEqual(['clearStorageData', 'clearCache', 'clearAuthCache', 'flushStorageData', `loadURL ${START_URL}`, 'clearHistory']);
  });
});

describe('setupRendererRecovery', () => {
  it('restarts the session when the renderer dies, crashes a hung one (once), and relaunches after too many', () => {
    const window = new FakeBrowserWindow({});
    const restart = vi.fn(async () => undefined);
    setupRendererRecovery(window as never, createMemoryLogger(), restart);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(restart).toHaveBeenCalledTimes(1);
    // A hang is ended by crashing the renderer; the crash (not the hang) restarts the session.
    window.webContents.emit('unresponsive');
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalled();
    expect(restart).toHaveBeenCalledTimes(1);
    window.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 1 });
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(app.relaunch).not.toHaveBeenCalled();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(app.relaunch).toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});
