/**
 * What each host call does, in plain Node. Both hosts build their handlers here and differ only in
 * the few effects they inject (how a session is wiped, which host they are).
 */
import type { HostHandlers } from './host-gateway';
import type { ConfigStore } from './config-store';

export type HostHandlerDependencies = {
  host: 'electron' | 'web';
  version: string;
  configStore: ConfigStore;
  /** Forget what the host holds for the visitor's session (and, in Electron, wipe the page). */
  endSession: (reason: 'quick-exit' | 'idle' | 'finished') => Promise<void> | void;
};

export function createHostHandlers(deps: HostHandlerDependencies): HostHandlers {
  return {
    'kiosk:get-setup': async () => ({
      config: deps.configStore.read().config,
      host: deps.host,
      version: deps.version,
    }),
    'session:end': async ({ reason }) => {
      await deps.endSession(reason);
      return {};
    },
  };
}
