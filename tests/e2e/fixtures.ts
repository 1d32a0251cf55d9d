/**
 * The end-to-end fixture: each test gets its own WebHost (the real server, on a free port, with
 * its own data folder and settings) and a page on it. A test fails if the page logs an error,
 * throws, or asks for anything outside the app's own origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { createMemoryLogger } from '../../electron/services/log';
import { PinStore } from '../../electron/services/staff/pin-store';
import { BUILT_APP } from '../../electron/services/project-paths';
import type { KioskConfig } from '../../electron/shared/kiosk-config';
import { startWebHost, type RunningWebHost } from '../../electron/web-host/server';
import { listenToPage, type SoundLog } from './sound-probe';

/** The staff PIN the test kiosks are set up with (null: a kiosk on its first run). */
export const TEST_PIN = '2468';

type Fixtures = {
  /** Settings written to the kiosk's config.json before it starts (raw: tests may write bad ones). */
  kioskConfig: Partial<Record<keyof KioskConfig, unknown>> | string;
  staffPin: string | null;
  /** The content folder the kiosk serves (a test may give it a changed copy); default: the built one. */
  localesDirectory: string;
  kiosk: RunningWebHost & { dataDirectory: string };
  /** Problems the page reported; checked after each test. */
  pageProblems: string[];
  /** Watch what the page plays and says (tests/e2e/sound-probe.ts) from before it loads. */
  soundProbe: boolean;
  sounds: SoundLog;
};

const soundLogs = new WeakMap<Page, SoundLog>();

export const test = base.extend<Fixtures>({
  kioskConfig: [{}, { option: true }],
  staffPin: [TEST_PIN, { option: true }],
  localesDirectory: [BUILT_APP.localesDirectory, { option: true }],
  soundProbe: [false, { option: true }],

  kiosk: async ({ kioskConfig, staffPin, localesDirectory }, use) => {
    const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-e2e-'));
    fs.writeFileSync(path.join(dataDirectory, 'config.json'), typeof kioskConfig === 'string' ? kioskConfig : JSON.stringify(kioskConfig));
    if (staffPin) await new PinStore(dataDirectory).set(staffPin);
    // The UI tests never touch the machine's printers (tests/print-e2e does, with its own queues).
    const host = await startWebHost({ ...BUILT_APP, localesDirectory, dataDirectory, version: 'e2e', log: createMemoryLogger(), useCups: false });
    await use({ ...host, dataDirectory });
    await host.close();
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  },

  // Playwright requires a destructuring pattern here even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  pageProblems: async ({}, use) => {
    await use([]);
  },

  sounds: async ({ page }, use) => {
    const log = soundLogs.get(page);
    if (!log) throw new Error('test.use({ soundProbe: true }) installs the sound probe');
    await use(log);
  },

  page: async ({ page, kiosk, pageProblems, soundProbe }, use) => {
    if (soundProbe) soundLogs.set(page, await listenToPage(page));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') pageProblems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) pageProblems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(kiosk.url)) pageProblems.push(`request outside the app: ${request.url()}`);
    });
    await page.goto(kiosk.url);
    await use(page);
    expect(pageProblems, 'console errors, page errors or requests outside the app').toEqual([]);
  },
});

export { expect };

/** axe with the WCAG 2.2 AA rule set (the wcag22aa tag also turns on target-size). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The staff gesture: a still, three-second press in the top-left corner. */
export async function holdStaffCorner(page: Page): Promise<void> {
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
