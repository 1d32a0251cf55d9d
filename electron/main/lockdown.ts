/**
 * Offline and closed by construction: the kiosk session loads nothing but app:// and grants no
 * permission; every web contents refuses navigation, new windows, webviews and downloads, and
 * swallows keys outside the allow-list. The decisions live in ../policy (unit-tested); this file
 * only attaches them to Electron.
 */
import { app, type Session, type WebContents } from 'electron';
import { isAllowedRequestUrl, isAppUrl } from '../policy/app-origin';
import { isAllowedKey } from '../shared/allowed-keys';
import type { Logger } from '../services/log';

export function setupSessionLockdown(kioskSession: Session, log: Logger): void {
  kioskSession.webRequest.onBeforeRequest((details, respond) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) log.warn('lockdown', `cancelled a request outside the app (${details.resourceType})`);
    respond({ cancel: !allowed });
  });
  kioskSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('lockdown', `denied permission request: ${permission}`);
    callback(false);
  });
  kioskSession.setPermissionCheckHandler(() => false);
  kioskSession.setDevicePermissionHandler(() => false);
  kioskSession.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  kioskSession.on('will-download', (event) => {
    log.warn('lockdown', 'refused a download');
    event.preventDefault();
  });
  kioskSession.setSpellCheckerEnabled(false);
}

/** Applies to every web contents the app ever creates, including any a bug might open. */
export function setupContentsLockdown(log: Logger, isTypingAllowed: () => boolean, developerMode: boolean): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const refuseNavigation = (event: { preventDefault(): void }, url: string): void => {
      if (!isAppUrl(url)) {
        log.warn('lockdown', 'refused navigation away from the app');
        event.preventDefault();
      }
    };
    contents.on('will-navigate', (event) => refuseNavigation(event, event.url));
    contents.on('will-frame-navigate', (event) => refuseNavigation(event, event.url));
    contents.on('will-redirect', (event) => refuseNavigation(event, event.url));
    contents.setWindowOpenHandler(() => {
      log.warn('lockdown', 'refused to open a window');
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => {
      log.warn('lockdown', 'refused a webview');
      event.preventDefault();
    });
    contents.on('before-input-event', (event, input) => {
      if (!isAllowedKey(input, isTypingAllowed())) event.preventDefault();
    });
    // A page's beforeunload must never block a wipe or a recovery reload.
    contents.on('will-prevent-unload', (event) => event.preventDefault());
    contents.on('devtools-opened', () => {
      if (developerMode) return;
      log.warn('lockdown', 'closed DevTools (not in developer mode)');
      contents.closeDevTools();
    });
    void contents.setVisualZoomLevelLimits(1, 1);
  });
}
