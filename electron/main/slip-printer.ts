/**
 * Sends a slip to the printer from main, never from the page: a hidden, script-less window loads
 * the slip the shell built, and Electron prints it silently to the named printer with an explicit
 * page size (see services/printing/print-options.ts).
 */
import { BrowserWindow, type Session } from 'electron';
import { APP_HOST, APP_SCHEME } from '../policy/app-origin';
import { silentPrintOptions } from '../services/printing/print-options';
import type { Logger } from '../services/log';
import type { SlipLayout } from '../shared/slip-request';

export function createSlipSender(kioskSession: Session, log: Logger) {
  return async (slipPath: string, printer: string, layout: SlipLayout): Promise<boolean> => {
    const window = new BrowserWindow({
      show: false,
      webPreferences: { session: kioskSession, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, spellcheck: false },
    });
    try {
      await window.loadURL(`${APP_SCHEME}://${APP_HOST}/${slipPath}`);
      // The slip itself runs no script; main measures it to size the receipt.
      const height = Number(await window.webContents.executeJavaScript('document.documentElement.scrollHeight', true)) || 0;
      return await new Promise<boolean>((resolve) => {
        window.webContents.print(silentPrintOptions(layout, printer, height), (success, failureReason) => {
          if (!success) log.warn('print', `the system refused the slip (${failureReason})`);
          resolve(success);
        });
      });
    } catch (error) {
      log.error('print', `could not print a slip: ${(error as Error).message}`);
      return false;
    } finally {
      window.destroy();
    }
  };
}
