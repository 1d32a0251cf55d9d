/**
 * A visitor's path: choose a language by its own name, open "Get help now", read every number.
 */
import { chooseLanguage, expect, test } from './fixtures';
import { contact, message } from './content';

const HELP_NOW_CONTACTS = ['police-emergency', 'police', 'rosa', 'stottesenter', 'alarmtelefonen'];

test('the welcome screen offers each language by its own name, large enough for a finger, without flags', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  for (const endonym of ['Norsk bokmål', 'English', 'العربية']) {
    const button = page.getByRole('button', { name: endonym, exact: true });
    await expect(button).toBeVisible();
    const box = await button.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(72);
    expect(box?.width).toBeGreaterThanOrEqual(150);
    await expect(button.locator('img')).toHaveCount(0);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('"Get help now" shows every emergency and helpline number from the registry', async ({ page }) => {
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you need?' })).toBeVisible();
  const topics = page.getByRole('list').first().getByRole('button');
  await expect(topics.first()).toHaveText('Get help now');
  await page.getByRole('button', { name: 'Get help now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();

  const names: Record<string, string> = {
    'police-emergency': 'Police – emergency',
    police: 'Police',
    rosa: 'ROSA helpline',
    stottesenter: 'Support Centre for Victims of Crime',
    alarmtelefonen: 'Helpline for children and young people',
  };
  for (const id of HELP_NOW_CONTACTS) {
    const card = page.getByRole('article', { name: names[id], exact: true });
    await expect(card, id).toBeVisible();
    for (const phone of contact(id).phones) await expect(card.getByText(phone.display, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('article', { name: 'ROSA helpline' }).getByText('Open day and night, every day')).toBeVisible();
});

test('Arabic turns the page right-to-left and keeps every phone number in its reading order', async ({ page }) => {
  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByRole('button', { name: message('ar', 'topics.help-now.title'), exact: true }).click();

  // For each number on screen, the digit groups must appear left to right as written
  // ("22 33 11 60", never "60 11 33 22"), judged by where they are drawn, not by the DOM text.
  const orders = await page.locator('bdi.phone').evaluateAll((elements) =>
    elements.map((element) => {
      const text = element.firstChild;
      const groups: number[] = [];
      if (!text || text.nodeType !== Node.TEXT_NODE) return { text: element.textContent, groups };
      for (const match of (text.textContent ?? '').matchAll(/\d+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        groups.push(range.getBoundingClientRect().left);
      }
      return { text: element.textContent, groups };
    }),
  );
  expect(orders.length).toBeGreaterThanOrEqual(10);
  for (const { text, groups } of orders) {
    expect(groups.length, text ?? '').toBeGreaterThan(0);
    expect(groups, `${text} is drawn in the wrong order`).toEqual([...groups].sort((a, b) => a - b));
  }
  await expect(page.getByText('22 33 11 60', { exact: true }).first()).toBeVisible();
});

test('the text can grow to twice its size without anything running off the screen', async ({ page }) => {
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const larger = page.getByRole('button', { name: 'Larger text' });
  for (let step = 0; step < 4; step += 1) await larger.click();
  await expect(larger).toBeDisabled();
  const after = await heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(after / before).toBeCloseTo(2, 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Smaller text' }).click();
  await expect(larger).toBeEnabled();
});

test('a long topic can be read to the end with the big scroll buttons alone', async ({ page }) => {
  test.setTimeout(120_000);
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'For staff and professionals' }).click();
  for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: 'Larger text' }).click();
  const region = page.getByRole('region', { name: 'For staff and professionals' });
  const lastBlock = region.getByRole('heading', { level: 2, name: 'KOM', exact: true });
  const lastContact = region.getByRole('article', { name: 'KOM – Coordination Unit against Human Trafficking' });
  /** Whether an element is wholly visible inside the scrolling region (not just in the window). */
  const shown = (locator: typeof lastBlock) =>
    locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const pane = element.closest('[role=region]')?.getBoundingClientRect();
      return Boolean(pane) && box.top >= (pane?.top ?? 0) - 1 && box.bottom <= (pane?.bottom ?? 0) + 1;
    });
  expect(await shown(lastBlock)).toBe(false);

  const down = page.getByRole('button', { name: 'Scroll down' });
  let sawLastBlock = false;
  // Each press scrolls smoothly; the next comes once the pane has stopped (scrollend), as a reader's
  // would, so a slow machine makes the walk slower but never shorter.
  for (let press = 0; press < 40 && (await down.isVisible()); press += 1) {
    const stopped = page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          document.addEventListener('scrollend', () => resolve(), { capture: true, once: true });
          setTimeout(resolve, 3000);
        }),
    );
    await down.click();
    await stopped;
    sawLastBlock ||= await shown(lastBlock);
  }
  expect(sawLastBlock, 'every block passes through view').toBe(true);
  // The end of the last contact is in view (at 200% a card can be taller than the pane itself).
  const reachedEnd = await lastContact.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const pane = element.closest('[role=region]')?.getBoundingClientRect();
    return Boolean(pane) && box.bottom <= (pane?.bottom ?? 0) + 1 && box.bottom > (pane?.top ?? 0);
  });
  expect(reachedEnd, 'the last contact is reached').toBe(true);
  await expect(page.getByRole('button', { name: 'Scroll up' })).toBeVisible();
});
