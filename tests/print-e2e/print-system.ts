/**
 * The real printing stack for the printing tests: an X server (Xvfb) for headful Chromium, the CUPS
 * scheduler, and test queues. Everything this starts is stopped by its PID; queues it adds are
 * removed, the previous default printer restored, and the PDFs its queues wrote deleted.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
const tryRun = (command: string, args: string[]): string | undefined => {
  try {
    return run(command, args);
  } catch {
    return undefined;
  }
};

/** Why the printing tests cannot run here, or undefined if they can. */
export function missingPrintStack(): string | undefined {
  for (const tool of ['Xvfb', 'lpadmin', 'lpstat', 'cupsd', 'pdfinfo', 'pdftoppm']) {
    if (!['/usr/bin', '/usr/sbin', '/bin', '/sbin'].some((dir) => fs.existsSync(path.join(dir, tool)))) return `${tool} is not installed (apt-get install cups printer-driver-cups-pdf xvfb poppler-utils)`;
  }
  if (!fs.existsSync('/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd')) return 'the cups-pdf driver is not installed (printer-driver-cups-pdf)';
  if (process.getuid?.() !== 0 && !tryRun('lpstat', ['-r'])?.includes('scheduler is running')) return 'CUPS is not running and only root can start it';
  return undefined;
}

export class PrintStack {
  private readonly started: ChildProcess[] = [];
  private readonly queues: string[] = [];
  private previousDefault: string | undefined;
  /** What cups-pdf's folder held before: every other PDF in it was printed while this stack ran. */
  private pdfsBefore = new Set<string>();
  display = '';

  async start(): Promise<void> {
    this.pdfsBefore = new Set(pdfFiles());
    this.display = `:${90 + (process.pid % 9)}`;
    this.started.push(spawn('Xvfb', [this.display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    if (!tryRun('lpstat', ['-r'])?.includes('scheduler is running')) {
      this.started.push(spawn('/usr/sbin/cupsd', ['-f'], { stdio: 'ignore' }));
    }
    await waitFor(() => Boolean(tryRun('lpstat', ['-r'])?.includes('scheduler is running')), 'CUPS to start');
    await waitFor(() => fs.existsSync(`/tmp/.X11-unix/X${this.display.slice(1)}`), 'Xvfb to start');
    this.previousDefault = /destination:\s*(\S+)/.exec(tryRun('lpstat', ['-d']) ?? '')?.[1];
  }

  /** A cups-pdf queue whose default paper is 80 × 200 mm; the PDF lands in ~/PDF. */
  addPdfQueue(name: string): void {
    this.addQueue(name, 'cups-pdf:/');
  }

  /** A queue whose printer never finishes a job: a TCP port that accepts and then stays silent. */
  addSilentSocketQueue(name: string, port: number): void {
    this.addQueue(name, `socket://127.0.0.1:${port}`);
  }

  private addQueue(name: string, device: string): void {
    run('lpadmin', ['-p', name, '-v', device, '-E', '-P', '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd']);
    run('lpadmin', ['-p', name, '-o', 'PageSize-default=Custom.80x200mm']);
    this.queues.push(name);
  }

  makeDefault(name: string): void {
    run('lpadmin', ['-d', name]);
  }

  disable(name: string): void {
    run('cupsdisable', [name]);
  }

  /** Job ids still waiting or printing on a queue. */
  waitingJobs(name: string): string[] {
    return (tryRun('lpstat', ['-W', 'not-completed', '-o', name]) ?? '').split('\n').map((line) => line.split(/\s+/)[0] ?? '').filter(Boolean);
  }

  async stop(): Promise<void> {
    for (const queue of this.queues) {
      tryRun('cancel', ['-a', queue]);
      tryRun('lpadmin', ['-x', queue]);
    }
    if (this.previousDefault) tryRun('lpadmin', ['-d', this.previousDefault]);
    for (const file of pdfFiles()) if (!this.pdfsBefore.has(file)) fs.rmSync(file, { force: true });
    for (const child of this.started.reverse()) {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    }
  }
}

/** The PDFs in cups-pdf's folder (its Debian default: ~/PDF of the user who printed). */
function pdfFiles(): string[] {
  const directory = path.join(os.homedir(), 'PDF');
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => path.join(directory, name));
}

/**
 * PDFs cups-pdf finished after `since` (ms), newest last. It writes straight into ~/PDF, so a file
 * appears before Ghostscript is done with it: only one that ends in %%EOF is whole.
 */
export function pdfsSince(since: number): string[] {
  return pdfFiles()
    .filter((file) => fs.statSync(file).mtimeMs >= since && isWholePdf(file))
    .sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
}

function isWholePdf(file: string): boolean {
  const size = fs.statSync(file).size;
  const handle = fs.openSync(file, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 64));
    fs.readSync(handle, tail, 0, tail.length, size - tail.length);
    return tail.toString('latin1').trimEnd().endsWith('%%EOF');
  } finally {
    fs.closeSync(handle);
  }
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
