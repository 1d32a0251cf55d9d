/**
 * `npm run slips` for every language and size, checked as a person would check the paper: the
 * page is the right width, every number and every contact's name is in the text, the fonts for
 * the language's script are embedded, and each QR code opens the contact's web address (read from
 * the page as a 203 dpi receipt printer prints it, in every language and size).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadContentDirectory } from '../../electron/services/content/content-store';
import { LOCALES, PROJECT_ROOT } from '../../electron/services/project-paths';
import { isContactShown } from '../../electron/shared/contact-availability';
import { DEFAULT_CONFIG } from '../../electron/shared/kiosk-config';
import { PAGE_SIZES_MM, SLIP_LAYOUTS } from '../../electron/shared/slip-request';
import { pdfEmbeddedFonts, pdfPageSizeMm, pdfQrCodes, pdfText } from '../support/pdf-tools';
import { plainSlipWords, revealingWordsIn } from '../support/plain-slip-words';
import { processTempFolder } from '../support/process-temp-folder';

const content = loadContentDirectory(LOCALES);
const out = processTempFolder('hjelpepunkt-slips-');
test.describe.configure({ mode: 'parallel' });

test.beforeAll(() => {
  // The command itself, as an office would run it.
  execFileSync('npx', ['tsx', 'build/scripts/slips.ts', '--out', out], { cwd: PROJECT_ROOT, stdio: 'ignore' });
});

/** pdftotext spaces out some scripts and keeps bidi marks: compare letters and digits only. */
const squeeze = (text: string): string => text.replace(/[\s\u200b-\u200f\u2066-\u2069\u202a-\u202e\u0640]/g, '');

/** What every kiosk shows, as `npm run slips` prints it: no office's own numbers, no regional services. */
const shown = (ids: string[]): string[] => ids.filter((id) => content.contacts.some((contact) => contact.id === id && isContactShown(contact, DEFAULT_CONFIG)));
const helpNow = shown(content.topics.find((topic) => topic.id === 'help-now')?.contacts ?? []);
const everyVisitorContact = shown([...new Set(content.topics.filter((topic) => topic.audience === 'visitor').flatMap((topic) => topic.contacts))]);
/**
 * pdftotext gives right-to-left pages back out of order (words spaced out, lines of the two
 * languages interleaved), so there names are checked word by word, and only the Norwegian ones.
 */
const isRightToLeftScript = (script: string): boolean => script === 'Arab';
const wordsOf = (text: string): string[] => text.split(/\s+/).map(squeeze).filter(Boolean);
for (const language of content.languages) {
  for (const layout of SLIP_LAYOUTS) {
    test(`${language.code} ${layout}`, () => {
      const file = path.join(out, `hjelpepunkt-${language.code}-${layout}.pdf`);
      const ids = layout === 'a4' ? everyVisitorContact : helpNow;
      const contacts = ids.map((id) => content.contacts.find((contact) => contact.id === id)).filter((contact) => contact !== undefined);

      expect(pdfPageSizeMm(file).width).toBeCloseTo(PAGE_SIZES_MM[layout].width, 0);

      const raw = pdfText(file);
      const text = squeeze(raw);
      const words = new Set(wordsOf(raw));
      for (const contact of contacts) {
        for (const phone of contact.phones) expect(text, `${contact.id} number`).toContain(squeeze(phone.display));
        const norwegian = content.translator.text('nb', `contacts.${contact.id}.name`);
        if (isRightToLeftScript(language.script)) {
          expect(wordsOf(norwegian).filter((word) => !words.has(word)), `${contact.id} Norwegian name`).toEqual([]);
        } else {
          expect(text, `${contact.id} Norwegian name`).toContain(squeeze(norwegian));
          expect(text, `${contact.id} name in ${language.code}`).toContain(squeeze(content.translator.text(language.code, `contacts.${contact.id}.name`)));
        }
      }

      const fonts = pdfEmbeddedFonts(file);
      expect(fonts.some((font) => font.startsWith(language.font.replaceAll(' ', ''))), `${language.font} embedded (${fonts.join(', ')})`).toBe(true);

      const addresses = [...new Set(contacts.flatMap((contact) => (contact.web ? [`https://${contact.web}`] : [])))].sort();
      expect(pdfQrCodes(file).sort()).toEqual(addresses);
    });
  }
}

test('a plain slip from npm run slips prints names and numbers only, and none of the words that say what the visitor is going through', () => {
  execFileSync('npx', ['tsx', 'build/scripts/slips.ts', '--out', out, '--lang', 'en', '--lang', 'nb', '--size', '80mm', '--discreet'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const words = plainSlipWords();
  for (const language of ['en', 'nb']) {
    const text = pdfText(path.join(out, `hjelpepunkt-${language}-80mm-discreet.pdf`));
    expect(text).toContain('Nyttige numre');
    expect(text).toContain('22 33 11 60');
    expect(revealingWordsIn(text, [...(words[language] ?? []), ...(words.nb ?? [])])).toEqual([]);
    expect(pdfQrCodes(path.join(out, `hjelpepunkt-${language}-80mm-discreet.pdf`))).toEqual([]);
  }
});
