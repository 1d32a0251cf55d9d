/**
 * The host when running inside the Electron shell: calls go through the preload's named functions.
 */
import { BRIDGE_GLOBAL, type HostCallName } from '../../electron/shared/host-contract';
import { checkedReply, unreachable } from './checked-reply';
import type { Host } from './host';

type Bridge = Record<HostCallName, (payload?: unknown) => Promise<unknown>>;

export function electronBridge(): Bridge | undefined {
  return (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
}

export function createElectronHost(bridge: Bridge): Host {
  const host: Host = {
    kind: 'electron',
    async call(name, request) {
      try {
        return checkedReply(name, await bridge[name](request));
      } catch (error) {
        return unreachable(error);
      }
    },
    async restart(reason) {
      // The shell clears the session's storage and caches, reloads the start page and empties the
      // history. If it cannot answer, a plain reload still drops every bit of in-memory state.
      const reply = await host.call('session:end', { reason });
      if (!reply.ok) location.replace('./index.html');
      // The shell reloads the page at once; should that not come, the page reloads itself.
      else setTimeout(() => location.replace('./index.html'), 4000);
    },
    async printSlip(request) {
      const reply = await host.call('print:slip', request);
      if (!reply.ok) return { outcome: 'error', message: reply.error.message };
      // Electron prints from main; it never asks the page to print.
      return reply.value.outcome === 'page-prints' ? { outcome: 'failed', reason: 'not-sent' } : reply.value;
    },
  };
  return host;
}
