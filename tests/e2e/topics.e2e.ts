/**
 * Every topic, in Norwegian and English: reachable from home in one tap, its text on screen, its
 * contacts with their numbers, and axe (WCAG 2.2 AA) passing.
 */
import { chooseLanguage, expect, expectAccessible, test } from './fixtures';
import { contact, message, sourceLabels, TOPICS } from './content';

for (const [language, endonym] of [['nb', 'Norsk bokmål'], ['en', 'English']] as const) {
  test(`every topic in ${endonym}`, async ({ page }) => {
    await chooseLanguage(page, endonym);
    for (const topic of TOPICS) {
      const title = message(language, `topics.${topic.id}.title`);
      await page.getByRole('button', { name: title, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      for (const block of topic.blocks) {
        await expect(page.getByRole('heading', { level: 2, name: message(language, `topics.${topic.id}.blocks.${block}.title`), exact: true })).toBeAttached();
      }
      const sourceLine = page.getByText(`${message(language, 'topic.source')}:`);
      for (const label of sourceLabels(topic)) await expect(sourceLine, `${topic.id} source line`).toContainText(label);
      const contacts = page.getByRole('region', { name: message(language, 'topic.contactsHeading') });
      for (const id of topic.contacts) {
        const card = contacts.getByRole('article', { name: message(language, `contacts.${id}.name`), exact: true });
        await expect(card, `${topic.id} → ${id}`).toBeAttached();
        for (const phone of contact(id).phones) await expect(card.getByText(phone.display, { exact: true })).toBeAttached();
        const web = contact(id).web;
        if (web) await expect(card.getByText(web, { exact: true })).toBeAttached();
      }
      await expectAccessible(page, `${language} ${topic.id}`);
      await page.getByRole('button', { name: message(language, 'topic.back') }).click();
    }
  });
}

test('a long topic can be read to the end with the big scroll buttons alone', async ({ page }) => {
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
  // A reader pauses on each screenful; the pause also lets the smooth scroll finish.
  for (let press = 0; press < 40 && (await down.isVisible()); press += 1) {
    await down.click();
    await page.waitForTimeout(400);
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

test.describe('opening hours, in Norwegian time', () => {
  test('a contact with office hours shows them, and whether it is open now', async ({ page }) => {
    // Wednesday 25 November 2026, 11:00 in Oslo (10:00 UTC).
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00Z'));
    await page.reload();
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Going home safely' }).click();
    const iom = page.getByRole('article', { name: 'IOM – help to return home' });
    await expect(iom.getByText('Open now, until 15:00')).toBeVisible();
    await expect(iom.getByText(/Open Monday–Friday 10:00–15:00/)).toBeVisible();
  });

  test('when it is closed, it says when it opens and what to do meanwhile', async ({ page }) => {
    // Saturday 28 November 2026, 20:00 in Oslo.
    await page.clock.setFixedTime(new Date('2026-11-28T19:00:00Z'));
    await page.reload();
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Going home safely' }).click();
    const iom = page.getByRole('article', { name: 'IOM – help to return home' });
    await expect(iom.getByText('Closed now. Opens Monday at 10:00')).toBeVisible();
    await expect(iom.getByText('In danger now? Call 112. ROSA answers day and night: 22 33 11 60.')).toBeVisible();
  });
});

test.describe('an office with its own contacts', () => {
  test.use({
    kioskConfig: {
      localContacts: [
        { id: 'barnevernvakt-byen', name: 'Barnevernvakta i Byen', what: 'Akutt hjelp til barn, hele døgnet', phone: '12 34 56 78', hours: { type: 'always' }, topics: ['help-now', 'children'] },
        { id: 'typo', name: 'Feilskrevet', phone: 'ring oss' },
      ],
    },
  });

  test('shows them as "added by this office", and leaves out the invalid one', async ({ page }) => {
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Children and young people' }).click();
    const card = page.getByRole('article', { name: 'Barnevernvakta i Byen' });
    await expect(card).toBeVisible();
    await expect(card.getByText('Added by this office')).toBeVisible();
    await expect(card.getByText('12 34 56 78', { exact: true })).toBeVisible();
    await expect(page.getByText('Feilskrevet')).toHaveCount(0);
    await expectAccessible(page, 'topic with a local contact');
  });
});
