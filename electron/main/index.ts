/**
 * The Electron shell's entry: each feature is one `setup…()` call below, in the order it must run.
 * Everything with a decision in it lives in plain modules (../policy, ../services) with unit tests.
 */
import path from 'node:path';
import { app, Menu, session } from 'electron';
import { START_URL } from '../policy/app-origin';
import { isDeveloperMode } from '../policy/developer-mode';
import { QuitGate } from '../policy/quit-gate';
import { createHostServices } from '../services/host-services';
import { createDispatch } from '../services/host-gateway';
import { createHostHandlers, forgetVisitorSession } from '../services/host-handlers';
import { createLogger } from '../services/log';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupMainProcessErrorHandling, setupRendererRecovery } from './crash-recovery';
import { createKioskWindow } from './kiosk-window';
import { guardKioskWindow, keepDisplayAwake, quitFromStaff, refuseDebugSwitches, setupQuitGate } from './kiosk-lifecycle';
import { setupIpcGateway } from './ipc-gateway';
import { setupContentsLockdown, setupSessionLockdown } from './lockdown';
import { createSlipSender } from './slip-printer';
import { wipeAndRestart } from './session-wipe';

const dataDirectory = process.env.HJELPEPUNKT_DATA_DIR ?? app.getPath('userData');
const log = createLogger({ file: path.join(dataDirectory, 'logs', 'shell.log') });
setupMainProcessErrorHandling(log);
const developerMode = isDeveloperMode(process.env, process.argv);
const quitGate = new QuitGate();

if (!refuseDebugSwitches(log)) {
  // Exiting: a kiosk started with a debugger port or inspector is not a kiosk.
} else if (!app.requestSingleInstanceLock()) {
  log.warn('main', 'another kiosk instance is running; this one quits');
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  Menu.setApplicationMenu(null);
  // Typing from a plugged-in keyboard works only in staff mode (and first-run setup).
  let typingAllowed = (): boolean => false;
  setupContentsLockdown(log, () => typingAllowed(), developerMode);
  setupQuitGate(quitGate, log);
  if (developerMode) log.warn('main', 'developer mode: DevTools and debugging switches are allowed');

  app.whenReady().then(async () => {
    // A partition without "persist:" lives in memory only: nothing a visitor does reaches the disk.
    const kioskSession = session.fromPartition('kiosk', { cache: false });
    setupSessionLockdown(kioskSession, log);
    const dist = path.join(__dirname, '..');
    // Created first (hidden until its page is ready) so the printer list can ask its web contents.
    const kiosk = createKioskWindow(kioskSession, path.join(__dirname, 'preload.cjs'), developerMode);
    guardKioskWindow(kiosk, quitGate, log);
    keepDisplayAwake(log);
    const services = await createHostServices({
      host: 'electron',
      version: app.getVersion(),
      dataDirectory,
      builtinPack: path.join(dist, 'content', 'builtin.hjpack'),
      trustedKeysFile: path.join(dist, 'content', 'trusted-keys.json'),
      fontsDirectory: path.join(dist, 'fonts'),
      bundleRoot: path.join(dist, 'renderer'),
      log,
      listPrinters: () => kiosk.webContents.getPrintersAsync(),
      lockdown: { host: 'electron', packaged: app.isPackaged, developerMode, electronBinary: process.execPath, browserPolicies: 'not-applicable' },
      quitKiosk: () => quitFromStaff(quitGate, log),
    }).catch((error: Error) => {
      // A damaged install (even the built-in content fails) must not leave a blank screen or a
      // dialog: the page says plainly that the kiosk cannot show its information and to ask staff;
      // every host call answers that the host is not available.
      log.error('main', `the host services could not start (${error.message}); running without them`);
      return undefined;
    });
    const renderer = path.join(dist, 'renderer');
    if (!services) {
      setupAppProtocol(kioskSession, renderer, { html: () => undefined });
      setupIpcGateway(() => kiosk, async () => ({ ok: false, error: { code: 'failed', message: 'The kiosk host is not available.' } }), log);
      setupRendererRecovery(kiosk, log, () => wipeAndRestart(kiosk, kioskSession));
    } else {
      const { access } = services.staff;
      typingAllowed = () => access.isUnlocked() || access.isSetupOpen();
      services.staff.restarts.record('started');
      setupAppProtocol(kioskSession, renderer, services.slips, services.recordings);
      const handlers = createHostHandlers({
        ...services,
        sendSlip: createSlipSender(kioskSession, log),
        // Reply first, then wipe: the page that asked is about to be replaced.
        endSession: () => void setImmediate(() => void wipeAndRestart(kiosk, kioskSession).catch((error: Error) => log.error('main', `wipe failed: ${error.message}`))),
      });
      setupIpcGateway(() => kiosk, createDispatch(handlers, log), log);
      // A crashed or hung page ends the session exactly as quick exit does.
      const restart = async (): Promise<void> => {
        await forgetVisitorSession(services);
        await wipeAndRestart(kiosk, kioskSession);
      };
      setupRendererRecovery(kiosk, log, restart, (reason) => services.staff.restarts.record(reason));
    }
    app.on('second-instance', () => kiosk.focus());
    void kiosk.loadURL(START_URL);
    log.info('main', `kiosk started (Electron ${process.versions.electron})`);
  });
}
