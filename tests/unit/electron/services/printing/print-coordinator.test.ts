import { describe, expect, it } from 'vitest';
import type { CupsQueue } from '../../../../../electron/services/printing/cups';
import { PrintCoordinator } from '../../../../../electron/services/printing/print-coordinator';
import { createMemoryLogger } from '../../../../../electron/services/log';

/** A CUPS queue that is always ready; the test adds jobs and sees what is cancelled. */
function readyQueue() {
  const jobs = new Set<string>();
  const cancelled: string[] = [];
  const queue = {
    defaultPrinter: async () => 'slip80',
    readiness: async (printer: string) => ({ state: 'ready' as const, printer, reasons: [] }),
    jobIds: async () => [...jobs],
    cancel: async (id: string) => {
      cancelled.push(id);
      jobs.delete(id);
      return true;
    },
  } as unknown as CupsQueue;
  return { queue, cancelled, add: (id: string) => jobs.add(id) };
}

describe('PrintCoordinator', () => {
  it('cancels what a print queues after its session ended while the slip was still being sent', async () => {
    const q = readyQueue();
    const printing = new PrintCoordinator({ cups: q.queue, configuredPrinter: () => '', log: createMemoryLogger(), timing: { confirmTimeoutMs: 50, pollMs: 5 } });
    const start = await printing.begin();
    if (!start.ready) throw new Error('not ready');
    await printing.endSession(); // quick exit while Electron is still spooling
    q.add('slip80-21'); // the job reaches CUPS afterwards
    expect(await printing.confirm(start.token)).toEqual({ outcome: 'failed', reason: 'not-sent' });
    expect(q.cancelled).toEqual(['slip80-21']);
  });

  it('says "ready" for a browser host with neither CUPS nor a printer list (it cannot check)', async () => {
    const printing = new PrintCoordinator({ cups: undefined, configuredPrinter: () => '', log: createMemoryLogger() });
    expect((await printing.status()).state).toBe('ready');
  });
});
