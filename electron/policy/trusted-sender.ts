/**
 * Who may call the host over IPC: only the kiosk window's own main frame, showing an app:// page.
 * A sub-frame, another window, or a frame that navigated elsewhere is refused.
 */
import { isAppUrl } from './app-origin';

export type SenderFrameFacts = {
  /** `event.senderFrame?.url`; undefined when the frame is already gone. */
  frameUrl: string | undefined;
  /** `event.senderFrame === kioskWindow.webContents.mainFrame` */
  isKioskMainFrame: boolean;
};

export function isTrustedSender(sender: SenderFrameFacts): boolean {
  return sender.isKioskMainFrame && sender.frameUrl !== undefined && isAppUrl(sender.frameUrl);
}
