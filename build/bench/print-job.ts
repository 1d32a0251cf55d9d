/// <reference lib="dom" />
/**
 * tap on Print → the job in the CUPS queue, on the real printing stack the printing tests use
 * (Xvfb, cupsd, a cups-pdf queue) and headful Chromium with --kiosk-printing, as `npm start`'s
 * Chromium kiosk prints. Everything it starts is stopped; the queue is removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createMemoryLogger } from '../../electron/services/log';
import { CupsQueue } from '../../electron/services/printing/cups';
import { BUILT_APP } from '../../electron/services/project-paths';
import { PinStore } from '../../electron/services/staff/pin-store';
import { startWebHost, type RunningWebHost } from '../../electron/web-host/server';
import { missingPrintStack, PrintStack } from '../../tests/print-e2e/print-system';
import { openKiosk } from './kiosk-page';
import { interactiveAt } from './page-timing';

const QUEUE = 'hjelpepunkt-bench-slip80';

/**
 * `workFolder`: the benchmark's temporary folder, where this step's kiosk keeps its data. Also
 * returns the floor: the same browser printing a one-line page, window.print() → the job in the
 * queue, which is Chromium's own print pipeline (layout to PDF, hand-over to CUPS) with no kiosk.
 */
export async function measurePrintJob(workFolder: string, runs: number): Promise<{ tapToJob: number[]; floor: number[] }> {
  const missing = missingPrintStack();
  if (missing) throw new Error(`--print needs the real printing stack: ${missing}`);
  const stack = new PrintStack();
  // The benchmark's other host has no print queue (a slip there is refused); this one follows CUPS.
  let host: RunningWebHost | undefined;
  let browser: Browser | undefined;
  const tapToJob: number[] = [];
  const floor: number[] = [];
  try {
    await stack.start();
    stack.addPdfQueue(QUEUE);
    stack.makeDefault(QUEUE);
    // A set-up kiosk (its PIN set) that names its printer, as an office's setup does, rather than
    // trusting the system's default.
    const dataDirectory = path.join(workFolder, 'print-data');
    fs.mkdirSync(dataDirectory);
    await new PinStore(dataDirectory).set('246813');
    fs.writeFileSync(path.join(dataDirectory, 'config.json'), JSON.stringify({ printerName: QUEUE }));
    host = await startWebHost({ ...BUILT_APP, dataDirectory, log: createMemoryLogger() });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: false,
      args: ['--no-sandbox', '--disable-gpu', '--kiosk-printing', '--disable-background-networking', '--no-first-run'],
      env: { ...process.env, DISPLAY: stack.display },
    });
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    for (let run = 0; run < runs; run += 1) {
      await openKiosk(page, host);
      await interactiveAt(page);
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByRole('button', { name: 'Get help now' }).click();
      await page.getByRole('button', { name: 'Print these numbers' }).click();
      await page.getByTitle('What the slip will look like').waitFor();
      const before = await jobs();
      const tapped = page.evaluate(() => new Promise<number>((resolve) => document.addEventListener('click', (event) => resolve(performance.timeOrigin + event.timeStamp), { capture: true, once: true })));
      await page.getByRole('button', { name: 'Print', exact: true }).click();
      tapToJob.push((await queuedAfter(before)) - (await tapped));
      await page.getByRole('status').waitFor({ timeout: 30_000 });

      await page.setContent('<p>Hjelpepunkt</p>');
      const floorBefore = await jobs();
      const printAt = Date.now();
      await page.evaluate(() => setTimeout(() => window.print()));
      floor.push((await queuedAfter(floorBefore)) - printAt);
    }
  } finally {
    await browser?.close();
    await host?.close();
    await stack.stop();
  }
  return { tapToJob, floor };
}

/**
 * When a job not in `before` appears in the queue (NaN after 15 s). Polled asynchronously (each
 * poll is a few ms of lpstat): the kiosk's host runs in this process, and a blocking poll would stop
 * it answering the page.
 */
async function queuedAfter(before: string[]): Promise<number> {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
    if ((await jobs()).some((id) => !before.includes(id))) return Date.now();
  }
  return Number.NaN;
}

/** Every job on the benchmark's queue, through the kiosk's own (asynchronous) lpstat reader. */
function jobs(): Promise<string[]> {
  return new CupsQueue().jobIds(QUEUE, 'all');
}
