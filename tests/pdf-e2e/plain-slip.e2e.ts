/**
 * A plain slip, printed the way a visitor prints it: through the kiosk's own screens (language,
 * "Get help now", "Print these numbers", plain by default), then the previewed slip turned into a
 * PDF by Chromium's print stack. Its text must hold the numbers and none of the words, in the
 * visitor's language or in Norwegian, that would say what the visitor is going through.
 */
import path from 'node:path';
import { chooseLanguage, expect, test } from '../e2e/fixtures';
import { contact, message } from '../e2e/content';
import { pdfQrCodes, pdfText } from '../support/pdf-tools';
import { plainSlipWords, revealingWordsIn } from '../support/plain-slip-words';
import { processTempFolder } from '../support/process-temp-folder';

const words = plainSlipWords();
const out = processTempFolder('hjelpepunkt-plain-slip-');

/** Norwegian, a language many EU visitors read, and a right-to-left one. */
for (const [code, endonym] of [['nb', 'Norsk bokmål'], ['ro', 'Română'], ['ar', 'العربية']] as const) {
  test(`${code}: a plain slip printed from "Get help now" holds the numbers and no revealing word`, async ({ page, context }) => {
    await chooseLanguage(page, endonym);
    await page.getByRole('button', { name: message(code, 'topics.help-now.title'), exact: true }).click();
    await page.getByRole('button', { name: message(code, 'print.button') }).click();
    // Plain is the default, and the preview says which contacts a plain slip cannot carry.
    await expect(page.getByRole('button', { name: message(code, 'print.discreet') })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: message(code, 'contacts.krisesenter.name') })).toBeVisible();
    const preview = page.getByTitle(message(code, 'print.preview'));
    const slipUrl = new URL((await preview.getAttribute('src')) ?? '', page.url()).href;

    const slip = await context.newPage();
    await slip.goto(slipUrl);
    await slip.evaluate(() => document.fonts.ready);
    const file = path.join(out, `${code}.pdf`);
    await slip.pdf({ path: file, width: '80mm', height: '297mm', printBackground: true });
    await slip.close();

    const text = pdfText(file);
    for (const id of ['police-emergency', 'medical-emergency', 'rosa']) expect(text, id).toContain(contact(id).phones[0]?.display);
    expect(revealingWordsIn(text, words[code] ?? []), `${code} words`).toEqual([]);
    expect(revealingWordsIn(text, words.nb ?? []), 'Norwegian words').toEqual([]);
    expect(pdfQrCodes(file), 'no web address hidden in a QR code').toEqual([]);
  });
}
