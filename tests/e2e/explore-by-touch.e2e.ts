/**
 * Explore by touch, as a blind visitor uses it: one tap on the large switch turns it on and says
 * so; then the first tap on a control says its accessible name (as Chromium computes it) and does
 * nothing else, the second activates it; language names are said in their own voices; quick exit
 * stays one tap; the mode ends with the visit unless the office made it the default.
 */
import type { Locator } from '@playwright/test';
import { chooseLanguage, expect, test, inLandscapeOnly } from './fixtures';
import { message } from './content';

test.use({ soundProbe: true });
// Only in the landscape project (decided from the viewport alone, before any kiosk or page starts).
inLandscapeOnly('the same in both viewports');

/** The accessible name Chromium gives a control (from Playwright's ARIA snapshot). */
async function accessibleName(control: Locator): Promise<string> {
  const snapshot = await control.ariaSnapshot();
  const name = /^- \w+ "((?:[^"\\]|\\.)*)"/.exec(snapshot)?.[1];
  if (name === undefined) throw new Error(`no name in ${snapshot}`);
  return name.replace(/\\"/g, '"');
}

const EXPLORE = message('nb', 'speech.explore');

test('first tap names, second tap activates; names are the accessible names, in their own languages; quick exit is one tap', async ({ page, sounds }) => {
  const toggle = page.getByRole('button', { name: EXPLORE });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => sounds.spoken().at(-1)).toEqual({ voice: 'nb', text: `${EXPLORE}: ${message('nb', 'speech.on')}` });
  await expect.poll(() => sounds.starts().length, { timeout: 20_000 }).toBeGreaterThan(0);

  // A language: named in its own voice, not chosen.
  const ukrainian = page.getByRole('button', { name: 'Українська', exact: true });
  await ukrainian.click();
  await expect.poll(() => sounds.spoken().at(-1)).toEqual({ voice: 'uk', text: await accessibleName(ukrainian) });
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  // A language without a voice: its name, then that it cannot be read aloud, in the page's voice.
  await page.getByRole('button', { name: 'Soomaali', exact: true }).click();
  await expect.poll(() => sounds.spoken().at(-1)).toEqual({ voice: 'nb', text: `Soomaali. ${message('nb', 'speech.unavailable')}` });

  const english = page.getByRole('button', { name: 'English', exact: true });
  await english.click();
  await expect.poll(() => sounds.spoken().at(-1)).toEqual({ voice: 'en', text: await accessibleName(english) });
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  await english.click();
  await expect(page.getByRole('heading', { level: 1, name: 'What do you need?' })).toBeVisible();

  // Controls of every kind: a topic, a bar button with a label of its own, a toggle with its state.
  for (const control of [page.getByRole('button', { name: 'Get help now' }), page.getByRole('button', { name: 'Larger text' }), page.getByRole('button', { name: 'High contrast' })]) {
    const name = await accessibleName(control);
    const pressed = await control.getAttribute('aria-pressed');
    await control.click();
    const said = (): string => sounds.spoken().map((spoken) => spoken.text).slice(pressed ? -2 : -1).join(' ');
    await expect.poll(said).toBe(pressed ? `${name} ${pressed === 'true' ? 'on' : 'off'}` : name);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'What do you need?' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast');
  await page.getByRole('button', { name: 'Get help now' }).click();
  await page.getByRole('button', { name: 'Get help now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();

  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  // The mode ended with the visit.
  await expect(page.getByRole('button', { name: EXPLORE })).toHaveAttribute('aria-pressed', 'false');
});

test('with the mode on, a second tap on the switch turns it off and says so', async ({ page, sounds }) => {
  const toggle = page.getByRole('button', { name: EXPLORE });
  await toggle.click();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => sounds.spoken().at(-1)?.text).toBe(`${EXPLORE}: ${message('nb', 'speech.off')}`);
  // Off: one tap chooses a language again.
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you need?' })).toBeVisible();
});

test.describe('an office that made it the default', () => {
  test.use({ kioskConfig: { exploreByTouchDefault: true } });

  test('is on for every visitor, also after quick exit', async ({ page }) => {
    await expect(page.getByRole('button', { name: EXPLORE })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
    await page.getByRole('button', { name: 'Rask utgang' }).click();
    await expect(page.getByRole('button', { name: EXPLORE })).toHaveAttribute('aria-pressed', 'true');
  });
});
