/**
 * `npm run bench [-- --sessions N]`: the kiosk's speed and memory, measured in Debian's Chromium
 * against the built UI on a WebHost, printed as figures (not asserted). Cold start to a usable
 * welcome screen; tap-to-paint for choosing a language and opening a topic; quick exit to a clean
 * welcome screen; the page's JavaScript heap after N whole visitor sessions (a short soak:
 * `--sessions 1000` is the long one); and read-aloud: tap on Listen → first audio sample, with the
 * engine warmed in the background as a visitor finds it (the page's performance marks
 * read-aloud:tap and read-aloud:first-sample).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { createMemoryLogger } from '../../electron/services/log';
import { BUILT_APP } from '../../electron/services/project-paths';
import { PinStore } from '../../electron/services/staff/pin-store';
import { startWebHost } from '../../electron/web-host/server';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '50' } } });
const sessions = Number(values.sessions);

const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-bench-'));
await new PinStore(dataDirectory).set('2468');
const host = await startWebHost({ ...BUILT_APP, dataDirectory, version: 'bench', log: createMemoryLogger(), useCups: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const time = async (action: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await action();
  return performance.now() - started;
};
/** The renderer's JavaScript heap after a full garbage collection (DevTools protocol). */
const heapMb = async (page: Page): Promise<number> => {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  await client.detach();
  return usedSize / 1024 / 1024;
};

try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  const welcome = page.getByRole('heading', { level: 1, name: 'Velg språk' });
  const coldStarts: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    coldStarts.push(await time(async () => {
      await page.goto(host.url);
      await welcome.waitFor();
    }));
  }

  const chooseLanguage: number[] = [];
  const openTopic: number[] = [];
  const quickExit: number[] = [];
  let firstHeap = 0;
  for (let session = 0; session < sessions; session += 1) {
    chooseLanguage.push(await time(() => page.getByRole('button', { name: 'English', exact: true }).click().then(() => page.getByRole('heading', { level: 1, name: 'What do you need?' }).waitFor())));
    openTopic.push(await time(() => page.getByRole('button', { name: 'Get help now' }).click().then(() => page.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor())));
    quickExit.push(await time(() => page.getByRole('button', { name: 'Quick exit' }).click().then(() => welcome.waitFor())));
    if (session === 0) firstHeap = await heapMb(page);
  }
  const lastHeap = await heapMb(page);

  // Read-aloud: a fresh visit, the engine warmed while the visitor chooses a language.
  await page.goto(host.url);
  const engineLoaded = page.waitForResponse((response) => /espeak-ng-[\w-]+\.data$/.test(response.url()));
  await welcome.waitFor();
  await engineLoaded;
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'What do you need?' }).waitFor();
  await page.waitForTimeout(2000);
  const firstSample: number[] = [];
  for (let run = 0; run < 10; run += 1) {
    await page.getByRole('button', { name: 'Listen' }).click();
    firstSample.push(
      await page.waitForFunction(() => {
        const [tap] = performance.getEntriesByName('read-aloud:tap');
        const [sample] = performance.getEntriesByName('read-aloud:first-sample');
        return tap && sample ? sample.startTime - tap.startTime : undefined;
      }).then((handle) => handle.jsonValue() as Promise<number>),
    );
    await page.getByRole('button', { name: 'Stop' }).click();
  }

  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  console.log(`Hjelpepunkt benchmark (WebHost, Debian Chromium, ${os.cpus().length} cores), ${sessions} sessions`);
  console.log(`cold start to welcome screen   median ${ms(median(coldStarts))} (runs: ${coldStarts.map(ms).join(', ')})`);
  console.log(`tap → home painted             median ${ms(median(chooseLanguage))}, worst ${ms(Math.max(...chooseLanguage))}`);
  console.log(`tap → topic painted            median ${ms(median(openTopic))}, worst ${ms(Math.max(...openTopic))}`);
  console.log(`quick exit → clean welcome     median ${ms(median(quickExit))}, worst ${ms(Math.max(...quickExit))}`);
  console.log(`JS heap after session 1        ${firstHeap.toFixed(1)} MB`);
  console.log(`JS heap after session ${sessions}`.padEnd(31) + ` ${lastHeap.toFixed(1)} MB (each session ends in a fresh page load)`);
  console.log(`tap → first audio sample (warm) first tap ${ms(firstSample[0] ?? NaN)}, then median ${ms(median(firstSample.slice(1)))}, worst ${ms(Math.max(...firstSample))}`);
} finally {
  await browser.close();
  await host.close();
  fs.rmSync(dataDirectory, { recursive: true, force: true });
}
