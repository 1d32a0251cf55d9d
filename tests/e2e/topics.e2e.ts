/**
 * Every topic, in Norwegian and English: reachable from home in one tap, its text on screen, its
 * contacts with their numbers, and axe (WCAG 2.2 AA) passing.
 */
import { chooseLanguage, expect, expectAccessible, test, inLandscapeOnly } from './fixtures';
import { contact, message, sourceLabels, TOPICS } from './content';

inLandscapeOnly();

for (const [language, endonym] of [['nb', 'Norsk bokmål'], ['en', 'English']] as const) {
  test(`every topic in ${endonym}`, async ({ page }) => {
    // Eight topics, each checked with axe.
    test.setTimeout(120_000);
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
      // A kiosk shows the office's own numbers and regional services only once the office sets them.
      for (const id of topic.contacts.filter((id) => !contact(id).phoneFromSetting && !contact(id).area)) {
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

test.describe('opening hours, in Norwegian time', () => {
  test('a contact with office hours shows them, and whether it is open now', async ({ page }) => {
    // Wednesday 25 November 2026, 11:00 in Oslo (10:00 UTC).
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00Z'));
    await page.reload();
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Going home safely' }).click();
    const iom = page.getByRole('article', { name: 'IOM – International Organization for Migration' });
    await expect(iom.getByText('Open now, until 15:00')).toBeVisible();
    await expect(iom.getByText(/Open Monday–Friday 10:00–15:00/)).toBeVisible();
  });

  test('when it is closed, it says when it opens and what to do meanwhile', async ({ page }) => {
    // Saturday 28 November 2026, 20:00 in Oslo.
    await page.clock.setFixedTime(new Date('2026-11-28T19:00:00Z'));
    await page.reload();
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Going home safely' }).click();
    const iom = page.getByRole('article', { name: 'IOM – International Organization for Migration' });
    await expect(iom.getByText('Closed now. Opens Monday at 10:00')).toBeVisible();
    await expect(iom.getByText('In danger now? Call 112. ROSA answers day and night: 22 33 11 60.')).toBeVisible();
  });

  test('on a public holiday it never says "open now" when the source does not say how holidays are treated', async ({ page }) => {
    // Monday 17 May 2027 (Constitution Day), 11:00 in Oslo: IOM's office hours, but a public holiday.
    await page.clock.setFixedTime(new Date('2027-05-17T09:00:00Z'));
    await page.reload();
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Going home safely' }).click();
    const iom = page.getByRole('article', { name: 'IOM – International Organization for Migration' });
    await expect(iom.getByText('Public holiday today: it may be closed.')).toBeVisible();
    await expect(iom.getByText(/Open now/)).toHaveCount(0);
    await expect(iom.getByText('In danger now? Call 112. ROSA answers day and night: 22 33 11 60.')).toBeVisible();
  });
});

test.describe('an office that entered its local numbers and turned on a regional service', () => {
  test.use({ kioskConfig: { childWelfareEmergencyPhone: '55 36 11 80', crisisCentrePhone: '12 34 56 78', regionalContacts: ['helsesenter-oslo'] } });

  test('shows its child welfare emergency service and crisis centre on "Get help now" and for children, and the health centre with the rights', async ({ page }) => {
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Get help now' }).click();
    await expect(page.getByRole('article', { name: 'Child welfare emergency service near you' }).getByText('55 36 11 80', { exact: true })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Crisis centre near you' }).getByText('12 34 56 78', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Children and young people' }).click();
    await expect(page.getByRole('article', { name: 'Child welfare emergency service near you' })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Your rights in Norway' }).click();
    await expect(page.getByRole('article', { name: 'Health centre for undocumented migrants (Oslo)' }).getByText('488 90 560', { exact: true })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Health centre for undocumented migrants (Bergen)' })).toHaveCount(0);
  });
});

test('a kiosk whose office has not entered its local numbers shows no empty card for them', async ({ page }) => {
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  await expect(page.getByRole('article', { name: 'Crisis centres' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Child welfare emergency service near you' })).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Crisis centre near you' })).toHaveCount(0);
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
