/**
 * Everything a host (Electron's main process or the WebHost server) runs for the kiosk, built in
 * one place so both hosts get the same services from the same files.
 */
import { ConfigStore } from './config-store';
import { watchContentFolder } from './content/content-handlers';
import { ContentPackStore } from './content/packs/pack-store';
import { readTrustedKeys } from './content/packs/trusted-keys';
import type { LockdownSources } from './lockdown-report';
import type { HostHandlerDependencies } from './host-handlers';
import type { Logger } from './log';
import { CupsQueue } from './printing/cups';
import { PrintCoordinator, type PrintCoordinatorOptions } from './printing/print-coordinator';
import type { PrintQueue } from './printing/print-queue';
import { WindowsSpooler } from './printing/windows-spooler';
import { SlipFonts } from './slips/slip-fonts';
import { SlipService } from './slips/slip-service';
import { Counters } from './staff/counters';
import { PinStore } from './staff/pin-store';
import { Recordings } from './recordings';
import { RestartLog } from './staff/restart-log';
import { StaffAccess } from './staff/staff-access';

export type HostServiceOptions = {
  host: 'electron' | 'web';
  version: string;
  dataDirectory: string;
  /** The content pack built into the app, and the keys the app trusts (dist/content). */
  builtinPack: string;
  trustedKeysFile: string;
  fontsDirectory: string;
  /** The built page (dist/renderer): the health view checks the speech engine's files there. */
  bundleRoot?: string;
  log: Logger;
  /** Electron's printer list, where there is no CUPS. */
  listPrinters?: PrintCoordinatorOptions['listPrinters'];
  printTiming?: PrintCoordinatorOptions['timing'];
  /**
   * Follow slips in the system's print queue (default): CUPS where it runs, else the Windows
   * spooler. Without one the kiosk does not print. Tests of other parts turn it off.
   */
  useSystemPrintQueue?: boolean;
  /** Facts for the health view's lockdown section (default: a browser on the WebHost, no policies known). */
  lockdown?: Omit<LockdownSources, 'env'>;
  /** Ends the kiosk program when staff ask for it; absent where the host cannot (npm run serve). */
  quitKiosk?: () => void;
  /**
   * Starts the browser showing the kiosk again (the Chromium fallback's supervisor), for a page
   * frozen in a print call; absent where the host cannot.
   */
  restartBrowser?: () => void;
};

export type HostServices = Omit<HostHandlerDependencies, 'endSession' | 'sendSlip'> & {
  /** Stops the daily check of the office's content watch folder. */
  stopContentWatch: () => void;
};

export async function createHostServices(options: HostServiceOptions): Promise<HostServices> {
  // The one source of content for everything: the verified active pack (or the built-in one).
  const contentPacks = new ContentPackStore({
    dataDirectory: options.dataDirectory,
    builtinPack: options.builtinPack,
    trustedKeys: readTrustedKeys(options.trustedKeysFile),
    appVersion: options.version,
    log: options.log,
  });
  const configStore = new ConfigStore(options.dataDirectory, () => contentPacks.content().languages.map((language) => language.code), options.log);
  const config = () => configStore.read().config;
  const useQueue = options.useSystemPrintQueue !== false;
  const { cups, queue } = useQueue ? await systemPrintQueue() : { cups: undefined, queue: undefined };
  const pins = new PinStore(options.dataDirectory);
  const restarts = new RestartLog(options.dataDirectory);
  return {
    host: options.host,
    version: options.version,
    contentPacks,
    configStore,
    slips: new SlipService(() => contentPacks.content(), new SlipFonts(options.fontsDirectory), config),
    printing: new PrintCoordinator({
      cups,
      queue,
      findQueue: useQueue ? systemPrintQueue : undefined,
      listPrinters: options.listPrinters,
      // Chromium's --kiosk-printing always prints to the system default: the WebHost follows that queue.
      configuredPrinter: () => (options.host === 'web' ? '' : config().printerName),
      log: options.log,
      timing: options.printTiming,
      sendHung: () => {
        // The frozen page cannot end its visit: a fresh browser does, and staff see why in the health view.
        restarts.record(`printing hung: ${options.restartBrowser ? 'the browser was restarted' : 'a slip was never sent'}; no printing until the kiosk restarts`);
        options.restartBrowser?.();
      },
    }),
    staff: { access: new StaffAccess(pins, { log: options.log }), pins, counters: new Counters(options.dataDirectory, { log: options.log }), restarts },
    dataDirectory: options.dataDirectory,
    fontsDirectory: options.fontsDirectory,
    recordings: new Recordings(() => contentPacks.content()),
    bundleRoot: options.bundleRoot,
    lockdown: { ...(options.lockdown ?? { host: 'browser', packaged: false, developerMode: false, browserPolicies: 'not-in-force' }), env: process.env },
    quitKiosk: options.quitKiosk,
    stopContentWatch: watchContentFolder(contentPacks, configStore, options.log),
  };
}

/** CUPS where its scheduler answers (Linux, macOS); else the Windows spooler; else none. */
async function systemPrintQueue(): Promise<{ cups: CupsQueue | undefined; queue: PrintQueue | undefined }> {
  const cups = new CupsQueue();
  if (await cups.available()) return { cups, queue: cups };
  if (process.platform === 'win32') {
    const spooler = new WindowsSpooler();
    if (await spooler.available()) return { cups: undefined, queue: spooler };
  }
  return { cups: undefined, queue: undefined };
}
