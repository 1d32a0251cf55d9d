/**
 * The Windows print queue, through PowerShell's PrintManagement commands (Windows 8 and later):
 * `Get-PrintJob` lists a printer's jobs and their status, `Remove-PrintJob` cancels one. Run with
 * execFile (no shell); the printer name and job number go in as environment variables, never into
 * the script's text, so no printer name can inject a command.
 *
 * Windows forgets a job once it has printed (unless "keep printed documents" is on), so a job
 * that was seen and then vanished counts as done, as with a CUPS queue that keeps no history.
 */
import { execFile } from 'node:child_process';
import type { PrintQueue } from './print-queue';

export type PowerShellRun = (script: string, env: Record<string, string>) => Promise<{ ok: boolean; stdout: string }>;

const runPowerShell: PowerShellRun = (script, env) =>
  new Promise((resolve) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
      { env: { ...process.env, ...env }, timeout: 10_000, windowsHide: true },
      (error, stdout) => resolve({ ok: !error, stdout: String(stdout) }),
    );
  });

/** One line per job: its number, a tab, its JobStatus flags as text ("Printing, Retained"). */
const LIST_JOBS = "$ErrorActionPreference = 'Stop'; Get-PrintJob -PrinterName $env:HJELPEPUNKT_PRINTER | ForEach-Object { '{0}`t{1}' -f $_.Id, $_.JobStatus }";
const CANCEL_JOB = "$ErrorActionPreference = 'Stop'; Remove-PrintJob -PrinterName $env:HJELPEPUNKT_PRINTER -ID $env:HJELPEPUNKT_JOB";
const DEFAULT_PRINTER = "$ErrorActionPreference = 'Stop'; Get-CimInstance -ClassName Win32_Printer -Filter 'Default=TRUE' | ForEach-Object { $_.Name }";
const CHECK_COMMANDS = "$ErrorActionPreference = 'Stop'; Get-Command Get-PrintJob, Remove-PrintJob | Out-Null; 'ok'";

/** Statuses after which a job will not print (any more): printed, complete, deleted or being deleted. */
const FINISHED = new Set(['Printed', 'Complete', 'Completed', 'Deleted', 'Deleting']);

export function parseJobList(text: string): { id: string; status: string[] }[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const match = /^(\d+)\t(.+)$/.exec(line.trim());
    return match?.[1] && match[2] ? [{ id: match[1], status: match[2].split(',').map((flag) => flag.trim()).filter(Boolean) }] : [];
  });
}

export class WindowsSpooler implements PrintQueue {
  readonly kind = 'windows-spooler';

  constructor(private readonly run: PowerShellRun = runPowerShell) {}

  /** True where PowerShell and its print-management commands are there. */
  async available(): Promise<boolean> {
    const result = await this.run(CHECK_COMMANDS, {});
    return result.ok && result.stdout.trim() === 'ok';
  }

  async jobIds(printer: string, which: 'not-completed' | 'all'): Promise<string[]> {
    const result = await this.run(LIST_JOBS, { HJELPEPUNKT_PRINTER: printer });
    if (!result.ok) return [];
    const jobs = parseJobList(result.stdout);
    return (which === 'all' ? jobs : jobs.filter((job) => !job.status.some((flag) => FINISHED.has(flag)))).map((job) => job.id);
  }

  async defaultPrinter(): Promise<string | undefined> {
    const result = await this.run(DEFAULT_PRINTER, {});
    const name = result.ok ? result.stdout.split(/\r?\n/)[0]?.trim() : undefined;
    return name || undefined;
  }

  async cancel(printer: string, jobId: string): Promise<boolean> {
    if (!/^\d{1,10}$/.test(jobId)) return false;
    return (await this.run(CANCEL_JOB, { HJELPEPUNKT_PRINTER: printer, HJELPEPUNKT_JOB: jobId })).ok;
  }
}
