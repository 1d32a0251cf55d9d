/**
 * The Electron shell's entry: each feature is one `setup…()` call below, in the order it must run.
 * Everything with a decision in it lives in plain modules (../policy, ../services) with unit tests.
 */
import path from 'node:path';
import { app, Menu, session } from 'electron';
import { SHIPPED_LANGUAGE_CODES } from '../shared/languages';
import { START_URL } from '../policy/app-origin';
import { ConfigStore } from '../services/config-store';
import { loadContent } from '../services/content-store';
import { CupsQueue } from '../services/printing/cups';
import { PrintCoordinator } from '../services/printing/print-coordinator';
import { SlipFonts } from '../services/slips/slip-fonts';
import { SlipService } from '../services/slips/slip-service';
import { createDispatch } from '../services/host-gateway';
import { createHostHandlers } from '../services/host-handlers';
import { createLogger } from '../services/log';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupMainProcessErrorHandling, setupRendererRecovery } from './crash-recovery';
import { createKioskWindow } from './kiosk-window';
import { setupIpcGateway } from './ipc-gateway';
import { setupContentsLockdown, setupSessionLockdown } from './lockdown';
import { createSlipSender } from './slip-printer';
import { wipeAndRestart } from './session-wipe';


const dataDirectory = process.env.HJELPEPUNKT_DATA_DIR ?? app.getPath('userData');
const log = createLogger({ file: path.join(dataDirectory, 'logs', 'shell.log') });
setupMainProcessErrorHandling(log);

if (!app.requestSingleInstanceLock()) {
  log.warn('main', 'another kiosk instance is running; this one quits');
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  Menu.setApplicationMenu(null);
  setupContentsLockdown(log, () => false);

  app.whenReady().then(async () => {
    // A partition without "persist:" lives in memory only: nothing a visitor does reaches the disk.
    const kioskSession = session.fromPartition('kiosk', { cache: false });
    setupSessionLockdown(kioskSession, log);
    const dist = path.join(__dirname, '..');
    const configStore = new ConfigStore(dataDirectory, SHIPPED_LANGUAGE_CODES, log);
    const config = () => configStore.read().config;
    const slips = new SlipService(loadContent(path.join(dist, 'locales')), new SlipFonts(path.join(dist, 'fonts')), config);
    setupAppProtocol(kioskSession, path.join(dist, 'renderer'), slips);

    const window = createKioskWindow(kioskSession, path.join(__dirname, 'preload.cjs'));
    const cups = new CupsQueue();
    const printing = new PrintCoordinator({
      cups: (await cups.available()) ? cups : undefined,
      listPrinters: () => window.webContents.getPrintersAsync(),
      configuredPrinter: () => config().printerName,
      log,
    });
    const handlers = createHostHandlers({
      host: 'electron',
      version: app.getVersion(),
      configStore,
      slips,
      printing,
      sendSlip: createSlipSender(kioskSession, log),
      // Reply first, then wipe: the page that asked is about to be replaced.
      endSession: () => void setImmediate(() => void wipeAndRestart(window, kioskSession)),
    });
    setupIpcGateway(() => window, createDispatch(handlers, log), log);
    setupRendererRecovery(window, log);
    app.on('second-instance', () => window.focus());
    void window.loadURL(START_URL);
    log.info('main', `kiosk started (Electron ${process.versions.electron})`);
  });

  app.on('window-all-closed', () => app.quit());
}
