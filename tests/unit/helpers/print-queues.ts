import type { CupsQueue } from '../../../electron/services/printing/cups';

/** A CUPS queue that is always ready; the test adds jobs and sees what is cancelled. */
export function readyQueue() {
  const jobs = new Set<string>();
  const cancelled: string[] = [];
  const queue = {
    defaultPrinter: async () => 'slip80',
    readiness: async (printer: string) => ({ state: 'ready' as const, printer, reasons: [] }),
    jobIds: async () => [...jobs],
    kind: 'cups',
    cancel: async (_printer: string, id: string) => {
      cancelled.push(id);
      jobs.delete(id);
      return true;
    },
  } as unknown as CupsQueue;
  return { queue, cancelled, add: (id: string) => jobs.add(id) };
}
