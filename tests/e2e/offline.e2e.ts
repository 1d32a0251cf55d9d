/**
 * Offline by construction in a plain browser too: the CSP lets the page reach nothing but its
 * own origin, and the page offers nothing that opens another program (no tel: or mailto: links).
 */
import { chooseLanguage, expect, test, inLandscapeOnly } from './fixtures';

inLandscapeOnly();

test('the page is served with the kiosk CSP and cannot reach the outside', async ({ page, kiosk, pageGuard }) => {
  pageGuard.expectRefused('https://example.org/');
  pageGuard.expectRefused('https://example.org/pixel.png');
  const response = await page.request.get(kiosk.url);
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  const attempts = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const fetched = await fetch('https://example.org/').then(
      () => 'reached',
      () => 'blocked',
    );
    const image = new Image();
    image.src = 'https://example.org/pixel.png';
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { fetched, violations };
  });
  expect(attempts.fetched).toBe('blocked');
  expect(attempts.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
});

test('no link on any screen opens another program', async ({ page }) => {
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  await expect(page.locator('a[href]')).toHaveCount(0);
  await expect(page.locator('input[type=file]')).toHaveCount(0);
});
