/**
 * The one full-screen kiosk window.
 */
import path from 'node:path';
import { BrowserWindow, type Session } from 'electron';

/** `developerMode`: DevTools can be opened only then (see ../policy/developer-mode). */
export function createKioskWindow(kioskSession: Session, preloadFile: string, developerMode: boolean): BrowserWindow {
  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#f6f3ee',
    title: 'Hjelpepunkt',
    // No minimise or maximise buttons where a window manager would draw them (closing is guarded
    // in kiosk-lifecycle.ts; `closable: false` would also stop the OS's own quit on Windows).
    minimizable: false,
    maximizable: false,
    show: false,
    webPreferences: {
      session: kioskSession,
      preload: path.resolve(preloadFile),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableDialogs: true,
      devTools: developerMode,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
