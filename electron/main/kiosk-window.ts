/**
 * The one full-screen kiosk window.
 */
import path from 'node:path';
import { app, BrowserWindow, type Session } from 'electron';

export function createKioskWindow(kioskSession: Session, preloadFile: string): BrowserWindow {
  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#f6f3ee',
    title: 'Hjelpepunkt',
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
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
