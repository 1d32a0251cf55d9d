import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../mocks/electron'));

const { app, FakeBrowserWindow, powerSaveBlocker } = await import('../../../mocks/electron');
const { guardKioskWindow, keepDisplayAwake, quitFromStaff, refuseDebugSwitches, setupQuitGate } = await import('../../../../electron/main/kiosk-lifecycle');
const { QuitGate } = await import('../../../../electron/policy/quit-gate');
const { createMemoryLogger } = await import('../../../../electron/services/log');

afterEach(() => {
  app.removeAllListeners();
});
/** Stands in for `process`, so no real signal handler is left in the test runner. */
const signals = (): EventEmitter => new EventEmitter();

/** A window 'close' event as Electron sends it; true when the close was refused. */
function closeRefused(window: InstanceType<typeof FakeBrowserWindow>): boolean {
  const event = { preventDefault: vi.fn() };
  window.emit('close', event);
  return event.preventDefault.mock.calls.length > 0;
}

describe('the kiosk window cannot be closed by a visitor', () => {
  it('refuses a close (Alt+F4, a window manager) while no quit is under way', () => {
    const gate = new QuitGate();
    const window = new FakeBrowserWindow({});
    guardKioskWindow(window as never, gate, createMemoryLogger());
    expect(closeRefused(window)).toBe(true);
  });

  it("closes when staff quit the kiosk, and app.quit() is what ends it", () => {
    const gate = new QuitGate();
    const window = new FakeBrowserWindow({});
    guardKioskWindow(window as never, gate, createMemoryLogger());
    quitFromStaff(gate, createMemoryLogger());
    expect(app.quit).toHaveBeenCalled();
    expect(closeRefused(window)).toBe(false);
  });

  it("closes when the operating system quits it: before-quit, Windows' session end", () => {
    const osQuit = new QuitGate();
    setupQuitGate(osQuit, createMemoryLogger(), signals());
    const window = new FakeBrowserWindow({});
    guardKioskWindow(window as never, osQuit, createMemoryLogger());
    app.emit('before-quit');
    expect(closeRefused(window)).toBe(false);

    const sessionEnd = new QuitGate();
    const other = new FakeBrowserWindow({});
    guardKioskWindow(other as never, sessionEnd, createMemoryLogger());
    other.emit('session-end');
    expect(closeRefused(other)).toBe(false);
  });

  it('quits on a signal from the OS (systemd stop, logout)', () => {
    const gate = new QuitGate();
    const os = signals();
    setupQuitGate(gate, createMemoryLogger(), os);
    app.quit.mockClear();
    os.emit('SIGTERM');
    expect(gate.quitReason).toBe('os-signal');
    expect(app.quit).toHaveBeenCalled();
  });

  it('does not quit when the last window closes without a quit: it starts again instead', () => {
    const gate = new QuitGate();
    setupQuitGate(gate, createMemoryLogger(), signals());
    app.quit.mockClear();
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.relaunch).toHaveBeenCalled();
    gate.allow('staff');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });
});

describe('keepDisplayAwake', () => {
  it('stops the display from sleeping', () => {
    keepDisplayAwake(createMemoryLogger());
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });
});

describe('refuseDebugSwitches', () => {
  it('exits at once when started with a debugging switch outside developer mode', () => {
    app.exit.mockClear();
    const log = createMemoryLogger();
    expect(refuseDebugSwitches(log, ['hjelpepunkt', '--remote-debugging-port=9222'], {})).toBe(false);
    expect(app.exit).toHaveBeenCalledWith(1);
    app.exit.mockClear();
    expect(refuseDebugSwitches(log, ['hjelpepunkt', '--remote-debugging-port=9222'], { HJELPEPUNKT_DEVELOPER: '1' })).toBe(true);
    expect(refuseDebugSwitches(log, ['hjelpepunkt'], {})).toBe(true);
    expect(app.exit).not.toHaveBeenCalled();
  });
});
