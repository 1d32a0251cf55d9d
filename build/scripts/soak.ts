/**
 * `npm run soak -- --sessions N [--seed S] [--json]`: whole visitor sessions at random, as a busy
 * kiosk sees them over months: a language, topics, text size, a slip printed to PDF, a
 * side-by-side conversation in staff mode, and the session ended by quick exit, by the idle reset
 * or by "finish", after a warm-up that prints a slip in every language. The page's JavaScript heap
 * and the host's are sampled after garbage collection; the run fails on any page error, console
 * error or request outside the app, and on heap growth of more than 5 % after the warm-up. 10,000
 * sessions is about a year of a busy kiosk. Stopped early (Ctrl+C, SIGTERM), it ends after the
 * session under way and reports the sessions run so far; the heap check then covers those.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { PinStore } from '../../electron/services/staff/pin-store';
import { startHostProcess } from '../soak/host-client';
import { heapAfterGc, median } from '../bench/page-timing';
import { PageGuard } from '../support/page-guard';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '300' }, seed: { type: 'string', default: '20261130' }, json: { type: 'boolean', default: false } } });
const sessions = Number(values.sessions);
const say = (line: string): void => {
  if (!values.json) console.log(line);
};

const PIN = '246813';
const IDLE_SECONDS = 30;
const COUNTDOWN_SECONDS = 20;
/** Heap samples taken before this many sessions are the warm-up (caches, compiled code, fonts). */
const WARM_UP = Math.min(50, Math.floor(sessions / 4));
const SAMPLE_EVERY = Math.max(5, Math.floor(sessions / 40));

/** A small seeded generator, so a failing soak can be run again exactly. */
let state = Number(values.seed) >>> 0 || 1;
const random = (): number => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const locales = path.join(PROJECT_ROOT, 'locales');
const languages = (JSON.parse(fs.readFileSync(path.join(locales, 'languages.json'), 'utf8')) as { languages: { code: string; endonym: string }[] }).languages;
const topics = (JSON.parse(fs.readFileSync(path.join(locales, 'topics.json'), 'utf8')) as { topics: { id: string; audience: string }[] }).topics.filter((topic) => topic.audience === 'visitor');
const catalog = new Map<string, Record<string, unknown>>();
const text = (code: string, dotted: string): string => {
  if (!catalog.has(code)) catalog.set(code, JSON.parse(fs.readFileSync(path.join(locales, `${code}.json`), 'utf8')));
  return dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], catalog.get(code)) as string;
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-soak-'));
fs.writeFileSync(path.join(work, 'config.json'), JSON.stringify({ idleSeconds: IDLE_SECONDS, idleCountdownSeconds: COUNTDOWN_SECONDS }));
await new PinStore(work).set(PIN);
const host = await startHostProcess(work);
const guard = new PageGuard(host.url);
const pageHeap: { session: number; mb: number }[] = [];
const hostHeap: { session: number; mb: number }[] = [];
const ends = { 'quick exit': 0, 'idle reset': 0, finish: 0 };
let failure: string | undefined;
let sessionsRun = 0;
let warmedUp = 0;
const started = Date.now();
// A long soak may have to make room for other work: the figures so far are kept, not lost.
let stopAsked = false;
let stopNow = false;
let browser: Browser | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal: the run is stuck, or not wanted at all. The host ends when this process does.
    if (stopAsked) {
      stopNow = true;
      void browser?.close();
      // Should even that not end it (the host not answering), the run ends without its report.
      setTimeout(() => {
        fs.rmSync(work, { recursive: true, force: true });
        process.exit(130);
      }, 10_000).unref();
      return;
    }
    stopAsked = true;
    say(`  ${signal}: stopping after the session under way (again to stop at once)`);
  });
}

try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    // The soak's own handlers stop it between sessions; Playwright's would close the browser mid-session.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  guard.watch(page);
  // The page's clock runs on real time, and jumps ahead for the idle timeout and the staff gesture.
  await page.clock.install();
  await page.goto(await host.launchUrl());
  const welcome = page.getByRole('heading', { level: 1, name: text('nb', 'welcome.choose') });
  await welcome.waitFor();
  // Before the heap is watched: a slip in every language, so the host's caches (each language's
  // compiled messages) are full, as a busy kiosk's are after its first days. Otherwise they fill
  // over the whole run, one language at a time, and look like a leak.
  for (const language of languages) {
    if (stopAsked) break;
    await visit(page, language);
    await welcome.waitFor({ timeout: 30_000 });
    warmedUp += 1;
  }
  ends.finish = 0;

  for (let session = 1; session <= sessions && !stopAsked; session += 1) {
    if (random() < 0.03) await conversation(page);
    else await visit(page);
    await welcome.waitFor({ timeout: 30_000 });
    guard.expectClean();
    sessionsRun = session;
    if (session % SAMPLE_EVERY === 0 || session === sessions || stopAsked) {
      pageHeap.push({ session, mb: await heapAfterGc(page) });
      hostHeap.push({ session, mb: await host.heapMb() });
      // A long soak runs for hours: each sample is shown as it is taken.
      say(`  session ${session}: page heap ${pageHeap.at(-1)?.mb.toFixed(2)} MB, host heap ${hostHeap.at(-1)?.mb.toFixed(2)} MB, ${((Date.now() - started) / 60_000).toFixed(1)} min`);
    }
  }
} catch (error) {
  failure = stopNow ? 'stopped at once (a second Ctrl+C or SIGTERM)' : (error as Error).message;
} finally {
  // Also when Chromium could not start: the host process and the data folder go either way.
  await browser?.close();
  await host.close();
  fs.rmSync(work, { recursive: true, force: true });
}

/** Growth from the first to the second half of the samples after the warm-up; null with too few to judge. */
const growth = (samples: { session: number; mb: number }[]): number | null => {
  const warm = samples.filter((sample) => sample.session > WARM_UP);
  if (warm.length < 4) return null;
  const half = Math.floor(warm.length / 2);
  return median(warm.slice(half).map((sample) => sample.mb)) / median(warm.slice(0, half).map((sample) => sample.mb)) - 1;
};
const result = {
  sessions: sessionsRun,
  sessionsAsked: sessions,
  warmUpLanguages: warmedUp,
  seed: Number(values.seed),
  minutes: (Date.now() - started) / 60_000,
  ends,
  pageHeapMb: { first: pageHeap[0]?.mb, last: pageHeap.at(-1)?.mb, growthAfterWarmUp: growth(pageHeap) },
  hostHeapMb: { first: hostHeap[0]?.mb, last: hostHeap.at(-1)?.mb, growthAfterWarmUp: growth(hostHeap) },
  failure,
};
const percent = (fraction: number | null): string => (fraction === null ? 'too few samples after the warm-up to judge' : `${(fraction * 100).toFixed(1)} %`);
if (!failure) {
  if ((result.pageHeapMb.growthAfterWarmUp ?? 0) > 0.05) result.failure = `the page's heap grew ${percent(result.pageHeapMb.growthAfterWarmUp)} after the warm-up`;
  else if ((result.hostHeapMb.growthAfterWarmUp ?? 0) > 0.05) result.failure = `the host's heap grew ${percent(result.hostHeapMb.growthAfterWarmUp)} after the warm-up`;
}
const judged = result.pageHeapMb.growthAfterWarmUp !== null && result.hostHeapMb.growthAfterWarmUp !== null;
if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  if (sessionsRun < sessions && !failure) say(`Stopped early: ${sessionsRun} of ${sessions} sessions run.`);
  const warmUp = warmedUp === languages.length ? `each of ${languages.length} languages` : `${warmedUp} of ${languages.length} languages (stopped during the warm-up)`;
  say(`Soak: ${sessionsRun} sessions (seed ${result.seed}) in ${result.minutes.toFixed(1)} min, after a warm-up slip in ${warmUp}; ended by quick exit ${ends['quick exit']}, idle reset ${ends['idle reset']}, finish ${ends.finish}`);
  if (pageHeap.length > 0) {
    say(`  page JS heap after GC: ${result.pageHeapMb.first?.toFixed(2)} → ${result.pageHeapMb.last?.toFixed(2)} MB (growth after warm-up: ${percent(result.pageHeapMb.growthAfterWarmUp)})`);
    say(`  host heap after GC:    ${result.hostHeapMb.first?.toFixed(2)} → ${result.hostHeapMb.last?.toFixed(2)} MB (growth after warm-up: ${percent(result.hostHeapMb.growthAfterWarmUp)})`);
  }
  if (result.failure) say(`FAILED: ${result.failure}`);
  else say(`No page error, console error or request outside the app; ${judged ? 'heap steady' : 'heap growth not judged (run more sessions)'}.`);
}
process.exit(result.failure ? 1 : 0);

/**
 * A visitor: a language, a few topics, perhaps larger text and a printed slip; then the session
 * ends. Given `printing`, the visitor uses that language and always prints (the warm-up).
 */
async function visit(page: Page, printing?: (typeof languages)[number]): Promise<void> {
  const language = printing ?? pick(languages);
  const say = (key: string): string => text(language.code, key);
  await page.getByRole('button', { name: language.endonym, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: say('home.title') }).waitFor();
  if (random() < 0.3) await page.getByRole('button', { name: say('bar.textLarger') }).click();
  for (let topic = 0, count = 1 + Math.floor(random() * 3); topic < count; topic += 1) {
    const chosen = pick(topics);
    await page.getByRole('button', { name: say(`topics.${chosen.id}.title`), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: say(`topics.${chosen.id}.title`) }).waitFor();
    if (topic < count - 1) {
      await page.getByRole('main').getByRole('button', { name: say('topic.back'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: say('home.title') }).waitFor();
    }
  }
  const ending = printing ? 0 : random();
  if (ending < 0.05) {
    await printToPdf(page, say);
    await page.getByRole('button', { name: say('print.finish') }).click();
    ends.finish += 1;
  } else if (ending < 0.25) {
    await page.clock.runFor((IDLE_SECONDS + COUNTDOWN_SECONDS + 2) * 1000);
    ends['idle reset'] += 1;
  } else {
    await page.getByRole('button', { name: say('bar.quickExit') }).click();
    ends['quick exit'] += 1;
  }
}

/** "Print these numbers" on the topic shown, and the previewed slip turned into a PDF. */
async function printToPdf(page: Page, say: (key: string) => string): Promise<void> {
  const print = page.getByRole('button', { name: say('print.button') });
  if ((await print.count()) === 0) await page.getByRole('button', { name: say(`topics.help-now.title`), exact: true }).click();
  await page.getByRole('button', { name: say('print.button') }).click();
  const src = await page.getByTitle(say('print.preview')).getAttribute('src');
  const slip = await page.context().newPage();
  guard.watch(slip);
  await slip.goto(new URL(src ?? '', host.url).href);
  await slip.evaluate(() => document.fonts.ready);
  await slip.pdf({ width: '80mm', height: '200mm' });
  await slip.close();
  // The slip was printed to PDF, not to a printer: the kiosk has no print queue here and says so.
  await page.getByRole('button', { name: say('print.print'), exact: true }).click();
  await page.getByRole('alert').waitFor();
}

/** Staff and a visitor side by side: the corner gesture, the PIN, a language, the questions, the end. */
async function conversation(page: Page): Promise<void> {
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.clock.runFor(3200);
  await page.mouse.up();
  for (const digit of PIN) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Åpne' }).click();
  await page.getByRole('button', { name: 'Samtale side om side' }).click();
  const visitor = pick(languages);
  await page.getByRole('button', { name: visitor.endonym, exact: true }).click();
  await page.getByRole('button', { name: text(visitor.code, 'walkthrough.start') }).click();
  // Each question can be skipped; the others are answered "no" or, where the question is about
  // going home or staying, "not sure yet".
  for (let question = 0; question < 8; question += 1) {
    await page.getByRole('button', { name: random() < 0.5 ? /Hopp over$/ : /(Nei|Vet ikke ennå)$/ }).first().click();
  }
  await page.getByRole('button', { name: /Avslutt og tøm skjermen/ }).click();
  ends.finish += 1;
}
