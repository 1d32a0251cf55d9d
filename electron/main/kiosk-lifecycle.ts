/**
 * How the kiosk starts and ends: it refuses to start with debugging switches (unless in developer
 * mode), keeps the display awake, and cannot be closed by a visitor. It ends only when staff quit
 * it or the operating system ends it. The decisions are in ../policy (developer-mode, quit-gate).
 */
import { app, powerSaveBlocker, type BrowserWindow } from 'electron';
import { debugSwitchDecision } from '../policy/developer-mode';
import type { QuitGate } from '../policy/quit-gate';
import type { Logger } from '../services/log';

/** True when the kiosk may go on starting; otherwise it has already been told to exit. */
export function refuseDebugSwitches(log: Logger, argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  const decision = debugSwitchDecision(argv, env);
  if (!decision.refuse) return true;
  log.error('main', `refusing to start with debugging switches (${decision.switches.join(', ')}); set HJELPEPUNKT_DEVELOPER=1 or pass --developer to allow them`);
  app.exit(1);
  return false;
}

/** The screen must not blank or sleep under a visitor (the OS kit also turns blanking off). */
export function keepDisplayAwake(log: Logger): void {
  const blocker = powerSaveBlocker.start('prevent-display-sleep');
  if (!powerSaveBlocker.isStarted(blocker)) log.warn('main', 'could not stop the display from sleeping');
}

/** Wiring that needs no window: quits the OS asks for open the gate. */
export function setupQuitGate(gate: QuitGate, log: Logger, signals: { on(signal: 'SIGTERM' | 'SIGHUP', listener: () => void): unknown } = process): void {
  // app.quit() (which a visitor cannot reach: no menu, no shortcut) starts here, as do the OS's
  // own quits that Electron turns into app.quit().
  app.on('before-quit', () => gate.allow('app-quit'));
  const onSignal = (signal: string) => () => {
    log.info('main', `${signal} received; quitting`);
    gate.allow('os-signal');
    app.quit();
  };
  signals.on('SIGTERM', onSignal('SIGTERM'));
  signals.on('SIGHUP', onSignal('SIGHUP'));
  app.on('window-all-closed', () => {
    if (gate.afterLastWindowClosed() === 'quit') {
      app.quit();
      return;
    }
    log.error('main', 'the kiosk window closed without a quit; starting again');
    app.relaunch();
    app.exit(0);
  });
}

export function guardKioskWindow(window: BrowserWindow, gate: QuitGate, log: Logger): void {
  window.on('close', (event) => {
    if (gate.mayCloseWindow()) return;
    event.preventDefault();
    log.warn('main', 'refused to close the kiosk window');
  });
  // Windows: logoff, restart or shutdown.
  window.on('session-end', () => gate.allow('session-end'));
}

/** Staff mode's "Quit the kiosk". */
export function quitFromStaff(gate: QuitGate, log: Logger): void {
  log.info('main', 'staff quit the kiosk');
  gate.allow('staff');
  app.quit();
}
