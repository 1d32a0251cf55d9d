/**
 * One visitor's print, the same for both hosts: which printer, is it ready, remember the queue
 * before the slip is sent, then confirm it left the queue. Electron sends the slip itself between
 * `begin` and `confirm`; under the WebHost the page prints (window.print) in between.
 *
 * Only where a queue can follow the slip (CUPS, or the Windows spooler) does the kiosk print at
 * all. Elsewhere "sent" would only mean "spooled": a slip stuck there could come out for the next
 * visitor, and the kiosk could neither see nor cancel it. There it refuses, and the visitor sees
 * the numbers large on screen instead (the same path as any failed print).
 */
import crypto from 'node:crypto';
import type { Logger } from '../log';
import type { CupsQueue } from './cups';
import { PrintJobs, type PrintOutcome } from './print-jobs';
import type { PrintConfirmation, PrintQueue } from './print-queue';
import { readinessFromPrinterInfo, type PrinterInfoLike, type PrinterReadiness } from './printer-readiness';

export type PrintCoordinatorOptions = {
  /** CUPS, where the system has it: printers, readiness (and it is the queue below too). */
  cups: CupsQueue | undefined;
  /** The queue that confirms and cancels slips: CUPS, the Windows spooler, or none (no printing). */
  queue: PrintQueue | undefined;
  /**
   * Looks for the system's queue again while there is none (at boot, CUPS may start after the
   * kiosk): asked before a print and before the status, until one is found.
   */
  findQueue?: () => Promise<{ cups: CupsQueue | undefined; queue: PrintQueue | undefined }>;
  /** At most one such search per this many milliseconds (a search may start PowerShell). */
  findQueueIntervalMs?: number;
  /** Electron's getPrintersAsync, where there is no CUPS (Windows). */
  listPrinters?: () => Promise<(PrinterInfoLike & { isDefault?: boolean })[]>;
  /** The printer the office configured (its system name), or '' for the system default. */
  configuredPrinter: () => string;
  log: Logger;
  /** How long a slip may wait in the queue, how often to look, and how long sending may take (`sendHung`). */
  timing?: { confirmTimeoutMs: number; pollMs: number; sendDeadlineMs?: number };
  /**
   * Called when a print was begun and never came back to `confirm` within `sendDeadlineMs`: the
   * browser's print call hangs (measured with a broken CUPS client library: Chromium's
   * window.print() never returns, and the page, Quick exit included, stops answering).
   */
  sendHung?: () => void;
};

/** How long sending a slip may take before it counts as hung: it takes 1–3 s on a quiet machine, about 10 s on a loaded one. */
const SEND_DEADLINE_MS = 60_000;

export type PrintStart =
  | { kind: 'not-ready'; readiness: PrinterReadiness }
  | { kind: 'cannot-confirm' }
  /** The visit ended (quick exit, idle reset) while the printer was being checked: nothing was begun. */
  | { kind: 'session-ended' }
  | { kind: 'ready'; printer: string; token: string };

export class PrintCoordinator {
  private cups: CupsQueue | undefined;
  private queue: PrintQueue | undefined;
  private jobs: PrintJobs | undefined;
  private lastSearch = 0;
  private readonly pending = new Map<string, { printer: string; before: Set<string> }>();
  /** Prints still being sent when their session ended: whatever they queue is cancelled. */
  private readonly orphaned = new Map<string, { printer: string; before: Set<string> }>();
  /** Every print begun in this session, confirmed or not: what ending the session must clean up. */
  private started: { printer: string; before: Set<string> }[] = [];
  /** One per print being sent: fires if the print never comes back to `confirm`. */
  private readonly deadlines = new Map<string, NodeJS.Timeout>();
  /** Counts ended sessions, so a print begun in one session is never registered in the next. */
  private session = 0;
  /**
   * Once a print has hung, printing stays off until the kiosk restarts: the cause (a broken CUPS
   * client library, measured) would freeze the next visitor's screen the same way.
   */
  private hung = false;

  constructor(private readonly options: PrintCoordinatorOptions) {
    this.cups = options.cups;
    this.useQueue(options.queue);
  }

  /** How this kiosk follows a slip to the printer; `none` means it does not print. */
  confirmation(): PrintConfirmation {
    return this.queue?.kind ?? 'none';
  }

  async printerName(): Promise<string | undefined> {
    const configured = this.options.configuredPrinter();
    if (configured) return configured;
    if (this.cups) return this.cups.defaultPrinter();
    const listed = await this.options.listPrinters?.();
    if (listed) return listed.find((printer) => printer.isDefault)?.name;
    return this.queue?.defaultPrinter();
  }

  /** The printers staff can choose from, with the system default marked. */
  async printers(): Promise<{ name: string; isDefault: boolean; state: PrinterReadiness['state'] }[]> {
    await this.lookForQueue();
    const cups = this.cups;
    if (cups) {
      const [names, fallback] = await Promise.all([cups.printerNames(), cups.defaultPrinter()]);
      return Promise.all(names.map(async (name) => ({ name, isDefault: name === fallback, state: (await cups.readiness(name)).state })));
    }
    const listed = (await this.options.listPrinters?.()) ?? [];
    return listed.map((printer) => ({ name: printer.name, isDefault: Boolean(printer.isDefault), state: readinessFromPrinterInfo(listed, printer.name).state }));
  }

  async status(): Promise<PrinterReadiness> {
    await this.lookForQueue();
    const printer = await this.printerName();
    if (this.hung) return { state: 'error', printer: printer ?? '', reasons: ['print-call-hung'] };
    if (this.cups) return printer ? this.cups.readiness(printer) : { state: 'missing', printer: '', reasons: [] };
    if (this.options.listPrinters) return readinessFromPrinterInfo(await this.options.listPrinters(), printer ?? '');
    // Neither CUPS nor Electron's list (the WebHost on Windows): the spooler names the default
    // printer, but not its state; the queue still shows whether the slip comes out.
    return printer ? { state: 'ready', printer, reasons: [] } : { state: 'missing', printer: '', reasons: [] };
  }

  async begin(): Promise<PrintStart> {
    const session = this.session;
    await this.lookForQueue();
    if (!this.jobs) return { kind: 'cannot-confirm' };
    const readiness = await this.status();
    if (readiness.state !== 'ready') {
      this.options.log.warn('print', `printer not ready (${readiness.state})`);
      return { kind: 'not-ready', readiness };
    }
    const token = crypto.randomBytes(16).toString('hex');
    const before = await this.jobs.snapshot(readiness.printer);
    // Checking the printer takes a few lpstat calls: the visitor may have left meanwhile, and a
    // print registered now would count against the next visitor's session.
    if (session !== this.session) return { kind: 'session-ended' };
    this.pending.set(token, { printer: readiness.printer, before });
    this.started.push({ printer: readiness.printer, before });
    const deadline = setTimeout(() => void this.sendHung(token), this.sendDeadlineMs());
    deadline.unref();
    this.deadlines.set(token, deadline);
    return { kind: 'ready', printer: readiness.printer, token };
  }

  async confirm(token: string): Promise<PrintOutcome> {
    clearTimeout(this.deadlines.get(token));
    this.deadlines.delete(token);
    const orphan = this.orphaned.get(token);
    if (orphan) {
      this.orphaned.delete(token);
      await this.jobs?.cancelWaiting([orphan]);
      return { outcome: 'failed', reason: 'not-sent' };
    }
    const started = this.pending.get(token);
    if (!started) return { outcome: 'failed', reason: 'not-sent' };
    this.pending.delete(token);
    if (!this.jobs) return { outcome: 'failed', reason: 'cannot-confirm' };
    return this.jobs.confirm(started.printer, started.before);
  }

  /** The session is over: forget its prints, cancel any of its jobs still waiting. */
  async endSession(): Promise<void> {
    this.session += 1;
    for (const deadline of this.deadlines.values()) clearTimeout(deadline);
    this.deadlines.clear();
    const started = this.started;
    this.started = [];
    for (const [token, print] of this.pending) this.orphaned.set(token, print);
    this.pending.clear();
    await this.jobs?.endSession(started);
  }

  /** A print never came back from the browser: the visit is over for printing; whatever it queued goes. */
  private async sendHung(token: string): Promise<void> {
    this.deadlines.delete(token);
    if (!this.pending.has(token)) return;
    this.hung = true;
    this.options.log.error('print', `a slip was not sent within ${Math.round(this.sendDeadlineMs() / 1000)} s: the browser's print call hangs; printing is off until the kiosk restarts`);
    await this.endSession();
    this.options.sendHung?.();
  }

  private sendDeadlineMs(): number {
    return this.options.timing?.sendDeadlineMs ?? SEND_DEADLINE_MS;
  }

  private useQueue(queue: PrintQueue | undefined): void {
    this.queue = queue;
    this.jobs = queue ? new PrintJobs(queue, this.options.log, this.options.timing) : undefined;
  }

  private async lookForQueue(): Promise<void> {
    if (this.queue || !this.options.findQueue) return;
    if (Date.now() - this.lastSearch < (this.options.findQueueIntervalMs ?? 30_000)) return;
    this.lastSearch = Date.now();
    const found = await this.options.findQueue();
    if (!found.queue || this.queue) return;
    this.cups = found.cups;
    this.useQueue(found.queue);
    this.options.log.info('print', `found the ${found.queue.kind} print queue`);
  }
}
