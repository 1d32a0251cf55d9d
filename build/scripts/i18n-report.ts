/**
 * `npm run i18n:report`: per shipped language, how many English keys it translates, the percent,
 * its review status, how many of its translations are stale (translated from an older English
 * text) and any problems. Fails if a shipped language is incomplete, stale or has a problem.
 * `npm run i18n:report -- <code>…` lists every problem and stale key of those languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { ContactRegistrySchema, LanguageListSchema } from '../../electron/shared/content-schema';
import { requiredKeys, translationCoverage } from '../../electron/shared/messages';
import { readTranslationSources, staleKeys } from '../../electron/shared/translation-sources';
import { checkLocale } from '../content/locale-checks';
import { LOCALES, messageFiles, readJson } from '../content/locale-files';

const languages = v.parse(LanguageListSchema, readJson('languages.json')).languages;
const contacts = v.parse(ContactRegistrySchema, readJson('contacts.json')).contacts;
const withPhone = new Set(contacts.filter((contact) => contact.phones.length > 0).map((contact) => contact.id));
const files = messageFiles();
const english = files.get('en') ?? new Map<string, string>();
const detail = new Set(process.argv.slice(2));

/** Stale keys of a translation (nb and en are the sources, never stale). */
function stale(code: string, messages: Map<string, string>): string[] {
  if (code === 'en' || code === 'nb') return [];
  const file = path.join(LOCALES, 'translation-sources', `${code}.json`);
  const sources = fs.existsSync(file) ? readTranslationSources(JSON.parse(fs.readFileSync(file, 'utf8'))) : {};
  return staleKeys(messages, english, sources);
}

let failed = false;
console.log(`language                  keys        percent  status     stale  problems   (staff screens: nb and en only)`);
for (const language of languages) {
  const messages = files.get(language.code) ?? new Map<string, string>();
  const required = requiredKeys(language.code, english);
  const translated = required.filter((key) => Boolean(messages.get(key))).length;
  const percent = translationCoverage(language.code, messages, english);
  const problems = files.has(language.code)
    ? checkLocale(language.code, messages, english, withPhone)
    : [{ key: '*', problem: `locales/${language.code}.json is missing` }];
  const staleKeysOfLanguage = stale(language.code, messages);
  if (percent < 100 || problems.length > 0 || staleKeysOfLanguage.length > 0) failed = true;
  const name = `${language.code} ${language.englishName}`;
  console.log(
    `${name.padEnd(25)} ${`${translated}/${required.length}`.padEnd(11)} ${`${percent.toFixed(1)}%`.padStart(7)}  ${language.status.padEnd(9)}  ${String(staleKeysOfLanguage.length).padStart(5)}  ${problems.length}`,
  );
  if (detail.has(language.code)) {
    for (const { key, problem } of problems) console.log(`    ${key}: ${problem}`);
    for (const key of staleKeysOfLanguage) console.log(`    ${key}: stale (English now: "${english.get(key)}")`);
  }
}
if (failed) {
  console.error('\nA shipped language is incomplete, stale or has problems (run with its code for details).');
  process.exit(1);
}
console.log('\nEvery shipped language is complete and translates the current English.');
