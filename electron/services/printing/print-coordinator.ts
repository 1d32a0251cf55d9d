/**
 * One visitor's print, the same for both hosts: which printer, is it ready, remember the queue
 * before the slip is sent, then confirm it left the queue. Electron sends the slip itself between
 * `begin` and `confirm`; under the WebHost the page prints (window.print) in between.
 */
import crypto from 'node:crypto';
import type { Logger } from '../log';
import type { CupsQueue } from './cups';
import { PrintJobs, type PrintOutcome } from './print-jobs';
import { readinessFromPrinterInfo, type PrinterInfoLike, type PrinterReadiness } from './printer-readiness';

export type PrintCoordinatorOptions = {
  /** CUPS, where the system has it: readiness, queue confirmation and cancellation. */
  cups: CupsQueue | undefined;
  /** Electron's getPrintersAsync, where there is no CUPS (Windows). */
  listPrinters?: () => Promise<(PrinterInfoLike & { isDefault?: boolean })[]>;
  /** The printer the office configured (its system name), or '' for the system default. */
  configuredPrinter: () => string;
  log: Logger;
  timing?: { confirmTimeoutMs: number; pollMs: number };
};

export type PrintStart = { ready: false; readiness: PrinterReadiness } | { ready: true; printer: string; token: string };

export class PrintCoordinator {
  private readonly jobs: PrintJobs | undefined;
  private readonly pending = new Map<string, { printer: string; before: Set<string> }>();
  /** Prints still being sent when their session ended: whatever they queue is cancelled. */
  private readonly orphaned = new Map<string, { printer: string; before: Set<string> }>();
  /** Every print begun in this session, confirmed or not: what ending the session must clean up. */
  private started: { printer: string; before: Set<string> }[] = [];

  constructor(private readonly options: PrintCoordinatorOptions) {
    this.jobs = options.cups ? new PrintJobs(options.cups, options.log, options.timing) : undefined;
  }

  async printerName(): Promise<string | undefined> {
    const configured = this.options.configuredPrinter();
    if (configured) return configured;
    if (this.options.cups) return this.options.cups.defaultPrinter();
    return (await this.options.listPrinters?.())?.find((printer) => printer.isDefault)?.name;
  }

  /** The printers staff can choose from, with the system default marked. */
  async printers(): Promise<{ name: string; isDefault: boolean; state: PrinterReadiness['state'] }[]> {
    if (this.options.cups) {
      const [names, fallback] = await Promise.all([this.options.cups.printerNames(), this.options.cups.defaultPrinter()]);
      return Promise.all(names.map(async (name) => ({ name, isDefault: name === fallback, state: (await this.options.cups?.readiness(name))?.state ?? 'missing' })));
    }
    const listed = (await this.options.listPrinters?.()) ?? [];
    return listed.map((printer) => ({ name: printer.name, isDefault: Boolean(printer.isDefault), state: readinessFromPrinterInfo(listed, printer.name).state }));
  }

  async status(): Promise<PrinterReadiness> {
    const printer = await this.printerName();
    if (this.options.cups) return printer ? this.options.cups.readiness(printer) : { state: 'missing', printer: '', reasons: [] };
    if (this.options.listPrinters) return readinessFromPrinterInfo(await this.options.listPrinters(), printer ?? '');
    // Neither CUPS nor Electron: the browser prints to its own default printer, which the kiosk
    // cannot see; it can only say the slip was sent.
    return { state: 'ready', printer: printer ?? '', reasons: [] };
  }

  async begin(): Promise<PrintStart> {
    const readiness = await this.status();
    if (readiness.state !== 'ready') {
      this.options.log.warn('print', `printer not ready (${readiness.state})`);
      return { ready: false, readiness };
    }
    const token = crypto.randomBytes(16).toString('hex');
    const before = this.jobs ? await this.jobs.snapshot(readiness.printer) : new Set<string>();
    this.pending.set(token, { printer: readiness.printer, before });
    this.started.push({ printer: readiness.printer, before });
    return { ready: true, printer: readiness.printer, token };
  }

  async confirm(token: string): Promise<PrintOutcome> {
    const orphan = this.orphaned.get(token);
    if (orphan) {
      this.orphaned.delete(token);
      await this.jobs?.cancelWaiting([orphan]);
      return { outcome: 'failed', reason: 'not-sent' };
    }
    const started = this.pending.get(token);
    if (!started) return { outcome: 'failed', reason: 'not-sent' };
    this.pending.delete(token);
    if (!this.jobs) return { outcome: 'sent' };
    return this.jobs.confirm(started.printer, started.before);
  }

  /** The session is over: forget its prints, cancel any of its jobs still waiting. */
  async endSession(): Promise<void> {
    const started = this.started;
    this.started = [];
    for (const [token, print] of this.pending) this.orphaned.set(token, print);
    this.pending.clear();
    await this.jobs?.endSession(started);
  }
}
