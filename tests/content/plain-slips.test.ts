/**
 * A plain slip found in a pocket by the wrong person must not say what the visitor is going
 * through. For every language, every text a plain slip can print — built by the shell's own slip
 * model from the real content, with every contact chosen and every local number set — is checked
 * against that language's list of revealing words (locales/plain-slip-words.json), and its
 * Norwegian lines against the Norwegian list.
 */
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../build/content/locale-files';
import { loadContent } from '../../electron/services/content-store';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { buildSlip } from '../../electron/services/slips/slip-model';
import { fitsPlainSlip } from '../../electron/shared/contact-availability';
import { PlainSlipWordsSchema } from '../../electron/shared/content-schema';
import { DEFAULT_CONFIG } from '../../electron/shared/kiosk-config';

const content = loadContent(path.join(PROJECT_ROOT, 'locales'));
const { words } = v.parse(PlainSlipWordsSchema, readJson('plain-slip-words.json'));
/** Everything a plain slip can carry: every local number set, every regional service on. */
const everythingOn = {
  ...DEFAULT_CONFIG,
  childWelfareEmergencyPhone: '12 34 56 78',
  crisisCentrePhone: '87 65 43 21',
  regionalContacts: content.contacts.filter((contact) => contact.area).map((contact) => contact.id),
};

const revealing = (text: string, list: readonly string[]): string[] => list.filter((word) => text.toLocaleLowerCase().includes(word.toLocaleLowerCase()));

describe('plain slips', () => {
  it('have a list of revealing words for every shipped language', () => {
    expect(content.languages.filter((language) => !words[language.code]).map((language) => language.code)).toEqual([]);
  });

  it('give every contact they can carry a neutral name in English, and none to those they cannot', () => {
    for (const contact of content.contacts) {
      const hasSlipName = content.translator.has('en', `contacts.${contact.id}.slipName`);
      expect(hasSlipName, contact.id).toBe(fitsPlainSlip(contact, everythingOn));
    }
  });

  for (const language of content.languages) {
    it(`${language.code}: print none of the words that would say what the visitor is going through`, () => {
      const slip = buildSlip(
        { language: language.code, contactIds: content.contacts.map((contact) => contact.id), localContactIds: [], discreet: true, layout: '80mm' },
        content,
        everythingOn,
      );
      const lines = [slip.title, ...slip.contacts.flatMap((contact) => [contact.name, contact.hours ?? { visitor: '', norwegian: '' }])];
      expect(slip.contacts.length).toBeGreaterThan(5);
      const found = lines.flatMap((line) => [
        ...revealing(line.visitor, words[language.code] ?? []).map((word) => `"${word}" in "${line.visitor}"`),
        ...revealing(line.norwegian, words.nb ?? []).map((word) => `"${word}" in "${line.norwegian}"`),
      ]);
      expect(found).toEqual([]);
    });
  }
});
