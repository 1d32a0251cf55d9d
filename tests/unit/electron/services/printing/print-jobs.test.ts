/**
 * The queue-following logic against a scripted queue. The same logic runs against a real CUPS
 * queue in tests/e2e/printing.e2e.ts; this covers the timings and the cancel decisions exactly.
 */
import { describe, expect, it } from 'vitest';
import type { PrintQueue } from '../../../../../electron/services/printing/print-queue';
import { parseJobIds } from '../../../../../electron/services/printing/cups';
import { PrintJobs } from '../../../../../electron/services/printing/print-jobs';
import { createMemoryLogger } from '../../../../../electron/services/log';

/** A queue whose jobs the test moves along: `add` queues one, `finish` completes it. */
function scriptedQueue() {
  const jobs = new Map<string, 'pending' | 'done'>();
  const cancelled: string[] = [];
  const queue = {
    jobIds: async (_printer: string, which: string) =>
      [...jobs].filter(([, state]) => which === 'all' || (which === 'not-completed' ? state === 'pending' : state === 'done')).map(([id]) => id),
    cancel: async (_printer: string, id: string) => {
      cancelled.push(id);
      jobs.delete(id);
      return true;
    },
  };
  return {
    queue: queue as unknown as PrintQueue,
    cancelled,
    add: (id: string) => jobs.set(id, 'pending'),
    finish: (id: string) => jobs.set(id, 'done'),
  };
}

const fast = { confirmTimeoutMs: 300, pollMs: 10 };

describe('PrintJobs', () => {
  it('confirms a slip once its new job has left the queue', async () => {
    const q = scriptedQueue();
    q.add('slip80-1');
    q.finish('slip80-1');
    const jobs = new PrintJobs(q.queue, createMemoryLogger(), fast);
    const before = await jobs.snapshot('slip80');
    q.add('slip80-2');
    setTimeout(() => q.finish('slip80-2'), 50);
    expect(await jobs.confirm('slip80', before)).toEqual({ outcome: 'printed' });
    expect(q.cancelled).toEqual([]);
  });

  it('cancels a job that does not leave the queue in time, and says it failed', async () => {
    const q = scriptedQueue();
    const jobs = new PrintJobs(q.queue, createMemoryLogger(), fast);
    const before = await jobs.snapshot('slip80');
    q.add('slip80-7');
    expect(await jobs.confirm('slip80', before)).toEqual({ outcome: 'failed', reason: 'timeout' });
    expect(q.cancelled).toEqual(['slip80-7']);
  });

  it('says so when no job ever reached the queue', async () => {
    const q = scriptedQueue();
    const jobs = new PrintJobs(q.queue, createMemoryLogger(), fast);
    expect(await jobs.confirm('slip80', await jobs.snapshot('slip80'))).toEqual({ outcome: 'failed', reason: 'no-job' });
  });

  it("cancels, when the session ends, only this session's jobs that still wait", async () => {
    const q = scriptedQueue();
    q.add('slip80-1');
    const jobs = new PrintJobs(q.queue, createMemoryLogger(), { confirmTimeoutMs: 0, pollMs: 1 });
    const before = await jobs.snapshot('slip80');
    q.add('slip80-2');
    q.add('slip80-3');
    // A confirmation that gives up at once (timeout 0) cancels; make one that was already done instead.
    q.finish('slip80-3');
    await jobs.confirm('slip80', before);
    expect(q.cancelled).toEqual(['slip80-2']);
    q.add('slip80-4');
    await jobs.endSession([{ printer: 'slip80', before: new Set(['slip80-1', 'slip80-2', 'slip80-3', 'slip80-4']) }]);
    expect(q.cancelled).toEqual(['slip80-2']);
  });

  it('cancels, when the session ends, a job whose confirmation never ran (the page left first)', async () => {
    const q = scriptedQueue();
    q.add('other-visitors-job');
    const jobs = new PrintJobs(q.queue, createMemoryLogger(), fast);
    const before = await jobs.snapshot('slip80');
    q.add('slip80-9');
    await jobs.endSession([{ printer: 'slip80', before }]);
    expect(q.cancelled).toEqual(['slip80-9']);
  });

  it('stops a confirmation that is still waiting when the session ends', async () => {
    const q = scriptedQueue();
    const jobs = new PrintJobs(q.queue, createMemoryLogger(), { confirmTimeoutMs: 60_000, pollMs: 10 });
    const before = await jobs.snapshot('slip80');
    q.add('slip80-5');
    const confirming = jobs.confirm('slip80', before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await jobs.endSession([{ printer: 'slip80', before }]);
    expect(await confirming).toEqual({ outcome: 'failed', reason: 'timeout' });
    expect(q.cancelled).toEqual(['slip80-5']);
  });
});

describe('parseJobIds', () => {
  it("reads lpstat's job lines for that printer only", () => {
    const output = 'slip80-12               root              1024   Sat Nov 28 12:50:43 2026\nother-3  root  1  Sat\nslip80-13 root 2 Sat\n';
    expect(parseJobIds(output, 'slip80')).toEqual(['slip80-12', 'slip80-13']);
  });
});

describe('PrintJobs with a queue that keeps no history', () => {
  it('counts a job that appeared and then vanished as printed', async () => {
    const q = scriptedQueue();
    const jobs = new PrintJobs(q.queue, createMemoryLogger(), fast);
    const before = await jobs.snapshot('slip80');
    q.add('slip80-3');
    setTimeout(() => void q.queue.cancel('slip80', 'slip80-3'), 40);
    expect(await jobs.confirm('slip80', before)).toEqual({ outcome: 'printed' });
  });
});
