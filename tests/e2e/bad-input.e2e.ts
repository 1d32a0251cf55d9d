/**
 * Bad settings never stop the kiosk: the visitor still gets the languages and the numbers.
 */
import { chooseLanguage, expect, test, inLandscapeOnly } from './fixtures';

inLandscapeOnly();

test.describe('a corrupt settings file', () => {
  test.use({ kioskConfig: '{"idleSeconds": 30, "defaultLanguage": ' });

  test('starts with defaults and still shows the numbers', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Get help now' }).click();
    await expect(page.getByRole('article', { name: 'ROSA helpline' }).getByText('22 33 11 60', { exact: true })).toBeVisible();
  });
});

test.describe('a default language the kiosk does not ship', () => {
  test.use({ kioskConfig: { defaultLanguage: 'xx' } });

  test('falls back to Norwegian bokmål', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  });
});

test.describe('an office that chose English first and only two languages', () => {
  test.use({ kioskConfig: { defaultLanguage: 'en', languages: ['en', 'ar'] } });

  test('opens in English and offers those two, in that order', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: 'Choose your language' })).toBeVisible();
    const names = await page.getByRole('list').getByRole('button').allTextContents();
    expect(names.map((name) => name.trim())).toEqual(['English', 'العربية']);
  });
});
