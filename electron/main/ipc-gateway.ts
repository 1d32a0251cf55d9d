/**
 * The only file that touches ipcMain. It checks that a call comes from the kiosk window's own main
 * frame on an app:// page, then hands it to the shared dispatcher, which validates the payload.
 */
import { ipcMain, type BrowserWindow } from 'electron';
import { IPC_CHANNEL } from '../shared/host-contract';
import { isTrustedSender } from '../policy/trusted-sender';
import type { Dispatch } from '../services/host-gateway';
import type { Logger } from '../services/log';

export function setupIpcGateway(getKioskWindow: () => BrowserWindow | undefined, dispatch: Dispatch, log: Logger): void {
  ipcMain.handle(IPC_CHANNEL, async (event, name: unknown, payload: unknown) => {
    const kiosk = getKioskWindow();
    const trusted = isTrustedSender({
      frameUrl: event.senderFrame?.url,
      isKioskMainFrame: kiosk !== undefined && !kiosk.isDestroyed() && event.senderFrame === kiosk.webContents.mainFrame,
    });
    if (!trusted) {
      log.warn('ipc', 'refused a call from an untrusted frame');
      return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the kiosk page.' } };
    }
    return dispatch(name, payload);
  });
}
