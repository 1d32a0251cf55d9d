/**
 * What each host call does, in plain Node. Both hosts build their handlers here and differ only in
 * the few effects they inject: how a session is wiped, and whether the host can send a slip to
 * the printer itself (Electron) or the page must print it (WebHost).
 */
import type { SlipLayout } from '../shared/slip-request';
import type { ConfigStore } from './config-store';
import type { HostHandlers } from './host-gateway';
import type { PrintCoordinator } from './printing/print-coordinator';
import type { SlipService } from './slips/slip-service';

export type HostHandlerDependencies = {
  host: 'electron' | 'web';
  version: string;
  configStore: ConfigStore;
  slips: SlipService;
  printing: PrintCoordinator;
  /** Host-specific part of ending a session (Electron wipes and reloads the page here). */
  endSession: (reason: 'quick-exit' | 'idle' | 'finished') => Promise<void> | void;
  /** Prints the slip at `slipPath` silently; absent where the page prints (WebHost). */
  sendSlip?: (slipPath: string, printer: string, layout: SlipLayout) => Promise<boolean>;
};

export function createHostHandlers(deps: HostHandlerDependencies): HostHandlers {
  return {
    'kiosk:get-setup': async () => ({
      config: deps.configStore.read().config,
      host: deps.host,
      version: deps.version,
    }),
    'session:end': async ({ reason }) => {
      deps.slips.forgetAll();
      await deps.printing.endSession();
      await deps.endSession(reason);
      return {};
    },
    'slip:preview': async (request) => ({ path: (await deps.slips.create(request)).path }),
    'print:status': async () => {
      const { state, printer } = await deps.printing.status();
      return { state, printer };
    },
    'print:slip': async (request) => {
      const start = await deps.printing.begin();
      if (!start.ready) return { outcome: 'not-ready', state: start.readiness.state };
      if (!deps.sendSlip) return { outcome: 'page-prints', token: start.token };
      const slip = await deps.slips.create(request);
      if (!(await deps.sendSlip(slip.path, start.printer, request.layout))) {
        await deps.printing.confirm(start.token);
        return { outcome: 'failed', reason: 'not-sent' };
      }
      return deps.printing.confirm(start.token);
    },
    'print:confirm': async ({ token }) => deps.printing.confirm(token),
  };
}
