/**
 * A content update as an office does it: staff look for content packs (here in the office's
 * import folder), install a newer signed pack in which ROSA's number differs, and both the visitor
 * screen and a printed slip then show the new number. A tampered pack is refused with its reason,
 * and both keep the number they had.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chooseLanguage, expect, openStaffMode, test } from '../e2e/fixtures';
import { contactsWithNumber, contentWith, testKey, writePack } from '../support/content-packs';
import { pdfText } from '../support/pdf-tools';
import { processTempFolder } from '../support/process-temp-folder';

const OLD = '22 33 11 60';
const NEW = '22 33 11 99';
const maintainer = testKey('Nasjonal innholdsredaksjon (test)');
const folder = processTempFolder('hjelpepunkt-usb-');

test.use({ contentKeys: [maintainer], kioskConfig: { contentImportFolder: folder } });

/** ROSA's number as a visitor sees it on "Get help now", and as the slip for it prints. */
async function rosaOnScreenAndSlip(page: Page): Promise<{ screen: string; slip: string }> {
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  const screen = (await page.getByRole('article', { name: 'ROSA helpline' }).locator('bdi.phone').first().textContent()) ?? '';
  await page.getByRole('button', { name: 'Print these numbers' }).click();
  const src = (await page.getByTitle('What the slip will look like').getAttribute('src')) ?? '';
  const slipPage = await page.context().newPage();
  await slipPage.goto(new URL(src, page.url()).href);
  const file = path.join(folder, `slip-${Date.now()}.pdf`);
  await slipPage.pdf({ path: file, width: '80mm', height: '297mm' });
  await slipPage.close();
  const slip = pdfText(file);
  fs.rmSync(file);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();
  return { screen, slip };
}

test('staff install a newer signed pack: the screen and the printed slip show its number', async ({ page }) => {
  writePack(path.join(folder, 'hjelpepunkt-innhold.hjpack'), maintainer, { version: 202612010900, files: contentWith({ 'contacts.json': contactsWithNumber('rosa', NEW) }) });
  const before = await rosaOnScreenAndSlip(page);
  expect(before.screen).toBe(OLD);
  expect(before.slip).toContain(OLD);

  await openStaffMode(page);
  await page.getByRole('button', { name: 'Innhold og oppdateringer' }).click();
  await expect(page.getByText('I bruk: innholdet som følger med denne versjonen av appen (versjon 0)')).toBeVisible();
  await page.getByRole('button', { name: 'Se etter innholdspakker (minnepinne og importmappe)' }).click();
  await page.getByRole('button', { name: 'Installer versjon 202612010900' }).click();
  await expect(page.getByRole('status')).toHaveText('Versjon 202612010900 er installert og kontrollert.');
  await page.getByRole('button', { name: 'Vis det nye innholdet nå (avslutter ansattmodus)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velg språk' })).toBeVisible();

  const after = await rosaOnScreenAndSlip(page);
  expect(after.screen).toBe(NEW);
  expect(after.slip).toContain(NEW);
  expect(after.slip).not.toContain(OLD);
});

test('a tampered pack is refused with its reason; the screen and the slip keep their number', async ({ page }) => {
  const file = writePack(path.join(folder, 'endret.hjpack'), maintainer, { version: 202612020900, files: contentWith({ 'contacts.json': contactsWithNumber('rosa', NEW) }) });
  // Someone changes the number in the pack after it was signed.
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(Buffer.from(NEW).toString('base64').slice(0, 8), Buffer.from('66 66 66').toString('base64').slice(0, 8)));

  await openStaffMode(page);
  await page.getByRole('button', { name: 'Innhold og oppdateringer' }).click();
  await page.getByRole('button', { name: 'Se etter innholdspakker (minnepinne og importmappe)' }).click();
  await page.getByRole('button', { name: 'Installer versjon 202612020900' }).click();
  await expect(page.getByRole('status')).toContainText('Ikke installert: en fil i pakken er endret etter at den ble signert.');
  await expect(page.getByText('I bruk: innholdet som følger med denne versjonen av appen (versjon 0)')).toBeVisible();
  await page.getByRole('button', { name: 'Rask utgang' }).click();

  const after = await rosaOnScreenAndSlip(page);
  expect(after.screen).toBe(OLD);
  expect(after.slip).toContain(OLD);
});
