/**
 * A system print queue the kiosk can follow a slip through and cancel it in: CUPS (Linux, macOS)
 * or the Windows spooler. Where there is neither, the kiosk does not print (see
 * print-coordinator.ts): a slip it cannot follow could come out later, for the next visitor.
 */
export type PrintConfirmation = 'cups' | 'windows-spooler' | 'none';

export interface PrintQueue {
  readonly kind: Exclude<PrintConfirmation, 'none'>;
  /** Ids of the printer's jobs: all it lists, or only those that may still print. */
  jobIds(printer: string, which: 'not-completed' | 'all'): Promise<string[]>;
  /** Cancels one job of that printer; false if the system refused. */
  cancel(printer: string, jobId: string): Promise<boolean>;
  /** The system's default printer, where the page prints (Chromium's --kiosk-printing). */
  defaultPrinter(): Promise<string | undefined>;
}
