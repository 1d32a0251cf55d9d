/**
 * Recorded human speech wins over synthesis, and a broken engine leaves the kiosk working. The
 * recordings travel in the content pack (audio/<code>/<key>.ogg): here a built-in pack made for
 * the test; the recording is a one-second 440 Hz tone, easy to tell from a voice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { recordingFileName } from '../../electron/services/recordings';
import { builtInContent, contentWith } from '../support/content-packs';
import { chooseLanguage, expect, openStaffMode, test, inLandscapeOnly } from './fixtures';
import { message } from './content';
import { measure } from './sound-probe';
import { processTempFolder } from '../support/process-temp-folder';

const TONE = fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'tone-440hz-1s.ogg'));
const folder = processTempFolder('hjelpepunkt-recordings-');
const { builtinPack, trustedKeysFile } = builtInContent(
  folder,
  [],
  contentWith(Object.fromEntries([['en', 'home.title'], ['so', 'welcome.choose'], ['so', 'home.title']].map(([code, key]) => [recordingFileName(code ?? '', key ?? ''), TONE]))),
);

test.use({ soundProbe: true, builtinContent: { builtinPack, trustedKeysFile } });
// Only in the landscape project (decided from the viewport alone, before any kiosk or page starts).
inLandscapeOnly('sound does not depend on the screen’s shape');

test('a recording is played instead of the synthetic voice, and the rest is still synthesised', async ({ page, sounds }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(() => sounds.starts().some((start) => start.reading?.startsWith('p#')  || start.reading?.startsWith('p ')), { timeout: 20_000 }).toBe(true);
  await page.getByRole('button', { name: 'Stop' }).click();

  expect(asked).toContain('/__audio/en/home.title.ogg');
  const title = sounds.starts().filter((start) => start.reading?.startsWith('h1#home-title'));
  const tone = measure(title);
  expect(tone.seconds).toBeGreaterThan(0.9);
  expect(tone.seconds).toBeLessThan(1.2);
  // 440 Hz crosses zero 880 times a second; a voice does not hold one pitch like that.
  expect(tone.crossingsPerSecond).toBeGreaterThan(840);
  expect(tone.crossingsPerSecond).toBeLessThan(920);
  expect(sounds.spoken().map((said) => said.text)).not.toContain('What do you need?');
  // The intro has no recording: the English voice reads it.
  expect(sounds.spoken()[0]).toMatchObject({ voice: 'en', text: expect.stringContaining(message('en', 'home.intro').slice(0, 20)) });
});

test('a language without a voice can be heard where recordings exist: Listen appears and plays them', async ({ page, sounds }) => {
  await chooseLanguage(page, 'Soomaali');
  const listen = page.getByRole('button', { name: message('so', 'speech.listen') });
  await expect(listen).toBeVisible();
  await listen.click();
  await expect.poll(() => measure(sounds.starts()).seconds, { timeout: 20_000 }).toBeGreaterThan(0.9);
  expect(sounds.spoken()).toEqual([]);
});

test.describe('without recordings', () => {
  test.use({ builtinContent: null });

  test('a language with neither voice nor recordings has no Listen control', async ({ page }) => {
    await chooseLanguage(page, 'Soomaali');
    await expect(page.getByRole('heading', { level: 1, name: message('so', 'home.title') })).toBeVisible();
    await expect(page.getByRole('button', { name: message('so', 'speech.listen') })).toHaveCount(0);
  });

  test('a missing speech engine: Listen says it cannot speak, the numbers stay, and the health view names the fault', async ({ page, kiosk, pageProblems }) => {
    await page.route(/espeak-ng-[\w-]+\.data$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(kiosk.url);
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Get help now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Read-aloud is not available' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
    await expect(page.locator('bdi.phone').first()).toBeVisible();

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
    await openStaffMode(page);
    await page.getByRole('button', { name: 'Tilstand' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'motoren starter ikke (the voice data could not be loaded (HTTP 404))' })).toBeVisible({ timeout: 20_000 });
    // The refused file is this test's doing, not a fault of the page.
    const expected = pageProblems.filter((problem) => /HTTP 404 for .*espeak-ng-[\w-]+\.data$/.test(problem) || /Failed to load resource.*404/.test(problem));
    pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !expected.includes(problem)));
  });
});
