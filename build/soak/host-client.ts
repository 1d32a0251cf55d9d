/**
 * Starts the WebHost of build/soak/host-process.ts in a child process and talks to it over IPC,
 * for the long measurements (`npm run soak`, `npm run page-age`).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import type { HostReply, HostRequest } from './host-process';

export type HostProcess = { url: string; launchUrl: () => Promise<string>; heapMb: () => Promise<number>; close: () => Promise<void> };

/**
 * The WebHost in a child process (build/soak/host-process.ts), so its heap is measured apart from
 * the process that drives the browser (a Playwright client keeps records of every page and request
 * it has seen).
 */
export async function startHostProcess(dataDirectory: string): Promise<HostProcess> {
  const child = fork(path.join(PROJECT_ROOT, 'build', 'soak', 'host-process.ts'), [dataDirectory], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let waiting: { resolve: (reply: HostReply) => void; reject: (error: Error) => void } | undefined;
  child.on('message', (reply: HostReply) => waiting?.resolve(reply));
  child.on('exit', (code) => waiting?.reject(new Error(`the measurement's host stopped (exit ${code})`)));
  const next = (): Promise<HostReply> => new Promise((resolve, reject) => (waiting = { resolve, reject }));
  const ask = async (request: HostRequest): Promise<HostReply> => {
    const reply = next();
    child.send(request);
    return reply;
  };
  const { url } = (await next()) as { url: string };
  return {
    url,
    launchUrl: async () => ((await ask('launch')) as { launchUrl: string }).launchUrl,
    heapMb: async () => ((await ask('heap')) as { heapMb: number }).heapMb,
    close: async () => {
      if (child.exitCode === null) await ask('stop');
    },
  };
}
