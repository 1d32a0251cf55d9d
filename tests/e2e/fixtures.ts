/**
 * The end-to-end fixture: each test gets its own WebHost (the real server, on a free port, with
 * its own data folder and settings) and a page on it, opened the way the launcher opens it: through
 * the host's one-time launch link. A test fails if the page logs an error, throws, or asks for
 * anything outside the app's own origin (build/support/page-guard.ts, shared by every project).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { createMemoryLogger } from '../../electron/services/log';
import { PinStore } from '../../electron/services/staff/pin-store';
import { BUILT_APP } from '../../electron/services/project-paths';
import type { KioskConfig } from '../../electron/shared/kiosk-config';
import type { TestKey } from '../support/content-packs';
import { startWebHost, type RunningWebHost } from '../../electron/web-host/server';
import { PageGuard } from '../../build/support/page-guard';
import { listenToPage, type SoundLog } from './sound-probe';

/** The staff PIN the test kiosks are set up with (null: a kiosk on its first run). */
export const TEST_PIN = '246813';

type Fixtures = {
  /** Settings written to the kiosk's config.json before it starts (raw: tests may write bad ones). */
  kioskConfig: Partial<Record<keyof KioskConfig, unknown>> | string;
  staffPin: string | null;
  /** Keys this kiosk trusts for content packs, beside the built-in content's own (tests that install packs). */
  contentKeys: TestKey[];
  /** Content the kiosk starts from instead of the built one (a built-in pack and its trusted keys). */
  builtinContent: { builtinPack: string; trustedKeysFile: string } | null;
  kiosk: RunningWebHost & { dataDirectory: string };
  /** Watches the page; checked after each test. */
  pageGuard: PageGuard;
  /** Problems the page reported (the guard's list). */
  pageProblems: string[];
  /** Watch what the page plays and says (tests/e2e/sound-probe.ts) from before it loads. */
  soundProbe: boolean;
  sounds: SoundLog;
};

const soundLogs = new WeakMap<Page, SoundLog>();

export const test = base.extend<Fixtures>({
  kioskConfig: [{}, { option: true }],
  staffPin: [TEST_PIN, { option: true }],
  contentKeys: [[], { option: true }],
  builtinContent: [null, { option: true }],
  soundProbe: [false, { option: true }],

  kiosk: async ({ kioskConfig, staffPin, contentKeys, builtinContent }, use) => {
    const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-e2e-'));
    const baseKeys = builtinContent?.trustedKeysFile ?? BUILT_APP.trustedKeysFile;
    const trustedKeysFile = contentKeys.length > 0 ? trustedKeysWith(baseKeys, contentKeys, path.join(dataDirectory, 'trusted-keys.json')) : baseKeys;
    fs.writeFileSync(path.join(dataDirectory, 'config.json'), typeof kioskConfig === 'string' ? kioskConfig : JSON.stringify(kioskConfig));
    if (staffPin) await new PinStore(dataDirectory).set(staffPin);
    // The UI tests never touch the machine's printers (tests/print-e2e does, with its own queues).
    const host = await startWebHost({ ...BUILT_APP, ...builtinContent, trustedKeysFile, dataDirectory, log: createMemoryLogger(), useSystemPrintQueue: false });
    await use({ ...host, dataDirectory });
    await host.close();
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  },

  pageGuard: async ({ kiosk }, use) => {
    await use(new PageGuard(kiosk.url));
  },

  sounds: async ({ page }, use) => {
    const log = soundLogs.get(page);
    if (!log) throw new Error('test.use({ soundProbe: true }) installs the sound probe');
    await use(log);
  },

  pageProblems: async ({ pageGuard }, use) => {
    await use(pageGuard.problems);
  },

  page: async ({ page, kiosk, pageGuard, soundProbe }, use) => {
    if (soundProbe) soundLogs.set(page, await listenToPage(page));
    pageGuard.watch(page);
    await page.goto(kiosk.launchUrl());
    await expect(page).toHaveURL(kiosk.url);
    await use(page);
    pageGuard.expectClean();
  },
});

export { expect };

/**
 * For behaviour that does not change with the screen's shape: the tests of the file (or describe
 * block) that calls this run in the landscape project only, decided from the viewport before any
 * kiosk starts. Layout is checked in both shapes by languages.e2e.ts and accessibility.e2e.ts.
 */
export function inLandscapeOnly(reason = 'behaviour, not layout: checked in landscape'): void {
  test.skip(({ viewport }) => (viewport?.width ?? 0) < (viewport?.height ?? 0), reason);
}

/** The built app's trusted keys plus a test's own (written into the test kiosk's temporary folder). */
function trustedKeysWith(baseKeys: string, keys: TestKey[], file: string): string {
  const built = JSON.parse(fs.readFileSync(baseKeys, 'utf8')) as { keys: { label: string; publicKey: string }[] };
  fs.writeFileSync(file, JSON.stringify({ keys: [...built.keys, ...keys.map((key) => ({ label: key.trusted.label, publicKey: key.publicKeyPem }))] }));
  return file;
}

/** The WCAG 2.2 AA rule set (the wcag22aa tag also turns on target-size). */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Which of the WCAG 2.2 AA rules to run: `only` these, or all `except` these. */
export type AxeScope = { only: readonly string[] } | { except: readonly string[] };

/**
 * axe with the WCAG 2.2 AA rule set: zero violations. These tests check over six hundred screens,
 * so axe-core is put into each document once (the page and any frame, such as the slip preview)
 * and run there, about 0.3 s a screen; AxeBuilder injects it again and opens a helper page on every
 * call (about 1.7 s). `scope` limits the run (every rule without it).
 */
export async function expectAccessible(page: Page, where: string, scope?: AxeScope): Promise<void> {
  type Violation = { id: string; nodes: { target: unknown[] }[] };
  // axe in the page asks axe in each same-origin frame for its part of the results.
  for (const frame of page.frames()) if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  const options =
    scope && 'only' in scope
      ? { runOnly: { type: 'rule', values: scope.only } }
      : { runOnly: { type: 'tag', values: WCAG_22_AA }, rules: Object.fromEntries((scope?.except ?? []).map((rule) => [rule, { enabled: false }])) };
  const violations = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, runOptions).then((results) => results.violations),
    options,
  );
  const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/**
 * What a visit can leave in the page after it ends: storage, cookies, caches, history, and the
 * screen's text. Each way of ending a visit (quick exit, the idle reset, a finished walkthrough)
 * must leave `cleanTraces(historyBefore)`, with none of the visit's words on screen.
 */
export async function visitTraces(page: Page): Promise<{ storage: number; cookie: string; caches: number; history: number; text: string }> {
  return page.evaluate(async () => ({
    storage: localStorage.length + sessionStorage.length,
    cookie: document.cookie,
    caches: (await caches.keys()).length,
    history: history.length,
    text: document.body.innerText,
  }));
}

export function cleanTraces(history: number): Omit<Awaited<ReturnType<typeof visitTraces>>, 'text'> & { text: unknown } {
  return { storage: 0, cookie: '', caches: 0, history, text: expect.any(String) };
}

/** The staff gesture: a still, three-second press in the top-left corner. */
export async function holdStaffCorner(page: Page): Promise<void> {
  // On the screen staff see, not on the page still loading (a busy machine mounts it later).
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.waitForTimeout(3200);
  await page.mouse.up();
}

/** Opens staff mode with the PIN pad, as staff would. */
export async function openStaffMode(page: Page, pin = TEST_PIN): Promise<void> {
  await holdStaffCorner(page);
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Åpne' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ansatte', exact: true })).toBeVisible();
}

/** Opens a language from the welcome screen, as a visitor would. */
export async function chooseLanguage(page: Page, endonym: string): Promise<void> {
  await page.getByRole('button', { name: endonym, exact: true }).click();
}
