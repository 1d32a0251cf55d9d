/**
 * The host when the UI runs in a plain browser (Chromium in kiosk mode, tests, development):
 * calls are POSTed to the local WebHost server, which runs the same handlers as Electron's main.
 */
import { WEB_API_PREFIX } from '../../electron/shared/host-contract';
import { checkedReply, unreachable } from './checked-reply';
import type { Host } from './host';

/** Served by the WebHost with a Clear-Site-Data header and a redirect to the start page. */
const RESTART_PATH = '/session/restart';

export function createWebHost(): Host {
  const host: Host = {
    kind: 'web',
    async call(name, request) {
      try {
        const response = await fetch(`${WEB_API_PREFIX}${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request ?? {}),
          cache: 'no-store',
        });
        return checkedReply(name, await response.json());
      } catch (error) {
        return unreachable(error);
      }
    },
    async restart(reason) {
      await host.call('session:end', { reason });
      await clearPageStorage();
      // replace() leaves no history entry behind; the server's Clear-Site-Data then wipes what
      // script cannot reach (HTTP cache, cookies), and its redirect loads a fresh start page.
      location.replace(RESTART_PATH);
    },
  };
  return host;
}

async function clearPageStorage(): Promise<void> {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable; Clear-Site-Data covers it.
  }
  try {
    if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key);
    if ('indexedDB' in window && indexedDB.databases) {
      for (const database of await indexedDB.databases()) if (database.name) indexedDB.deleteDatabase(database.name);
    }
  } catch {
    // Best effort: the server-side Clear-Site-Data is the guarantee.
  }
}
