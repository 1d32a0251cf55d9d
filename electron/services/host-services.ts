/**
 * Everything a host (Electron's main process or the WebHost server) runs for the kiosk, built in
 * one place so both hosts get the same services from the same files.
 */
import { SHIPPED_LANGUAGE_CODES } from '../shared/languages';
import { ConfigStore } from './config-store';
import type { LockdownSources } from './lockdown-report';
import { loadContent } from './content-store';
import type { HostHandlerDependencies } from './host-handlers';
import type { Logger } from './log';
import { CupsQueue } from './printing/cups';
import { PrintCoordinator, type PrintCoordinatorOptions } from './printing/print-coordinator';
import { SlipFonts } from './slips/slip-fonts';
import { SlipService } from './slips/slip-service';
import { Counters } from './staff/counters';
import { PinStore } from './staff/pin-store';
import { Recordings, recordingsRoot } from './recordings';
import { RestartLog } from './staff/restart-log';
import { StaffAccess } from './staff/staff-access';

export type HostServiceOptions = {
  host: 'electron' | 'web';
  version: string;
  dataDirectory: string;
  localesDirectory: string;
  fontsDirectory: string;
  /** The built page (dist/renderer): the health view checks the speech engine's files there. */
  bundleRoot?: string;
  log: Logger;
  /** Electron's printer list, where there is no CUPS. */
  listPrinters?: PrintCoordinatorOptions['listPrinters'];
  printTiming?: PrintCoordinatorOptions['timing'];
  /** Use the system's CUPS where it runs (default); tests of other parts turn it off. */
  useCups?: boolean;
  /** Facts for the health view's lockdown section (default: a browser on the WebHost, no policies known). */
  lockdown?: Omit<LockdownSources, 'env'>;
  /** Ends the kiosk program when staff ask for it; absent where the host cannot (npm run serve). */
  quitKiosk?: () => void;
};

export type HostServices = Omit<HostHandlerDependencies, 'endSession' | 'sendSlip'>;

export async function createHostServices(options: HostServiceOptions): Promise<HostServices> {
  const configStore = new ConfigStore(options.dataDirectory, SHIPPED_LANGUAGE_CODES, options.log);
  const config = () => configStore.read().config;
  const content = loadContent(options.localesDirectory);
  const cups = new CupsQueue();
  const pins = new PinStore(options.dataDirectory);
  return {
    host: options.host,
    version: options.version,
    content,
    configStore,
    slips: new SlipService(content, new SlipFonts(options.fontsDirectory), config),
    printing: new PrintCoordinator({
      cups: options.useCups !== false && (await cups.available()) ? cups : undefined,
      listPrinters: options.listPrinters,
      // Chromium's --kiosk-printing always prints to the system default: the WebHost follows that queue.
      configuredPrinter: () => (options.host === 'web' ? '' : config().printerName),
      log: options.log,
      timing: options.printTiming,
    }),
    staff: { access: new StaffAccess(pins), pins, counters: new Counters(options.dataDirectory), restarts: new RestartLog(options.dataDirectory) },
    dataDirectory: options.dataDirectory,
    fontsDirectory: options.fontsDirectory,
    recordings: new Recordings(recordingsRoot(options.localesDirectory), content.languages.map((language) => language.code)),
    bundleRoot: options.bundleRoot,
    lockdown: { ...(options.lockdown ?? { host: 'browser', packaged: false, developerMode: false, browserPolicies: 'not-in-force' }), env: process.env },
    quitKiosk: options.quitKiosk,
  };
}
