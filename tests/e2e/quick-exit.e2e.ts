/**
 * Quick exit: one tap, from any screen, back to the welcome screen in the default language with
 * nothing of the visit left: not in storage, caches, cookies, history, or on screen.
 */
import { chooseLanguage, cleanTraces, expect, test, visitTraces } from './fixtures';
import { message } from './content';

test('quick exit sits at the same place on every screen', async ({ page }) => {
  const quickExit = page.getByRole('button', { name: 'Rask utgang' });
  // Where it sits once the screen's fonts have loaded (the bold face can arrive a frame late and widen the button).
  const place = async () => {
    await page.evaluate(() => document.fonts.ready);
    return quickExit.boundingBox();
  };
  const onWelcome = await place();
  await chooseLanguage(page, 'Norsk bokmål');
  const onHome = await place();
  await page.getByRole('button', { name: 'Få hjelp nå' }).click();
  const onTopic = await place();
  expect(onHome).toEqual(onWelcome);
  expect(onTopic).toEqual(onWelcome);
  expect(onWelcome?.height).toBeGreaterThanOrEqual(48);
});

test('quick exit wipes everything the visit left and returns to the welcome screen', async ({ page, kiosk }) => {
  // Playwright's tab starts on about:blank, so the kiosk page is its second history entry.
  const historyBefore = await page.evaluate(() => history.length);
  await chooseLanguage(page, 'العربية');
  await page.getByRole('button', { name: message('ar', 'topics.help-now.title'), exact: true }).click();
  await page.getByRole('button', { name: message('ar', 'bar.textLarger') }).click();
  // Traces a page could leave, planted as if something had stored them during the visit.
  await page.evaluate(async () => {
    localStorage.setItem('visited', 'help-now');
    sessionStorage.setItem('language', 'ar');
    document.cookie = 'seen=1; path=/; max-age=3600';
    await (await caches.open('visit')).put('/trace', new Response('trace'));
  });

  await page.getByRole('button', { name: message('ar', 'bar.quickExit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();

  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByText(message('ar', 'topics.help-now.title'))).toHaveCount(0);
  const traces = await visitTraces(page);
  expect(traces).toEqual(cleanTraces(historyBefore));
  expect(traces.text).not.toContain(message('ar', 'topics.help-now.title'));
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim())).toBe('1');
  // Back leads out of the kiosk (to the tab's blank start), never to a screen of the visit.
  await page.goBack();
  expect(page.url().startsWith(kiosk.url)).toBe(false);
});
