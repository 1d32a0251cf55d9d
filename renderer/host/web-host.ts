/**
 * The host when the UI runs in a plain browser (Chromium in kiosk mode, tests, development):
 * calls are POSTed to the local WebHost server, which runs the same handlers as Electron's main.
 */
import { WEB_API_PREFIX } from '../../electron/shared/host-contract';
import { checkedReply, unreachable } from './checked-reply';
import type { Host } from './host';

/** What the printer queue calls a slip (the same as the shell's slip documents). */
const NEUTRAL_JOB_TITLE = 'Document';

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
          // The launch session's cookie (HttpOnly, set when the launcher opened the page) goes along;
          // without it the host answers nothing.
          credentials: 'same-origin',
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
      // script cannot reach (the HTTP cache), and its redirect loads a fresh start page.
      location.replace(RESTART_PATH);
    },
    async printSlip(request) {
      const preview = await host.call('slip:preview', request);
      if (!preview.ok) return { outcome: 'error', message: preview.error.message };
      const started = await host.call('print:slip', request);
      if (!started.ok) return { outcome: 'error', message: started.error.message };
      if (started.value.outcome !== 'page-prints') return started.value;
      // Under Chromium's --kiosk-printing this prints silently to the default printer.
      await printDocument(preview.value.path);
      const confirmed = await host.call('print:confirm', { token: started.value.token });
      if (!confirmed.ok) return { outcome: 'error', message: confirmed.error.message };
      return confirmed.value.outcome === 'page-prints' ? { outcome: 'failed', reason: 'not-sent' } : confirmed.value;
    },
  };
  return host;
}

/** Loads the host-built slip in a hidden frame, waits for its fonts, prints it, removes the frame. */
async function printDocument(path: string): Promise<void> {
  const frame = document.createElement('iframe');
  // Off screen rather than display:none, which Chromium would print as a blank page.
  Object.assign(frame.style, { position: 'fixed', insetInlineStart: '-10000px', insetBlockStart: '0', inlineSize: '400px', blockSize: '600px', border: '0' });
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'slip';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = path;
  document.body.append(frame);
  // Chromium names the print job after the top page: the queue shows a neutral name, not ours.
  const title = document.title;
  try {
    await loaded;
    await frame.contentDocument?.fonts.ready;
    document.title = NEUTRAL_JOB_TITLE;
    frame.contentWindow?.print();
  } finally {
    document.title = title;
    frame.remove();
  }
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
