/**
 * The page itself refuses what a browser offers on any page (the Chromium fallback has nothing
 * else to stop it): a context menu, drag and drop, text selection (except in staff text fields),
 * and translation.
 */
import { expect, test, inLandscapeOnly } from './fixtures';

inLandscapeOnly();

/** Dispatches a cancelable event of `type` at the element and says whether the page refused it. */
async function refused(locator: import('@playwright/test').Locator, type: string): Promise<boolean> {
  return locator.evaluate((element, eventType) => {
    const event = eventType.startsWith('drag') || eventType === 'drop' ? new DragEvent(eventType, { bubbles: true, cancelable: true }) : new MouseEvent(eventType, { bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    return event.defaultPrevented;
  }, type);
}

test('the page declares itself untranslatable', async ({ page }) => {
  await expect(page.locator('html')).toHaveAttribute('translate', 'no');
  await expect(page.locator('meta[name="google"]')).toHaveAttribute('content', 'notranslate');
});

test('no context menu, drag and drop or text selection on a visitor screen', async ({ page }) => {
  const heading = page.getByRole('heading', { level: 1 });
  const button = page.getByRole('button', { name: 'English', exact: true });
  for (const type of ['contextmenu', 'dragstart', 'dragover', 'drop', 'selectstart']) {
    expect(await refused(heading, type), `${type} on the heading`).toBe(true);
  }
  expect(await refused(button, 'contextmenu')).toBe(true);
  // A real right click and a triple click select nothing.
  await heading.click({ button: 'right' });
  await heading.click({ clickCount: 3 });
  expect(await page.evaluate(() => String(window.getSelection()))).toBe('');
});

test.describe('on the first-run setup', () => {
  test.use({ staffPin: null });

  test('staff text fields can still be selected, and have no context menu either', async ({ page }) => {
    await page.getByRole('button', { name: 'Neste' }).click();
    const pinField = page.getByRole('textbox', { name: /Ny PIN/ });
    await expect(pinField).toBeVisible();
    expect(await refused(pinField, 'selectstart')).toBe(false);
    expect(await refused(pinField, 'contextmenu')).toBe(true);
  });
});
