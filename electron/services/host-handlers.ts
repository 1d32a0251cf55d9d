/**
 * What each host call does, in plain Node. Both hosts build their handlers here and differ only in
 * the few effects they inject: how a session is wiped, and whether the host can send a slip to
 * the printer itself (Electron) or the page must print it (WebHost).
 */
import type { SlipLayout } from '../shared/slip-request';
import type { ConfigStore } from './config-store';
import { createContentHandlers } from './content/content-handlers';
import type { ContentPackStore } from './content/packs/pack-store';
import { HostForbiddenError, HostRequestError, type HostHandlers } from './host-gateway';
import type { LockdownSources } from './lockdown-report';
import type { PrintCoordinator } from './printing/print-coordinator';
import type { Recordings } from './recordings';
import type { SlipService } from './slips/slip-service';
import { exportTargets, type Counters } from './staff/counters';
import { healthReport } from './staff/health';
import type { PinStore } from './staff/pin-store';
import type { RestartLog } from './staff/restart-log';
import type { StaffAccess } from './staff/staff-access';

export type HostHandlerDependencies = {
  host: 'electron' | 'web';
  version: string;
  /** The verified content in use (the active pack, or the built-in one). */
  contentPacks: ContentPackStore;
  configStore: ConfigStore;
  slips: SlipService;
  printing: PrintCoordinator;
  staff: { access: StaffAccess; pins: PinStore; counters: Counters; restarts: RestartLog };
  dataDirectory: string;
  fontsDirectory: string;
  /** Recorded speech in the content (served under __audio/ by both hosts). */
  recordings: Recordings;
  /** The built page, where the health view looks for the speech engine (absent: not checked). */
  bundleRoot: string | undefined;
  /** Host-specific part of ending a session (Electron wipes and reloads the page here). */
  endSession: (reason: 'quick-exit' | 'idle' | 'finished') => Promise<void> | void;
  /** Prints the slip at `slipPath` silently; absent where the page prints (WebHost). */
  sendSlip?: (slipPath: string, printer: string, layout: SlipLayout) => Promise<boolean>;
  /** What the health view reports of the lockdown. */
  lockdown: LockdownSources;
  /** Ends the kiosk program (after this call has replied); absent where the host cannot quit. */
  quitKiosk?: () => void;
};

/**
 * What the host forgets when a visitor's session ends, however it ends (quick exit, idle, end of
 * a conversation, a renderer crash): staff mode locks, slips are dropped, waiting jobs cancelled.
 */
export async function forgetVisitorSession(deps: Pick<HostHandlerDependencies, 'staff' | 'slips' | 'printing'>): Promise<void> {
  deps.staff.access.lock();
  deps.slips.forgetAll();
  await deps.printing.endSession();
}

export function createHostHandlers(deps: HostHandlerDependencies): HostHandlers {
  const { access, pins, counters, restarts } = deps.staff;
  /** Staff calls need staff mode, or first-run setup (when no PIN exists yet). */
  const requireStaff = (allowDuringSetup = false): void => {
    if (access.isUnlocked() || (allowDuringSetup && access.isSetupOpen())) return;
    throw new HostForbiddenError('Staff mode is locked.');
  };

  /** The office's counters count a slip once it left for the printer. */
  const counted = <T extends { outcome: string }>(outcome: T): T => {
    if ((outcome.outcome === 'printed' || outcome.outcome === 'sent') && deps.configStore.read().config.countersEnabled) counters.record('slip');
    return outcome;
  };

  return {
    ...createContentHandlers({ contentPacks: deps.contentPacks, configStore: deps.configStore, requireStaff }),
    'kiosk:get-setup': async () => {
      const pin = pins.state();
      return { config: deps.configStore.read().config, host: deps.host, version: deps.version, setupNeeded: pin === 'unset', staffPin: pin };
    },
    'session:end': async ({ reason }) => {
      await forgetVisitorSession(deps);
      await deps.endSession(reason);
      return {};
    },
    'slip:preview': async (request) => {
      const { path, leftOff } = await deps.slips.create(request);
      return { path, leftOff };
    },
    'print:status': async () => {
      const { state, printer } = await deps.printing.status();
      return { state, printer };
    },
    'print:slip': async (request) => {
      const start = await deps.printing.begin();
      if (start.kind === 'not-ready') return { outcome: 'not-ready', state: start.readiness.state };
      if (start.kind === 'cannot-confirm') return { outcome: 'failed', reason: 'cannot-confirm' };
      if (start.kind === 'session-ended') return { outcome: 'failed', reason: 'not-sent' };
      if (!deps.sendSlip) return { outcome: 'page-prints', token: start.token };
      let sent = false;
      try {
        sent = await deps.sendSlip((await deps.slips.create(request)).path, start.printer, request.layout);
      } finally {
        // A slip that was never sent (or could not even be made) must not stay pending until the
        // send deadline calls it a hung print.
        if (!sent) await deps.printing.confirm(start.token);
      }
      if (!sent) return { outcome: 'failed', reason: 'not-sent' };
      return counted(await deps.printing.confirm(start.token));
    },
    'print:confirm': async ({ token }) => counted(await deps.printing.confirm(token)),

    'staff:unlock': async ({ pin }) => {
      const result = await access.unlock(pin);
      return { unlocked: result.unlocked, retryAfterSeconds: result.unlocked ? 0 : result.retryAfterSeconds };
    },
    'staff:lock': async () => {
      access.lock();
      return {};
    },
    'staff:change-pin': async ({ currentPin, pin }) => {
      requireStaff();
      // An unlocked kiosk left alone for a minute must not let a passer-by take it over.
      const check = await access.checkCurrentPin(currentPin);
      if (!check.correct) return { changed: false, retryAfterSeconds: check.retryAfterSeconds };
      await pins.set(pin);
      return { changed: true, retryAfterSeconds: 0 };
    },
    'setup:complete': async ({ pin }) => {
      if (!access.isSetupOpen()) throw new HostForbiddenError('Setup is already complete.');
      await pins.set(pin);
      return {};
    },
    'config:read': async () => {
      requireStaff(true);
      return deps.configStore.read();
    },
    'config:save': async ({ config }) => {
      requireStaff(true);
      try {
        deps.configStore.write(config);
      } catch (error) {
        throw new HostRequestError((error as Error).message);
      }
      return { config: deps.configStore.read().config };
    },
    'print:printers': async () => {
      requireStaff(true);
      return { printers: await deps.printing.printers() };
    },
    'health:get': async () => {
      requireStaff();
      return healthReport({ ...deps, pins, restarts });
    },
    'kiosk:screen-fault': async ({ screen }) => {
      restarts.record(`screen fault: ${screen} (the visitor was shown Get help now)`);
      return {};
    },
    'kiosk:quit': async () => {
      requireStaff();
      if (!deps.quitKiosk) throw new HostRequestError('This kiosk cannot be quit from staff mode; stop it where it was started.');
      const quit = deps.quitKiosk;
      // Reply first: the program that answers is about to end.
      setImmediate(quit);
      return {};
    },
    'audio:recordings': async ({ language }) => ({ keys: deps.recordings.keys(language) }),
    'counters:record': async ({ event, value }) => {
      // Only what the kiosk itself offers is counted: a shipped language, a real topic.
      const known =
        event === 'language' ? deps.contentPacks.content().languages.some((language) => language.code === value)
        : event === 'topic' ? deps.contentPacks.content().topics.some((topic) => topic.id === value)
        : value === undefined;
      if (!known) throw new HostRequestError('Nothing to count by that name.');
      if (deps.configStore.read().config.countersEnabled) counters.record(event, value);
      return {};
    },
    'counters:get': async () => {
      requireStaff();
      return { enabled: deps.configStore.read().config.countersEnabled, days: counters.report(), setAside: counters.setAside() };
    },
    'counters:reset': async () => {
      requireStaff();
      counters.reset();
      return {};
    },
    'counters:export-targets': async () => {
      requireStaff();
      return { folders: exportTargets(deps.dataDirectory) };
    },
    'counters:export': async ({ folder }) => {
      requireStaff();
      // Only a folder the kiosk itself offered: the page never names an arbitrary path.
      if (!exportTargets(deps.dataDirectory).includes(folder)) throw new HostRequestError('That folder is not available.');
      // Every language and topic the kiosk has, so the file cannot tell which were used at all.
      const content = deps.contentPacks.content();
      const known = { languages: content.languages.map((language) => language.code), topics: content.topics.map((topic) => topic.id) };
      return { file: counters.exportTo(folder, known) };
    },
  };
}
