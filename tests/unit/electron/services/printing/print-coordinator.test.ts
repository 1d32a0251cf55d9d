import { describe, expect, it } from 'vitest';
import type { PrintQueue } from '../../../../../electron/services/printing/print-queue';
import { PrintCoordinator } from '../../../../../electron/services/printing/print-coordinator';
import { createMemoryLogger } from '../../../../../electron/services/log';
import { readyQueue } from '../../../helpers/print-queues';

describe('PrintCoordinator', () => {
  it('cancels what a print queues after its session ended while the slip was still being sent', async () => {
    const q = readyQueue();
    const printing = new PrintCoordinator({ cups: q.queue, queue: q.queue, configuredPrinter: () => '', log: createMemoryLogger(), timing: { confirmTimeoutMs: 50, pollMs: 5 } });
    const start = await printing.begin();
    if (start.kind !== 'ready') throw new Error('not ready');
    await printing.endSession(); // quick exit while Electron is still spooling
    q.add('slip80-21'); // the job reaches CUPS afterwards
    expect(await printing.confirm(start.token)).toEqual({ outcome: 'failed', reason: 'not-sent' });
    expect(q.cancelled).toEqual(['slip80-21']);
  });

  it('gives up on a print that never comes back from the browser: says so, cancels what it queued, asks for a fresh browser', async () => {
    const q = readyQueue();
    const log = createMemoryLogger();
    let hung = 0;
    const printing = new PrintCoordinator({ cups: q.queue, queue: q.queue, configuredPrinter: () => '', log, timing: { confirmTimeoutMs: 50, pollMs: 5, sendDeadlineMs: 40 }, sendHung: () => (hung += 1) });
    const start = await printing.begin();
    if (start.kind !== 'ready') throw new Error('not ready');
    q.add('slip80-22'); // the slip reached the queue, but the browser's print call never returned
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(hung).toBe(1);
    expect(q.cancelled).toEqual(['slip80-22']);
    expect(log.lines.join('\n')).toMatch(/not sent within \d+ s: the browser's print call hangs/);
    // Should the page come back after all, its print counts as failed: the visit is over for printing.
    expect(await printing.confirm(start.token)).toEqual({ outcome: 'failed', reason: 'not-sent' });
    // And printing stays off, so the next visitor's screen does not freeze the same way: the page shows the numbers instead.
    expect(await printing.begin()).toEqual({ kind: 'not-ready', readiness: { state: 'error', printer: 'slip80', reasons: ['print-call-hung'] } });
    expect((await printing.status()).state).toBe('error');
  });

  it("registers nothing for a visitor who left while the printer was being checked, so the next visitor's slip is safe", async () => {
    const q = readyQueue();
    let hung = 0;
    let releaseCheck = (): void => undefined;
    const slowCheck = new Promise<void>((resolve) => (releaseCheck = resolve));
    const jobIds = q.queue.jobIds.bind(q.queue);
    // lpstat answering slowly: the snapshot of the queue before the slip is sent waits.
    q.queue.jobIds = async (...args: Parameters<typeof jobIds>) => {
      await slowCheck;
      return jobIds(...args);
    };
    const printing = new PrintCoordinator({ cups: q.queue, queue: q.queue, configuredPrinter: () => '', log: createMemoryLogger(), timing: { confirmTimeoutMs: 50, pollMs: 5, sendDeadlineMs: 40 }, sendHung: () => (hung += 1) });
    const leaving = printing.begin();
    await printing.endSession(); // quick exit while lpstat is still answering
    releaseCheck();
    expect(await leaving).toEqual({ kind: 'session-ended' });
    q.add('slip80-24'); // the next visitor's slip, on its way to the printer
    // Had the first print been registered, its deadline would now call it hung and cancel this slip.
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(hung).toBe(0);
    expect(q.cancelled).toEqual([]);
  });

  it('leaves a print that comes back in time alone', async () => {
    const q = readyQueue();
    let hung = 0;
    const printing = new PrintCoordinator({ cups: q.queue, queue: q.queue, configuredPrinter: () => '', log: createMemoryLogger(), timing: { confirmTimeoutMs: 50, pollMs: 5, sendDeadlineMs: 40 }, sendHung: () => (hung += 1) });
    const start = await printing.begin();
    if (start.kind !== 'ready') throw new Error('not ready');
    q.add('slip80-23');
    await printing.confirm(start.token); // the slip is still in the queue: timed out and cancelled, as any stuck slip
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(hung).toBe(0);
  });

  it('refuses to print where no queue can confirm a slip or cancel it (so nothing can print later for the next visitor)', async () => {
    const printing = new PrintCoordinator({ cups: undefined, queue: undefined, configuredPrinter: () => '', log: createMemoryLogger() });
    expect(printing.confirmation()).toBe('none');
    expect(await printing.begin()).toEqual({ kind: 'cannot-confirm' });
  });

  it('prints once the system queue it lacked at start appears (CUPS starting after the kiosk at boot)', async () => {
    const q = readyQueue();
    let running = false;
    const printing = new PrintCoordinator({
      cups: undefined,
      queue: undefined,
      findQueue: async () => (running ? { cups: q.queue, queue: q.queue } : { cups: undefined, queue: undefined }),
      findQueueIntervalMs: 0,
      configuredPrinter: () => '',
      log: createMemoryLogger(),
    });
    expect(await printing.begin()).toEqual({ kind: 'cannot-confirm' });
    running = true;
    expect(await printing.begin()).toMatchObject({ kind: 'ready', printer: 'slip80' });
    expect(printing.confirmation()).toBe('cups');
  });

  it('says which queue confirms prints', () => {
    const q = readyQueue();
    expect(new PrintCoordinator({ cups: q.queue, queue: q.queue, configuredPrinter: () => '', log: createMemoryLogger() }).confirmation()).toBe('cups');
  });
});

describe('PrintCoordinator with the Windows spooler (Electron gives the printer list, the spooler the jobs)', () => {
  /** A Windows queue: jobs vanish once printed (it keeps no history), and are cancelled per printer. */
  function windowsQueue() {
    const jobs = new Set<string>();
    const cancelled: string[] = [];
    const queue: PrintQueue = {
      kind: 'windows-spooler',
      defaultPrinter: async () => 'Kvittering',
      jobIds: async () => [...jobs],
      cancel: async (printer: string, id: string) => {
        cancelled.push(`${printer}/${id}`);
        jobs.delete(id);
        return true;
      },
    };
    return { queue, cancelled, add: (id: string) => jobs.add(id), finish: (id: string) => jobs.delete(id) };
  }
  const printers = async () => [{ name: 'Kvittering', isDefault: true, options: {} }];
  const timing = { confirmTimeoutMs: 200, pollMs: 5 };

  it('confirms a slip whose job appeared and left the queue', async () => {
    const q = windowsQueue();
    const printing = new PrintCoordinator({ cups: undefined, queue: q.queue, listPrinters: printers, configuredPrinter: () => '', log: createMemoryLogger(), timing });
    expect(printing.confirmation()).toBe('windows-spooler');
    const start = await printing.begin();
    if (start.kind !== 'ready') throw new Error('not ready');
    q.add('7');
    setTimeout(() => q.finish('7'), 30);
    expect(await printing.confirm(start.token)).toEqual({ outcome: 'printed' });
  });

  it('says the printer is not ready when the system has none, and queues nothing', async () => {
    const q = windowsQueue();
    const printing = new PrintCoordinator({ cups: undefined, queue: q.queue, listPrinters: async () => [], configuredPrinter: () => '', log: createMemoryLogger(), timing });
    expect(await printing.begin()).toEqual({ kind: 'not-ready', readiness: { state: 'missing', printer: '', reasons: [] } });
  });

  it('cancels a stuck slip on its printer, and says it failed', async () => {
    const q = windowsQueue();
    const printing = new PrintCoordinator({ cups: undefined, queue: q.queue, listPrinters: printers, configuredPrinter: () => '', log: createMemoryLogger(), timing });
    const start = await printing.begin();
    if (start.kind !== 'ready') throw new Error('not ready');
    q.add('8');
    expect(await printing.confirm(start.token)).toEqual({ outcome: 'failed', reason: 'timeout' });
    expect(q.cancelled).toEqual(['Kvittering/8']);
  });

  it('cancels what is still waiting when the session ends', async () => {
    const q = windowsQueue();
    const printing = new PrintCoordinator({ cups: undefined, queue: q.queue, listPrinters: printers, configuredPrinter: () => '', log: createMemoryLogger(), timing });
    const start = await printing.begin();
    if (start.kind !== 'ready') throw new Error('not ready');
    q.add('9');
    await printing.endSession();
    expect(q.cancelled).toEqual(['Kvittering/9']);
  });
});
