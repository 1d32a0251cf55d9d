/**
 * Printing on a real printer, end to end: the built UI in headful Chromium with --kiosk-printing
 * (the WebHost's silent printing), a real CUPS queue, and the PDF the queue wrote checked as a
 * person would check the paper. Then the failure paths: a stopped printer, and a printer that
 * takes the job and never finishes it.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { createMemoryLogger } from '../../electron/services/log';
import { BUILT_APP } from '../../electron/services/project-paths';
import { PinStore } from '../../electron/services/staff/pin-store';
import { RestartLog } from '../../electron/services/staff/restart-log';
import { startWebHost, type RunningWebHost } from '../../electron/web-host/server';
import { PageGuard } from '../../build/support/page-guard';
import { pdfPageSizeMm, pdfQrCodes } from '../support/pdf-tools';
import { missingPrintStack, pdfsSince, PrintStack, waitFor } from './print-system';

const missing = missingPrintStack();
test.skip(Boolean(missing), `The printing tests need the real printing stack: ${missing}.`);
test.describe.configure({ mode: 'serial' });

/** How long this test's kiosk waits for a slip to leave the queue before it cancels the job and says so. */
const CONFIRM_TIMEOUT_MS = 12_000;
/**
 * How long a print can take before the kiosk's answer is due: Chromium's print pipeline (1.3–2.1 s on
 * a quiet machine, many times that with both cores busy), then the kiosk's wait for the queue. The
 * tests wait that long, so that only a wrong answer fails them, never a slow machine.
 */
const ANSWER_DUE_MS = 20_000 + CONFIRM_TIMEOUT_MS;
// With the kiosk's answer allowed that long, a whole test (a headful browser, a visit, a print) needs more than the default.
test.setTimeout(60_000 + ANSWER_DUE_MS);

const stack = new PrintStack();
const RECEIPT = 'hjelpepunkt-test-slip80';
const STOPPED = 'hjelpepunkt-test-stopped';
const SILENT = 'hjelpepunkt-test-silent';
let silentPrinter: net.Server;
let browser: Browser;
let kiosk: RunningWebHost;
let guard: PageGuard | undefined;
let dataDirectory: string;

test.beforeAll(async () => {
  await stack.start();
  // A "printer" that accepts the connection and then never reads: the job stays in the queue.
  silentPrinter = net.createServer(() => undefined).listen(0, '127.0.0.1');
  await new Promise((resolve) => silentPrinter.once('listening', resolve));
  stack.addPdfQueue(RECEIPT);
  stack.addPdfQueue(STOPPED);
  stack.addSilentSocketQueue(SILENT, (silentPrinter.address() as net.AddressInfo).port);
  dataDirectory = await setUpKioskData('hjelpepunkt-print-');
  kiosk = await startWebHost({ ...BUILT_APP, dataDirectory, log: createMemoryLogger(), printTiming: { confirmTimeoutMs: CONFIRM_TIMEOUT_MS, pollMs: 200 } });
});

test.afterEach(() => {
  guard?.expectClean();
  guard = undefined;
});

test.afterAll(async () => {
  await browser?.close();
  await kiosk?.close();
  silentPrinter?.close();
  await stack.stop();
  if (dataDirectory) fs.rmSync(dataDirectory, { recursive: true, force: true });
});

/** A data folder for a kiosk that has been set up (otherwise it would open on the setup wizard), printing 80 mm discreet slips. */
async function setUpKioskData(prefix: string): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.writeFileSync(path.join(folder, 'config.json'), JSON.stringify({ discreetSlips: true, slipLayout: '80mm' }));
  await new PinStore(folder).set('246813');
  return folder;
}

/** A fresh kiosk browser on the given default printer, as `npm start` runs it: headful, silent printing. */
async function kioskPage(defaultPrinter: string): Promise<Page> {
  stack.makeDefault(defaultPrinter);
  await browser?.close();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: false,
    args: [...CHROMIUM_ARGS, '--kiosk-printing'],
    env: { ...process.env, DISPLAY: stack.display },
  });
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  guard = new PageGuard(kiosk.url).watch(page);
  await page.goto(kiosk.launchUrl());
  return page;
}

/** As a visitor: English, "Get help now", "Print these numbers", keep only ROSA on the full slip. */
async function toSlipWithRosaOnly(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: 'Get help now' }).click();
  await page.getByRole('button', { name: 'Print these numbers' }).click();
  // The full slip, whose contacts carry QR codes (a plain slip, the default, has neutral names and
  // numbers only, and its choices are named by those neutral names).
  const plain = page.getByRole('button', { name: /^Plain slip/ });
  await plain.click();
  await expect(plain).toHaveAttribute('aria-pressed', 'false');
  // Each choice is named by the contact's name and number ("Police 02800", "Police – emergency 112").
  for (const name of ['Police – emergency', 'Police', 'Medical emergency', 'Out-of-hours doctor (legevakt)', 'Support Centre for Victims of Crime', 'Helpline for children and young people', 'Crisis centres']) {
    await page.getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}( [\\d ]+)?$`) }).click();
  }
  await expect(page.getByRole('button', { pressed: true, name: /^ROSA helpline/ })).toBeVisible();
  await expect(page.frameLocator('iframe[title="What the slip will look like"]').getByText('22 33 11 60')).toBeVisible();
}

test('a visitor prints a slip: it leaves the queue as an 80 mm page whose QR code opens ROSA', async () => {
  const page = await kioskPage(RECEIPT);
  await toSlipWithRosaOnly(page);
  const started = Date.now();
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByText('Take your slip from the printer.')).toBeVisible({ timeout: ANSWER_DUE_MS });

  let pdf: string | undefined;
  await waitFor(() => Boolean((pdf = pdfsSince(started - 1000).at(-1))), 'cups-pdf to write the slip');
  const file = pdf ?? '';
  expect(path.basename(file), 'the job carries a neutral title').toMatch(/^Document/);
  expect(pdfPageSizeMm(file).width).toBeCloseTo(80, 0);
  expect(pdfQrCodes(file)).toEqual(['https://rosa-help.no']);
  expect(stack.waitingJobs(RECEIPT)).toEqual([]);
});

test('a stopped printer: the visitor is told plainly, sees the numbers, and no job is queued', async () => {
  stack.disable(STOPPED);
  const page = await kioskPage(STOPPED);
  await toSlipWithRosaOnly(page);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('The printer is not ready. Take a photo of the numbers below, or ask staff for help.');
  await expect(page.getByRole('article', { name: 'ROSA helpline' }).getByText('22 33 11 60', { exact: true })).toBeVisible();
  expect(stack.waitingJobs(STOPPED)).toEqual([]);
});

test('a printer that never finishes: the job is cancelled, the numbers stay on screen, quick exit leaves nothing queued', async () => {
  const page = await kioskPage(SILENT);
  await toSlipWithRosaOnly(page);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Printing…' })).toBeVisible();
  await waitFor(() => stack.waitingJobs(SILENT).length > 0, 'the job to reach the queue');
  await expect(page.getByRole('alert')).toHaveText('The printer did not work. Take a photo of the numbers below, or ask staff for help.', { timeout: ANSWER_DUE_MS });
  await expect(page.getByRole('article', { name: 'ROSA helpline' }).getByText('22 33 11 60', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  await waitFor(() => stack.waitingJobs(SILENT).length === 0, 'the job to leave the queue');
});

test('quick exit while a slip is still printing cancels the job', async () => {
  const page = await kioskPage(SILENT);
  await toSlipWithRosaOnly(page);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await waitFor(() => stack.waitingJobs(SILENT).length > 0, 'the job to reach the queue');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  await waitFor(() => stack.waitingJobs(SILENT).length === 0, 'the job to be cancelled', 5_000);
});

/** A new Chromium in place of the last (as the launcher opens one), with one page watched by the guard. */
async function freshBrowserPage(hostUrl: string): Promise<Page> {
  await browser?.close();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  guard = new PageGuard(hostUrl).watch(page);
  return page;
}

test('a page frozen in its print call: the kiosk gives up on the slip and asks for a fresh browser', async () => {
  // What Debian's CUPS client library 2.4.2-3+deb12u10 did to Chromium: window.print() never
  // returned, and the page's thread, Quick exit included, answered nothing. Here print() spins.
  const SEND_DEADLINE_MS = 3_000;
  const data = await setUpKioskData('hjelpepunkt-print-hung-');
  let restartsAsked = 0;
  const frozenKiosk = await startWebHost({
    ...BUILT_APP,
    dataDirectory: data,
    log: createMemoryLogger(),
    printTiming: { confirmTimeoutMs: CONFIRM_TIMEOUT_MS, pollMs: 200, sendDeadlineMs: SEND_DEADLINE_MS },
    restartBrowser: () => (restartsAsked += 1),
  });
  try {
    stack.makeDefault(RECEIPT);
    const page = await freshBrowserPage(frozenKiosk.url);
    // In every frame, the slip's too (the kiosk prints the slip's own frame).
    await page.addInitScript(() => {
      window.print = () => {
        for (;;);
      };
    });
    await page.goto(frozenKiosk.launchUrl());
    await toSlipWithRosaOnly(page);
    const tapped = Date.now();
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await waitFor(() => restartsAsked > 0, 'the kiosk to ask for a fresh browser', SEND_DEADLINE_MS + 10_000);
    expect(Date.now() - tapped, 'not before the slip had its time').toBeGreaterThanOrEqual(SEND_DEADLINE_MS);
    // What staff see first among the last restarts in the health view.
    expect(new RestartLog(data).entries()[0]?.reason).toBe('printing hung: the browser was restarted; no printing until the kiosk restarts');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(restartsAsked, 'asked once').toBe(1);

    // The fresh browser (as the launcher opens it, without the frozen print): the next visitor is not
    // sent into the same freeze. Printing stays off, the numbers stay large on screen, nothing is queued.
    const nextVisitor = await freshBrowserPage(frozenKiosk.url);
    await nextVisitor.goto(frozenKiosk.launchUrl());
    await toSlipWithRosaOnly(nextVisitor);
    await nextVisitor.getByRole('button', { name: 'Print', exact: true }).click();
    await expect(nextVisitor.getByRole('alert')).toHaveText('The printer is not ready. Take a photo of the numbers below, or ask staff for help.');
    await expect(nextVisitor.getByRole('article', { name: 'ROSA helpline' }).getByText('22 33 11 60', { exact: true })).toBeVisible();
    expect(stack.waitingJobs(RECEIPT)).toEqual([]);
  } finally {
    // As the launcher does: the frozen browser is ended (the supervisor's own tests show it opens a fresh one).
    await browser?.close();
    await frozenKiosk.close();
    fs.rmSync(data, { recursive: true, force: true });
  }
});
