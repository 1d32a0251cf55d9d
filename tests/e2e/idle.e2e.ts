/**
 * The idle timeout: "Do you need more time?" with a countdown, then the same wipe as quick exit.
 */
import { chooseLanguage, cleanTraces, expect, inLandscapeOnly, test, visitTraces } from './fixtures';

inLandscapeOnly();

test.describe('with the idle time set short by the office', () => {
  test.use({ kioskConfig: { idleSeconds: 5, idleCountdownSeconds: 5 } });

  test('asks, keeps the visit when the visitor wants more time, and wipes it when nobody answers', async ({ page }) => {
    const historyBefore = await page.evaluate(() => history.length);
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Get help now' }).click();
    await page.evaluate(async () => {
      // Traces a page could leave, planted as if something had stored them during the visit.
      sessionStorage.setItem('language', 'en');
      document.cookie = 'seen=1; path=/; max-age=3600';
      await (await caches.open('visit')).put('/trace', new Response('trace'));
    });
    const prompt = page.getByRole('alertdialog', { name: 'Do you need more time?' });
    await expect(prompt).toBeVisible({ timeout: 8_000 });
    await expect(prompt).toContainText(/The screen will clear in \d seconds?\./);

    await prompt.getByRole('button', { name: 'Yes, I need more time' }).click();
    await expect(prompt).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();

    await expect(prompt).toBeVisible({ timeout: 8_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible({ timeout: 8_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    const traces = await visitTraces(page);
    expect(traces).toEqual(cleanTraces(historyBefore));
    expect(traces.text).not.toContain('Get help now');
  });
});

test('by default the prompt comes after 120 seconds and counts down 20', async ({ page }) => {
  await page.clock.install();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  // Time stands still from here, so "120 seconds after the touch" does not depend on how long the
  // language's messages take to arrive.
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you need?' })).toBeVisible();
  const prompt = page.getByRole('alertdialog', { name: 'Do you need more time?' });
  await page.clock.runFor(119_000);
  await expect(prompt).toBeHidden();
  await page.clock.runFor(1_000);
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('The screen will clear in 20 seconds.');
  await page.clock.runFor(5_000);
  await expect(prompt).toContainText('The screen will clear in 15 seconds.');
  await prompt.getByRole('button', { name: 'No, clear the screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
});

test('an untouched welcome screen is left alone', async ({ page }) => {
  await page.clock.install();
  await page.reload();
  await page.clock.runFor(600_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
});
