/**
 * Sends a slip to the printer from main, never from the page: a hidden window loads the slip the
 * shell built (its CSP allows no script in the document; main measures it to size the receipt),
 * and Electron prints it silently to the named printer with an explicit page size (see
 * services/printing/print-options.ts). The whole attempt has a time limit.
 */
import { BrowserWindow, type Session } from 'electron';
import { APP_HOST, APP_SCHEME } from '../policy/app-origin';
import { silentPrintOptions } from '../services/printing/print-options';
import type { Logger } from '../services/log';
import { NEUTRAL_JOB_TITLE } from '../services/slips/slip-html';
import type { SlipLayout } from '../shared/slip-request';

const PRINT_TIMEOUT_MS = 30_000;

export function createSlipSender(kioskSession: Session, log: Logger) {
  return async (slipPath: string, printer: string, layout: SlipLayout): Promise<boolean> => {
    const window = new BrowserWindow({
      show: false,
      webPreferences: { session: kioskSession, sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false },
    });
    const attempt = (async (): Promise<boolean> => {
      await window.loadURL(`${APP_SCHEME}://${APP_HOST}/${slipPath}`);
      // Only a slip document is ever printed (a slip forgotten at session end answers "Not found").
      if (window.webContents.getTitle() !== NEUTRAL_JOB_TITLE) return false;
      const height = Number(await window.webContents.executeJavaScript('document.documentElement.scrollHeight', true)) || 0;
      return new Promise<boolean>((resolve) => {
        window.webContents.print(silentPrintOptions(layout, printer, height), (success, failureReason) => {
          if (!success) log.warn('print', `the system refused the slip (${failureReason})`);
          resolve(success);
        });
      });
    })();
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PRINT_TIMEOUT_MS));
    try {
      return await Promise.race([attempt, timeout]);
    } catch (error) {
      log.error('print', `could not print a slip: ${(error as Error).message}`);
      return false;
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  };
}
