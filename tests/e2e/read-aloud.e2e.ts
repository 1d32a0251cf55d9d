/**
 * Read-aloud as a visitor hears it, observed at the audio output (tests/e2e/sound-probe.ts): every
 * language with a voice speaks its own "Choose your language" audibly and for a plausible time;
 * nothing plays before a tap; Stop, navigation, quick exit and the idle reset silence it; the
 * office's volume comes back for each visitor. Layout plays no part, so these run in one viewport.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../electron/shared/content-schema';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { cleanText } from '../../renderer/speech/spoken-text';
import { chooseLanguage, expect, test, inLandscapeOnly } from './fixtures';
import { message } from './content';
import { measure, SoundLog, type SoundStart } from './sound-probe';

const SHIPPED = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', 'languages.json'), 'utf8')) as { languages: Language[] }).languages;
const VOICED = SHIPPED.filter((language) => language.voice !== null);

test.use({ soundProbe: true });
// Only in the landscape project (decided from the viewport alone, before any kiosk or page starts).
inLandscapeOnly('sound does not depend on the screen’s shape');

/** Waits until the page has played sound while `reading` was highlighted, and then moved on. */
async function untilSectionRead(sounds: SoundLog, reading: RegExp, from = 0): Promise<void> {
  const starts = (): SoundStart[] => sounds.starts().filter((start) => sounds.events.indexOf(start) >= from);
  await expect.poll(() => starts().some((start) => reading.test(start.reading ?? '')), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => starts().some((start) => start.reading !== null && !reading.test(start.reading)), { timeout: 20_000 }).toBe(true);
}

async function expectSilencedAt(sounds: SoundLog, time: number): Promise<void> {
  await expect.poll(() => Date.now() - time, { timeout: 5_000 }).toBeGreaterThan(1500);
  expect(sounds.stillPlaying(time), 'sound still playing after it should have stopped').toEqual([]);
  expect(sounds.startedAfter(time + 400), 'sound started after it should have stopped').toEqual([]);
}

/** Two halves, one page each (the engine loads once per page), run side by side. */
const HALVES = [VOICED.filter((_, index) => index % 2 === 0), VOICED.filter((_, index) => index % 2 === 1)];

for (const [half, languages] of HALVES.entries()) {
  test(`every language with a voice is heard saying "Choose your language" in it (${half + 1}/2: ${languages.map((language) => language.code).join(', ')})`, async ({ page, sounds }) => {
    test.setTimeout(150_000);
    for (const language of languages) {
      const sentence = message(language.code, 'welcome.choose');
      await chooseLanguage(page, language.endonym);
      await page.getByRole('button', { name: message(language.code, 'bar.language'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: sentence })).toBeVisible();
      const from = sounds.events.length;
      await page.getByRole('button', { name: message(language.code, 'speech.listen'), exact: true }).click();
      await untilSectionRead(sounds, /^h1#welcome-title/, from);
      await page.getByRole('button', { name: message(language.code, 'speech.stop'), exact: true }).click();

      const log = new SoundLog();
      log.events.push(...sounds.events.slice(from));
      const first = log.spoken()[0];
      const withoutFullStop = (text: string): string => text.replace(/[.\s]+$/u, '');
      expect({ voice: first?.voice, text: withoutFullStop(first?.text ?? '') }, language.code).toEqual({ voice: language.voice, text: withoutFullStop(cleanText(sentence)) });
      const heard = measure(log.starts().filter((start) => start.reading?.startsWith('h1#welcome-title')));
      const characters = [...sentence].length;
      expect(heard.rms, `${language.code}: loud enough to hear (RMS of the samples)`).toBeGreaterThan(0.02);
      expect(heard.seconds, `${language.code}: ${characters} characters take a plausible time`).toBeGreaterThan(Math.max(0.4, 0.03 * characters));
      expect(heard.seconds, `${language.code}: ${characters} characters take a plausible time`).toBeLessThan(0.5 + 0.4 * characters);
      test.info().annotations.push({ type: 'heard', description: `${language.code}: ${characters} characters, ${heard.seconds.toFixed(2)} s, RMS ${heard.rms.toFixed(3)}` });
    }
  });
}

test('nothing plays before a tap on Listen, even with the engine loaded and a language chosen', async ({ page, sounds }) => {
  const engineLoaded = page.waitForResponse((response) => /espeak-ng-[\w-]+\.data$/.test(response.url()));
  await engineLoaded;
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  await page.waitForTimeout(1500);
  // (The first tap may open the audio output, suspended and silent, so Listen starts sooner.)
  expect(sounds.events.filter((event) => event.kind !== 'context'), 'no sound, nothing sent to be spoken').toEqual([]);
  expect(await page.evaluate(() => performance.getEntriesByName('read-aloud:first-sample').length)).toBe(0);
});

test('Listen reads section by section with the section highlighted, numbers group by group; Stop silences it at once', async ({ page, sounds }) => {
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  const listen = page.getByRole('button', { name: 'Listen' });
  await listen.click();
  await untilSectionRead(sounds, /^header/);
  // The section being read is marked on screen while its sound plays.
  await expect(page.locator('[data-reading]')).toBeVisible();
  await expect.poll(() => sounds.spoken().some((said) => / 1 1 [23],/.test(` ${said.text}`)), { timeout: 30_000 }).toBe(true);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
  expect(marks).toEqual(expect.arrayContaining(['read-aloud:tap', 'read-aloud:first-sample']));

  await page.getByRole('button', { name: 'Stop' }).click();
  const stoppedAt = Date.now();
  await expect(listen).toBeVisible();
  await expectSilencedAt(sounds, stoppedAt);
  await expect(page.locator('[data-reading]')).toHaveCount(0);
});

test('going to another screen silences it', async ({ page, sounds }) => {
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(() => sounds.starts().length, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  const leftAt = Date.now();
  await expectSilencedAt(sounds, leftAt);
});

test('quick exit silences it, and the next visitor hears the office’s volume again', async ({ page, sounds }) => {
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(() => sounds.starts().length, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Louder' }).click();
  await page.getByRole('button', { name: 'Louder' }).click();
  await expect.poll(() => sounds.starts().at(-1)?.gain, { timeout: 10_000 }).toBeCloseTo(0.8);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  const exitAt = Date.now();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  await expectSilencedAt(sounds, exitAt);

  await chooseLanguage(page, 'English');
  const before = sounds.starts().length;
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(() => sounds.starts().length, { timeout: 20_000 }).toBeGreaterThan(before);
  expect(sounds.starts().at(-1)?.gain).toBeCloseTo(0.6);
});

test.describe('with a short idle time', () => {
  test.use({ kioskConfig: { idleSeconds: 5, idleCountdownSeconds: 5 } });

  test('the prompt is said aloud to a listening visitor, and the reset silences everything', async ({ page, sounds }) => {
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Your rights in Norway' }).click();
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => sounds.spoken().some((said) => said.text.startsWith('Do you need more time?'))).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible({ timeout: 10_000 });
    await expectSilencedAt(sounds, Date.now());
  });
});

test.describe('an office that reads aloud by default', () => {
  test.use({ kioskConfig: { readAloudDefault: true } });

  test('each screen a visitor opens is read from their tap; the untouched welcome screen stays silent', async ({ page, sounds }) => {
    await page.waitForTimeout(1500);
    expect(sounds.events).toEqual([]);
    await chooseLanguage(page, 'English');
    await expect.poll(() => sounds.starts().some((start) => start.reading?.startsWith('h1#home-title')), { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: 'Get help now' }).click();
    const openedAt = Date.now();
    await expect.poll(() => sounds.startedAfter(openedAt).some((start) => start.reading?.startsWith('header')), { timeout: 20_000 }).toBe(true);
    expect(sounds.stillPlaying(openedAt).filter((sound) => sound.reading?.startsWith('h1#home-title'))).toEqual([]);
  });
});
