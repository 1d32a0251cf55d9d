/**
 * Follows a slip through the printer queue: after it is sent, wait (with a time limit) until the
 * new job has left the queue; if it has not, cancel it and say so, so it cannot print later for
 * the next person. Every job a session started is cancelled, if still waiting, when that session
 * ends. Needs a queue it can read and cancel in (CUPS or the Windows spooler, print-queue.ts).
 */
import type { Logger } from '../log';
import type { PrintQueue } from './print-queue';
import type { PrinterState } from './printer-readiness';

export type PrintOutcome =
  | { outcome: 'printed' }
  /** Handed to the system's spooler; this system cannot tell whether it printed. */
  | { outcome: 'sent' }
  | { outcome: 'not-ready'; state: PrinterState }
  /** `cannot-confirm`: no queue here can follow the slip, so the kiosk does not print at all. */
  | { outcome: 'failed'; reason: 'not-sent' | 'no-job' | 'timeout' | 'cannot-confirm' };

export type StartedPrint = { printer: string; before: ReadonlySet<string> };

export class PrintJobs {
  /** Jobs seen in this session, with their printer (the Windows spooler cancels per printer). */
  private readonly sessionJobs = new Map<string, string>();
  /** Bumped when a session ends, so a confirmation still polling for it stops. */
  private session = 0;

  constructor(
    private readonly queue: PrintQueue,
    private readonly log: Logger,
    private readonly timing = { confirmTimeoutMs: 20_000, pollMs: 250 },
  ) {}

  /** The queue's job ids before a slip is sent, to recognise the slip's job afterwards. */
  async snapshot(printer: string): Promise<Set<string>> {
    return new Set(await this.queue.jobIds(printer, 'all'));
  }

  async confirm(printer: string, before: ReadonlySet<string>): Promise<PrintOutcome> {
    const deadline = Date.now() + this.timing.confirmTimeoutMs;
    const session = this.session;
    // Remembered once seen: a queue that keeps no job history forgets a finished job.
    const ours = new Set<string>();
    for (;;) {
      if (session !== this.session) return { outcome: 'failed', reason: 'timeout' };
      for (const id of await this.queue.jobIds(printer, 'all')) {
        if (before.has(id)) continue;
        ours.add(id);
        this.sessionJobs.set(id, printer);
      }
      if (ours.size > 0) {
        const waiting = new Set(await this.queue.jobIds(printer, 'not-completed'));
        if ([...ours].every((id) => !waiting.has(id))) return { outcome: 'printed' };
      }
      if (Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, this.timing.pollMs));
    }
    if (ours.size === 0) {
      this.log.warn('print', 'no print job appeared in the queue');
      return { outcome: 'failed', reason: 'no-job' };
    }
    const stillWaiting = new Set(await this.queue.jobIds(printer, 'not-completed'));
    await this.cancel(printer, [...ours].filter((id) => stillWaiting.has(id)));
    this.log.warn('print', 'a slip did not leave the queue in time; its job was cancelled');
    return { outcome: 'failed', reason: 'timeout' };
  }

  /**
   * The visitor's session is over: nothing of it may print later. `started` are the prints begun
   * in the session (printer and queue snapshot), including any whose confirmation never ran.
   */
  async endSession(started: readonly StartedPrint[]): Promise<void> {
    this.session += 1;
    const known = [...this.sessionJobs].map(([id, printer]) => ({ id, printer }));
    this.sessionJobs.clear();
    await this.cancelWaiting(started, known);
  }

  /** Cancels the waiting jobs that appeared since these prints began (and the known ones). */
  async cancelWaiting(started: readonly StartedPrint[], known: readonly { id: string; printer: string }[] = []): Promise<void> {
    for (const printer of new Set([...started, ...known].map((print) => print.printer))) {
      const waiting = await this.queue.jobIds(printer, 'not-completed');
      const since = started.filter((print) => print.printer === printer);
      const seen = new Set(known.filter((job) => job.printer === printer).map((job) => job.id));
      await this.cancel(printer, waiting.filter((id) => seen.has(id) || since.some((print) => !print.before.has(id))));
    }
  }

  private async cancel(printer: string, ids: string[]): Promise<void> {
    for (const id of ids) {
      if (!(await this.queue.cancel(printer, id))) this.log.error('print', 'could not cancel a print job');
    }
  }
}
