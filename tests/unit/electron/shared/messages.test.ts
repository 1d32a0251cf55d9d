/**
 * The one formatting path for the screen and the slips: the shell's translator (catalog maps) and
 * the page's (svelte-i18n's dictionary, with svelte-i18n set to another language) must give the
 * same text for every message in every language, with numbers from the registry as parts of their
 * own and Latin digits everywhere.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import { addMessages, dictionary, init } from 'svelte-i18n';
import { get } from 'svelte/store';
import { describe, expect, it, vi } from 'vitest';
import { argumentNames } from '../../../../electron/services/content/locale-checks';
import { cachedFormatterFactory, createMapTranslator, createTranslator } from '../../../../electron/shared/messages';
import { CONTENT } from '../../helpers/real-content';

const shell = CONTENT.translator;
for (const [code, messages] of CONTENT.catalogs) addMessages(code, Object.fromEntries(messages));
// The page formats for other languages than its current one (the walkthrough's two sides).
await init({ fallbackLocale: 'en', initialLocale: 'nb' });
const page = createTranslator(
  (language, key) => {
    const message = get(dictionary)[language]?.[key];
    return typeof message === 'string' ? message : undefined;
  },
  CONTENT.contacts,
  cachedFormatterFactory(),
);

describe('formatting messages', () => {
  it('gives the screen (svelte-i18n) exactly the text the slips get, for every message in every language', () => {
    const differences: string[] = [];
    let compared = 0;
    for (const [code, messages] of CONTENT.catalogs) {
      for (const [key, message] of messages) {
        // Every placeholder gets a value (21 picks a plural form most languages treat specially).
        const values = Object.fromEntries([...argumentNames(parse(message, { ignoreTag: true }))].map((name) => [name, 21]));
        if (page.text(code, key, values) !== shell.text(code, key, values)) differences.push(`${code} ${key}`);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5000);
    expect(CONTENT.catalogs.size).toBe(CONTENT.languages.length);
    expect(differences).toEqual([]);
  });

  it('fills {tel_…} placeholders from the contact registry, as separate phone parts', () => {
    const parts = page.parts('en', 'topics.help-now.blocks.young.text');
    expect(parts).toContainEqual({ kind: 'phone', contactId: 'alarmtelefonen', number: '116 111' });
    expect(parts.filter((part) => part.kind === 'text').map((part) => part.text).join('')).not.toMatch(/\d{3}/);
  });

  it('gives the same number in every language, from the same registry', () => {
    for (const language of ['nb', 'en', 'ar']) {
      expect(page.parts(language, 'contact.whenClosed').filter((part) => part.kind === 'phone')).toEqual([
        { kind: 'phone', contactId: 'police-emergency', number: '112' },
        { kind: 'phone', contactId: 'rosa', number: '22 33 11 60' },
      ]);
    }
  });

  it('uses ICU plurals of each language, whatever language the page shows now', () => {
    expect(page.text('uk', 'idle.countdown', { seconds: 21 })).toBe(shell.text('uk', 'idle.countdown', { seconds: 21 }));
    expect(page.text('uk', 'idle.countdown', { seconds: 21 })).not.toBe(page.text('uk', 'idle.countdown', { seconds: 22 }));
    expect(page.text('en', 'idle.countdown', { seconds: 1 })).toBe('The screen will clear in 1 second.');
    expect(page.text('en', 'idle.countdown', { seconds: 20 })).toBe('The screen will clear in 20 seconds.');
    expect(page.text('ar', 'idle.countdown', { seconds: 2 })).not.toBe(page.text('ar', 'idle.countdown', { seconds: 3 }));
  });

  it('writes every number with the digits 0–9 in every language, as the phone numbers beside it are', () => {
    for (const language of ['fa', 'ar', 'ur', 'th', 'zh-Hans', 'am']) {
      expect(page.text(language, 'idle.countdown', { seconds: 30 }), language).toContain('30');
    }
  });

  it('wraps numbers in plain text in Unicode isolates, so right-to-left text cannot reorder them', () => {
    expect(shell.text('ar', 'topics.help-now.blocks.young.text')).toContain('\u2066116 111\u2069');
  });

  it('falls back to English for a language without the message, and says so; shows the key when none has it', () => {
    const onMissing = vi.fn();
    const translator = createTranslator((language, key) => CONTENT.catalogs.get(language)?.get(key), CONTENT.contacts, cachedFormatterFactory(), onMissing);
    expect(translator.text('xx', 'bar.home')).toBe('Home');
    expect(onMissing).toHaveBeenLastCalledWith({ key: 'bar.home', language: 'xx', fellBackTo: 'en' });
    expect(translator.text('en', 'no.such.key')).toBe('no.such.key');
    expect(onMissing).toHaveBeenLastCalledWith({ key: 'no.such.key', language: 'en', fellBackTo: undefined });
  });

  it('builds the shell translator from flattened catalogs', () => {
    const translator = createMapTranslator(new Map([['en', new Map([['a', 'Call {tel_rosa}.']])]]), CONTENT.contacts);
    expect(translator.parts('en', 'a')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'phone', contactId: 'rosa', number: '22 33 11 60' },
      { kind: 'text', text: '.' },
    ]);
  });
});
