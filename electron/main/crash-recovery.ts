/**
 * Keeps the kiosk on screen: a renderer that dies or hangs is replaced by a fresh start page, and
 * a main-process error is logged instead of Electron's default error dialog (which a visitor
 * would face with no way to dismiss it safely).
 */
import { app, type BrowserWindow } from 'electron';
import { START_URL } from '../policy/app-origin';
import { CrashBudget } from '../services/crash-budget';
import type { Logger } from '../services/log';

export function setupMainProcessErrorHandling(log: Logger): void {
  process.on('uncaughtException', (error) => log.error('main', `uncaught exception: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => log.error('main', `unhandled rejection: ${String(reason)}`));
}

/**
 * `restart` ends the session the way quick exit does (staff mode locked, slips and print jobs
 * forgotten, storage wiped, start page loaded); `noteRestart` records it for the health view.
 */
export function setupRendererRecovery(
  window: BrowserWindow,
  log: Logger,
  restart: () => Promise<void>,
  noteRestart: (reason: string) => void = () => undefined,
): void {
  const budget = new CrashBudget({ maxCrashes: 3, withinMs: 5 * 60_000 });
  const recover = (why: string): void => {
    log.error('recovery', `${why}; restarting the session`);
    noteRestart(why);
    if (budget.recordAndCheckExceeded(Date.now())) {
      log.error('recovery', 'too many renderer failures in a short time; relaunching the app');
      app.relaunch();
      app.exit(1);
      return;
    }
    if (!window.isDestroyed()) void restart().catch((error: Error) => log.error('recovery', `restart failed: ${error.message}`));
  };
  window.webContents.on('render-process-gone', (_event, details) => recover(`renderer gone (${details.reason}, exit ${details.exitCode})`));
  // Crashing a hung renderer fires render-process-gone, which then recovers (once).
  window.webContents.on('unresponsive', () => {
    log.error('recovery', 'renderer unresponsive; crashing it');
    if (!window.isDestroyed()) window.webContents.forcefullyCrashRenderer();
  });
  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame && url !== START_URL) recover(`page failed to load (${code} ${description})`);
  });
  window.webContents.on('preload-error', (_event, _path, error) => log.error('recovery', `preload failed: ${error.message}`));
}
