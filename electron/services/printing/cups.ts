/**
 * The CUPS command-line tools (lpstat, cancel), where the system has them (Linux, macOS): the
 * printer's state, the default printer, and the queue, so the kiosk can confirm that a slip left
 * the queue and cancel a visitor's job that did not. Output is read with LANG=C.
 */
import { execFile } from 'node:child_process';
import type { PrintQueue } from './print-queue';
import { readinessFromLpstat, type PrinterReadiness } from './printer-readiness';

type Run = (command: string, args: string[]) => Promise<{ ok: boolean; stdout: string }>;

const runCommand: Run = (command, args) =>
  new Promise((resolve) => {
    execFile(command, args, { env: { ...process.env, LANG: 'C', LC_ALL: 'C' }, timeout: 5000 }, (error, stdout) =>
      resolve({ ok: !error, stdout: String(stdout) }),
    );
  });

export class CupsQueue implements PrintQueue {
  readonly kind = 'cups';

  constructor(private readonly run: Run = runCommand) {}

  /** True when the CUPS tools answer at all. */
  async available(): Promise<boolean> {
    return (await this.run('lpstat', ['-r'])).stdout.includes('scheduler is running');
  }

  async defaultPrinter(): Promise<string | undefined> {
    const { stdout } = await this.run('lpstat', ['-d']);
    return /system default destination:\s*(\S+)/.exec(stdout)?.[1];
  }

  /** Every queue CUPS knows (`lpstat -e`). */
  async printerNames(): Promise<string[]> {
    const { stdout } = await this.run('lpstat', ['-e']);
    return stdout.split('\n').map((line) => line.trim()).filter(Boolean);
  }

  async readiness(printer: string): Promise<PrinterReadiness> {
    const [status, accepting] = await Promise.all([this.run('lpstat', ['-l', '-p', printer]), this.run('lpstat', ['-a', printer])]);
    return readinessFromLpstat(printer, status.ok ? status.stdout : '', accepting.ok ? accepting.stdout : '');
  }

  /** Ids of jobs on the printer; `which` as lpstat's -W (not-completed, completed, all). */
  async jobIds(printer: string, which: 'not-completed' | 'completed' | 'all'): Promise<string[]> {
    const { stdout } = await this.run('lpstat', ['-W', which, '-o', printer]);
    return parseJobIds(stdout, printer);
  }

  /** CUPS job ids name their printer ("slip80-12"), so the id alone says which job. */
  async cancel(_printer: string, jobId: string): Promise<boolean> {
    return (await this.run('cancel', [jobId])).ok;
  }
}

/** Lines like "slip80-12  root  1024  Sat Nov 28 12:50:43 2026" → ["slip80-12"]. */
export function parseJobIds(lpstatOutput: string, printer: string): string[] {
  return lpstatOutput
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((id) => id.startsWith(`${printer}-`) && /-\d+$/.test(id));
}
