/**
 * Every staff screen (in Norwegian and English, the staff languages; the walkthrough with a
 * visitor language beside them), measured as the visitor screens are in languages.e2e.ts: axe
 * WCAG 2.2 AA, every control at least 48 × 48 CSS px, no text clipped. Landscape at 100 % text in
 * the normal theme, portrait at 200 % text in high contrast. And focus is always visible.
 * (The visitor screens, in every language, are walked in languages.e2e.ts.)
 */
import type { Page, TestInfo } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, expectAccessible, holdStaffCorner, test, TEST_PIN, inLandscapeOnly } from './fixtures';
import { message } from './content';
import { overflowing, smallTargets } from './layout-checks';

const largeAndContrast = (testInfo: TestInfo): boolean => testInfo.project.name === 'portrait';

async function check(page: Page, testInfo: TestInfo, where: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const label = `${where}${largeAndContrast(testInfo) ? ' (200 %, high contrast)' : ''}`;
  expect(await overflowing(page), `${label}: clipped or overflowing text`).toEqual([]);
  expect(await smallTargets(page), `${label}: controls smaller than 48 × 48 px`).toEqual([]);
  await expectAccessible(page, label);
}

/** The text size and theme of the walk, set with the bar's own controls (in the visitor language, Norwegian here). */
async function setSizeAndTheme(page: Page, testInfo: TestInfo): Promise<void> {
  if (!largeAndContrast(testInfo)) return;
  for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: message('nb', 'bar.textLarger') }).click();
  await page.getByRole('button', { name: message('nb', 'bar.contrast') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-contrast');
}

for (const staffLanguage of ['nb', 'en'] as const) {
  const st = (key: string): string => message(staffLanguage, `staff.${key}`);

  test.describe(`staff screens in ${staffLanguage}`, () => {
    test.use({ kioskConfig: { staffLanguage } });

    test('every staff screen passes axe, has large enough controls and fits', async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      await setSizeAndTheme(page, testInfo);
      await holdStaffCorner(page);
      await expect(page.getByRole('heading', { level: 1, name: st('pin.title') })).toBeVisible();
      await check(page, testInfo, 'PIN pad');
      for (const digit of TEST_PIN) await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: st('pin.ok'), exact: true }).click();
      const home = page.getByRole('heading', { level: 1, name: st('home.title'), exact: true });
      await expect(home).toBeVisible();
      await check(page, testInfo, 'staff home');

      for (const [button, heading] of [['home.settings', 'settings.title'], ['home.health', 'health.title'], ['home.counters', 'counters.title'], ['home.content', 'content.title'], ['home.about', 'about.title']] as const) {
        await page.getByRole('button', { name: st(button), exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: st(heading) })).toBeVisible();
        if (heading === 'health.title') await expect(page.getByRole('status').filter({ hasText: st('health.speechLiveOk').slice(0, 12) })).toBeVisible({ timeout: 20_000 });
        if (heading === 'about.title') await expect(page.getByText('@echogarden/espeak-ng-emscripten')).toBeVisible();
        await check(page, testInfo, heading.split('.')[0] ?? heading);
        await page.getByRole('button', { name: st('back'), exact: true }).last().click();
        await expect(home).toBeVisible();
      }

      await page.getByRole('button', { name: st('home.walkthrough') }).click();
      await check(page, testInfo, 'walkthrough, choose language');
      await page.getByRole('button', { name: 'العربية' }).click();
      await check(page, testInfo, 'walkthrough, introduction');
      await page.getByRole('button', { name: message('ar', 'walkthrough.start') }).click();
      await check(page, testInfo, 'walkthrough, a question');
      const skip = page.getByRole('button', { name: new RegExp(`${message(staffLanguage, 'walkthrough.answers.skip')}$`) }).first();
      for (let question = 0; question < 8; question += 1) await skip.click();
      await expect(page.locator('.results')).toBeVisible();
      await check(page, testInfo, 'walkthrough, results');
    });
  });
}

test.describe('the first-run setup', () => {
  test.use({ staffPin: null });

  test('every step passes axe, has large enough controls and fits', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await setSizeAndTheme(page, testInfo);
    await check(page, testInfo, 'setup, step 1');
    for (let step = 2; step <= 6; step += 1) {
      await page.getByRole('button', { name: message('nb', 'staff.setup.next') }).click();
      await expect(page.getByText(message('nb', 'staff.setup.step').replace('{number}', String(step)).replace('{total}', '6'))).toBeVisible();
      // Step 2 waits for a PIN: fill it in on the kiosk's keyboard, which is checked too.
      if (step === 2) {
        await page.getByLabel(message('nb', 'staff.settings.newPin')).click();
        await check(page, testInfo, 'setup, the on-screen keyboard');
        for (const digit of '135791') await page.getByRole('group', { name: message('nb', 'staff.keyboard.label') }).getByRole('button', { name: digit, exact: true }).click();
        await page.getByLabel(message('nb', 'staff.settings.repeatPin')).click();
        for (const digit of '135791') await page.getByRole('group', { name: message('nb', 'staff.keyboard.label') }).getByRole('button', { name: digit, exact: true }).click();
        await page.getByRole('button', { name: message('nb', 'staff.keyboard.done') }).click();
      }
      await check(page, testInfo, `setup, step ${step}`);
    }
  });
});

/** Pixels that differ between two PNG screenshots of the same size. */
function differingPixels(before: Buffer, after: Buffer): number {
  const [a, b] = [PNG.sync.read(before), PNG.sync.read(after)];
  let count = 0;
  for (let index = 0; index < a.data.length; index += 4) {
    if (Math.abs((a.data[index] ?? 0) - (b.data[index] ?? 0)) + Math.abs((a.data[index + 1] ?? 0) - (b.data[index + 1] ?? 0)) + Math.abs((a.data[index + 2] ?? 0) - (b.data[index + 2] ?? 0)) > 60) count += 1;
  }
  return count;
}

test.describe('in one viewport', () => {
  // The same in both viewports: only landscape (decided from the viewport alone, before any page starts).
  inLandscapeOnly('the same in both viewports');

  test('keyboard focus is drawn as a clear ring, in the normal theme and in high contrast', async ({ page }) => {
    for (const contrast of [false, true]) {
      if (contrast) await page.getByRole('button', { name: message('nb', 'bar.contrast') }).click();
      const english = page.getByRole('button', { name: 'English', exact: true });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const box = await english.boundingBox();
      if (!box) throw new Error('no English button');
      const clip = { x: box.x - 14, y: box.y - 14, width: box.width + 28, height: box.height + 28 };
      const before = await page.screenshot({ clip });
      await english.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(english).toBeFocused();
      const after = await page.screenshot({ clip });
      // The ring runs all round the button: at least its perimeter times the ring's 4 px.
      expect(differingPixels(before, after), contrast ? 'focus ring in high contrast' : 'focus ring').toBeGreaterThan(2 * (box.width + box.height) * 4);
    }
  });

  test.describe('a visitor whose system asks for reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('sees no transition or animation on any control', async ({ page }) => {
      for (const screen of ['welcome', 'home']) {
        if (screen === 'home') await page.getByRole('button', { name: 'English', exact: true }).click();
        const moving = await page.evaluate(() =>
          [...document.querySelectorAll('body *')].filter((element) => {
            const style = getComputedStyle(element);
            const seconds = (list: string): number => Math.max(...list.split(',').map((value) => parseFloat(value) || 0));
            return seconds(style.transitionDuration) > 0 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0);
          }).length,
        );
        expect(moving, `${screen}: elements that move`).toBe(0);
      }
    });
  });
});
