/**
 * axe (WCAG 2.2 AA) on every screen in every shipped language.
 */
import { chooseLanguage, expect, expectAccessible, test } from './fixtures';
import { message } from './content';

const LANGUAGES = (
  [
    ['nb', 'Norsk bokmål'],
    ['en', 'English'],
    ['ar', 'العربية'],
  ] as const
).map(([code, endonym]) => ({ endonym, helpNow: message(code, 'topics.help-now.title'), larger: message(code, 'bar.textLarger') }));

test('the welcome screen', async ({ page }) => {
  await expectAccessible(page, 'welcome');
});

for (const language of LANGUAGES) {
  test(`every screen in ${language.endonym}`, async ({ page }) => {
    await chooseLanguage(page, language.endonym);
    await expectAccessible(page, `${language.endonym} home`);
    await page.getByRole('button', { name: language.helpNow }).click();
    await expect(page.getByRole('heading', { level: 1, name: language.helpNow })).toBeVisible();
    await expectAccessible(page, `${language.endonym} get help now`);
    for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: language.larger }).click();
    await expectAccessible(page, `${language.endonym} get help now, largest text`);
  });
}

test.describe('the idle prompt', () => {
  test.use({ kioskConfig: { idleSeconds: 5, idleCountdownSeconds: 60 } });

  test('is accessible', async ({ page }) => {
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 8_000 });
    await expect(page.getByRole('button', { name: 'Yes, I need more time' })).toBeFocused();
    await expectAccessible(page, 'idle prompt');
  });
});
