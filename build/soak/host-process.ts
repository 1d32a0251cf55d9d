/**
 * The soak's WebHost, in a process of its own, so its heap is measured apart from the Playwright
 * client that drives the browser (which keeps its own records of every page and request).
 * Started by build/soak/host-client.ts (for the soak and page-age) with an IPC channel: it answers
 * 'launch' with a fresh launch link, 'heap' with its heap after a full garbage collection, and
 * 'stop' by closing the host.
 */
import v8 from 'node:v8';
import { createMemoryLogger } from '../../electron/services/log';
import { BUILT_APP } from '../../electron/services/project-paths';
import { startWebHost } from '../../electron/web-host/server';

export type HostRequest = 'launch' | 'heap' | 'stop';
export type HostReply = { url: string } | { launchUrl: string } | { heapMb: number } | { stopped: true };

const dataDirectory = process.argv[2] ?? '';
// The soak's own log, in memory: emptied before each heap sample (a kiosk logs to a file).
const log = createMemoryLogger();
const host = await startWebHost({ ...BUILT_APP, dataDirectory, log, useSystemPrintQueue: false });
const send = (reply: HostReply): void => {
  process.send?.(reply);
};
send({ url: host.url });
// The soak gone (killed, crashed): the host goes too, rather than live on as an orphan holding its port.
process.on('disconnect', () => void host.close().then(() => process.exit(0)));
// Ctrl+C (or a SIGTERM to the process group) reaches this host too: the soak then finishes its
// session and stops the host itself.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => undefined);
process.on('message', (request: HostRequest) => {
  if (request === 'launch') send({ launchUrl: host.launchUrl() });
  if (request === 'heap') {
    log.lines.length = 0;
    (globalThis as { gc?: () => void }).gc?.();
    send({ heapMb: v8.getHeapStatistics().used_heap_size / 1024 / 1024 });
  }
  if (request === 'stop') void host.close().then(() => {
    send({ stopped: true });
    process.exit(0);
  });
});
