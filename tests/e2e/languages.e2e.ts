/**
 * Every language, every visitor screen, in both shapes of the screen: no text clipped or running
 * out of its box (screenshots kept as artifacts), every control at least 48 × 48 CSS px, the
 * intended font drew the text (not a fallback), numbers in their reading order in right-to-left
 * languages, and axe WCAG 2.2 AA. One test per language walks every screen twice in one page:
 * landscape at 100 % text in the normal theme, then portrait at 200 % text in high contrast (so
 * each layout, size and theme is checked once per language). The two pseudo-locales (40% longer
 * text; right-to-left) are checked the same way.
 *
 * The slow checks run where they can fail. Every axe rule runs on every screen of both walks for
 * one language of each font and direction and for the pseudo-locales (the representatives). For
 * the other languages, what can differ from their representative is the text: its words (names,
 * labels, lang attributes) and its length (layout). So at 100 % they get every rule but colour
 * contrast, which depends on the theme's colours and the font's size and weight, the same for every
 * language drawn in that font and direction (and costs more than half of axe's time); at 200 % in
 * high contrast, the rules that depend on layout. This file's own stricter checks (no clipped
 * text, 48 × 48 px controls) run for every language on every screen.
 * Screenshots (for a person to look at) are kept of the home and "Get help now" screens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { Language } from '../../electron/shared/content-schema';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { flattenMessages, type MessageTree } from '../../electron/shared/messages';
import { pseudoMessages } from '../../renderer/i18n/pseudo-locales';
import { expect, expectAccessible, inLandscapeOnly, test, type AxeScope } from './fixtures';
import { TOPICS } from './content';
import { overflowing, smallTargets } from './layout-checks';

const SHIPPED = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', 'languages.json'), 'utf8')) as { languages: Language[] }).languages;
const read = (code: string): Map<string, string> =>
  flattenMessages(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', `${code}.json`), 'utf8')) as MessageTree);
const english = read('en');
const PSEUDO = [
  { code: 'en-XA', endonym: '[Ƥşḗŭḓǿ ŀǿƞɠ]', dir: 'ltr', script: 'Latn', font: 'Noto Sans' },
  { code: 'ar-XB', endonym: 'Pseudo RTL', dir: 'rtl', script: 'Latn', font: 'Noto Sans' },
];
const LANGUAGES = [...SHIPPED, ...PSEUDO].map((language) => {
  const own = PSEUDO.includes(language as (typeof PSEUDO)[number]) ? new Map(Object.entries(pseudoMessages(Object.fromEntries(english), language.code))) : read(language.code);
  /** What the UI shows for a key in this language (English where a draft lacks it). */
  const say = (key: string): string => own.get(key) || english.get(key) || key;
  return { ...language, say };
});

/** The fonts Chromium actually drew a node's text with (DevTools protocol). */
async function fontsDrawing(page: Page, selector: string): Promise<{ family: string; glyphs: number }[]> {
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
  await client.detach();
  return fonts.map((font) => ({ family: font.familyName, glyphs: font.glyphCount }));
}

/** Every phone number drawn left to right, digit group after digit group. */
async function numbersInReadingOrder(page: Page): Promise<string[]> {
  return page.locator('bdi.phone').evaluateAll((elements) =>
    elements.flatMap((element) => {
      const text = element.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const lefts = [...(text.textContent ?? '').matchAll(/\d+/g)].map((match) => {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        return range.getBoundingClientRect().left;
      });
      return lefts.every((left, index) => index === 0 || left > (lefts[index - 1] ?? 0)) ? [] : [element.textContent ?? ''];
    }),
  );
}

/** The two walks: landscape at 100 % in the normal theme, portrait at 200 % in high contrast. */
const WALKS = [
  { name: 'landscape', viewport: { width: 1920, height: 1080 }, largeAndContrast: false },
  { name: 'portrait', viewport: { width: 1080, height: 1920 }, largeAndContrast: true },
] as const;
type Walk = (typeof WALKS)[number];
type ShownLanguage = (typeof LANGUAGES)[number];

/** The first language of each font and direction, and the pseudo-locales: every axe rule on every screen. */
const REPRESENTATIVES = new Set(
  LANGUAGES.filter((language, index) => LANGUAGES.findIndex((other) => other.font === language.font && other.dir === language.dir) === index || language.code.includes('-X')).map((language) => language.code),
);
/** The axe rules whose result can change with text size and layout. */
const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable', 'meta-viewport'];

function axeScope(language: ShownLanguage, walk: Walk): AxeScope | undefined {
  if (REPRESENTATIVES.has(language.code)) return undefined;
  return walk.largeAndContrast ? { only: LAYOUT_RULES } : { except: ['color-contrast'] };
}

const SCREENSHOTS = new Set(['home', 'help-now']);

async function checkScreen(page: Page, testInfo: TestInfo, language: ShownLanguage, walk: Walk, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const where = `${language.code} ${screen} (${walk.name}${walk.largeAndContrast ? ', 200 %, high contrast' : ''})`;
  expect(await overflowing(page), `${where}: clipped or overflowing text`).toEqual([]);
  expect(await smallTargets(page), `${where}: controls smaller than 48 × 48 px`).toEqual([]);
  if (SCREENSHOTS.has(screen)) await page.screenshot({ path: testInfo.outputPath(`${language.code}-${walk.name}-${screen}.jpeg`), type: 'jpeg', quality: 50 });
  await expectAccessible(page, where, axeScope(language, walk));
}

/** Every visitor screen in one shape, size and theme: home, the language screen, each topic, the slip preview, the idle prompt. */
async function walkScreens(page: Page, testInfo: TestInfo, language: ShownLanguage, walk: Walk): Promise<void> {
  await page.setViewportSize(walk.viewport);
  if (walk.largeAndContrast) {
    for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: language.say('bar.textLarger'), exact: true }).click();
    await page.getByRole('button', { name: language.say('bar.contrast'), exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-contrast');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim())).toBe('2');
  }
  await checkScreen(page, testInfo, language, walk, 'home');

  await page.getByRole('button', { name: language.say('bar.language'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: language.say('welcome.choose') })).toBeVisible();
  await checkScreen(page, testInfo, language, walk, 'welcome');
  await page.getByRole('button', { name: language.endonym, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: language.say('home.title') })).toBeVisible();

  for (const topic of TOPICS) {
    await page.getByRole('button', { name: language.say(`topics.${topic.id}.title`), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: language.say(`topics.${topic.id}.title`) })).toBeVisible();
    await checkScreen(page, testInfo, language, walk, topic.id);
    if (topic.id === 'help-now') {
      if (language.dir === 'rtl') expect(await numbersInReadingOrder(page), 'numbers drawn out of order').toEqual([]);
      await page.getByRole('button', { name: language.say('print.button') }).click();
      await expect(page.getByTitle(language.say('print.preview'))).toBeVisible();
      await checkScreen(page, testInfo, language, walk, 'print');
      await page.getByRole('button', { name: language.say('print.back'), exact: true }).click();
      // Wait for each screen before the next tap: "Back" may have the same name on both screens.
      await expect(page.getByRole('heading', { level: 1, name: language.say(`topics.${topic.id}.title`) })).toBeVisible();
    }
    await page.getByRole('button', { name: language.say('topic.back'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: language.say('home.title') })).toBeVisible();
  }

  await page.clock.runFor(125_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await checkScreen(page, testInfo, language, walk, 'idle-prompt');
  await page.getByRole('button', { name: language.say('idle.moreTime'), exact: true }).click();
  await expect(page.getByRole('alertdialog')).toBeHidden();
}

test('the welcome screen shows every shipped language on one screen, without scrolling, each by its own name', async ({ page }, testInfo) => {
  const buttons = page.getByRole('list').getByRole('button');
  await expect(buttons).toHaveCount(SHIPPED.length);
  for (const language of SHIPPED) {
    const button = page.getByRole('button', { name: language.endonym, exact: true });
    await expect(button).toHaveAttribute('lang', language.code);
    await expect(button).toBeInViewport({ ratio: 1 });
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(72);
  }
  const region = page.getByRole('region', { name: 'Velg språk' }).first();
  expect(await region.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('welcome.jpeg'), type: 'jpeg', quality: 50 });
});

test.describe('each language', () => {
  inLandscapeOnly('both shapes are walked in one test, starting in landscape');

  for (const language of LANGUAGES) {
    test(`${language.code}: every screen fits in both shapes, uses its own font${language.dir === 'rtl' ? ', reads right to left' : ''}`, async ({ page, kiosk }, testInfo) => {
      // Twenty-four screens, each measured and checked with axe.
      test.setTimeout(240_000);
      await page.clock.install();
      await page.goto(`${kiosk.url}?pseudo`);
      await page.getByRole('button', { name: language.endonym, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
      await expect(page.getByRole('heading', { level: 1, name: language.say('home.title') })).toBeVisible();

      if (language.script !== 'Latn') {
        await page.evaluate(() => document.fonts.ready);
        for (const selector of ['main h1', 'main p']) {
          const fonts = await fontsDrawing(page, selector);
          expect(fonts.filter((font) => font.family.startsWith(language.font)).length, `${selector} drawn in ${language.font}: ${JSON.stringify(fonts)}`).toBeGreaterThan(0);
          expect(fonts.filter((font) => !font.family.startsWith(language.font) && !font.family.startsWith('Noto Sans')), `${selector}: no fallback font`).toEqual([]);
        }
      }

      for (const walk of WALKS) await walkScreens(page, testInfo, language, walk);
    });
  }
});
