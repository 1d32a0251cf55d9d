/**
 * Ends a visitor's session in Electron: everything the page stored is cleared from the in-memory
 * session, the start page loads fresh, and the back/forward history is emptied.
 */
import type { BrowserWindow, Session } from 'electron';
import { START_URL } from '../policy/app-origin';

export async function wipeAndRestart(window: BrowserWindow, kioskSession: Session): Promise<void> {
  await kioskSession.clearStorageData();
  await kioskSession.clearCache();
  await kioskSession.clearAuthCache();
  kioskSession.flushStorageData();
  // A load aborted by another (a recovery reload racing this one) gets one more try.
  await window.webContents.loadURL(START_URL).catch(() => window.webContents.loadURL(START_URL));
  window.webContents.navigationHistory.clear();
}
