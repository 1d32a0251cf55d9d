/**
 * Everything a host (Electron's main process or the WebHost server) runs for the kiosk, built in
 * one place so both hosts get the same services from the same files.
 */
import { SHIPPED_LANGUAGE_CODES } from '../shared/languages';
import { ConfigStore } from './config-store';
import { loadContent } from './content-store';
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
import { RestartLog } from './staff/restart-log';
import { StaffAccess } from './staff/staff-access';

export type HostServiceOptions = {
  host: 'electron' | 'web';
  version: string;
  dataDirectory: string;
  localesDirectory: string;
  fontsDirectory: string;
  log: Logger;
  /** Electron's printer list, where there is no CUPS. */
  listPrinters?: PrintCoordinatorOptions['listPrinters'];
  printTiming?: PrintCoordinatorOptions['timing'];
  /**
   * Follow slips in the system's print queue (default): CUPS where it runs, else the Windows
   * spooler. Without one the kiosk does not print. Tests of other parts turn it off.
   */
  useSystemPrintQueue?: boolean;
};

export type HostServices = Omit<HostHandlerDependencies, 'endSession' | 'sendSlip'>;

export async function createHostServices(options: HostServiceOptions): Promise<HostServices> {
  const configStore = new ConfigStore(options.dataDirectory, SHIPPED_LANGUAGE_CODES, options.log);
  const config = () => configStore.read().config;
  const content = loadContent(options.localesDirectory);
  const useQueue = options.useSystemPrintQueue !== false;
  const { cups, queue } = useQueue ? await systemPrintQueue() : { cups: undefined, queue: undefined };
  const pins = new PinStore(options.dataDirectory);
  return {
    host: options.host,
    version: options.version,
    content,
    configStore,
    slips: new SlipService(content, new SlipFonts(options.fontsDirectory), config),
    printing: new PrintCoordinator({
      cups,
      queue,
      findQueue: useQueue ? systemPrintQueue : undefined,
      listPrinters: options.listPrinters,
      // Chromium's --kiosk-printing always prints to the system default: the WebHost follows that queue.
      configuredPrinter: () => (options.host === 'web' ? '' : config().printerName),
      log: options.log,
      timing: options.printTiming,
    }),
    staff: { access: new StaffAccess(pins, { log: options.log }), pins, counters: new Counters(options.dataDirectory, { log: options.log }), restarts: new RestartLog(options.dataDirectory) },
    dataDirectory: options.dataDirectory,
    fontsDirectory: options.fontsDirectory,
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
