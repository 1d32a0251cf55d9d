/**
 * `npm run i18n:report`: per shipped language, how many English keys it translates, the percent,
 * its review status and any problems. Fails if a shipped language is below 100% or has a problem.
 * `npm run i18n:report -- <code>…` lists every problem of those languages.
 */
import * as v from 'valibot';
import { ContactRegistrySchema, LanguageListSchema } from '../../electron/shared/content-schema';
import { requiredKeys, translationCoverage } from '../../electron/shared/messages';
import { checkLocale } from '../content/locale-checks';
import { messageFiles, readJson } from '../content/locale-files';

const languages = v.parse(LanguageListSchema, readJson('languages.json')).languages;
const contacts = v.parse(ContactRegistrySchema, readJson('contacts.json')).contacts;
const withPhone = new Set(contacts.filter((contact) => contact.phones.length > 0).map((contact) => contact.id));
const files = messageFiles();
const english = files.get('en') ?? new Map<string, string>();
const detail = new Set(process.argv.slice(2));

let failed = false;
console.log(`language                  keys        percent  status     problems   (staff screens: nb and en only)`);
for (const language of languages) {
  const messages = files.get(language.code) ?? new Map<string, string>();
  const required = requiredKeys(language.code, english);
  const translated = required.filter((key) => Boolean(messages.get(key))).length;
  const percent = translationCoverage(language.code, messages, english);
  const problems = files.has(language.code)
    ? checkLocale(language.code, messages, english, withPhone)
    : [{ key: '*', problem: `locales/${language.code}.json is missing` }];
  if (percent < 100 || problems.length > 0) failed = true;
  const name = `${language.code} ${language.englishName}`;
  console.log(
    `${name.padEnd(25)} ${`${translated}/${required.length}`.padEnd(11)} ${`${percent.toFixed(1)}%`.padStart(7)}  ${language.status.padEnd(9)}  ${problems.length}`,
  );
  if (detail.has(language.code)) for (const { key, problem } of problems) console.log(`    ${key}: ${problem}`);
}
if (failed) {
  console.error('\nA shipped language is incomplete or has problems (run with its code for details).');
  process.exit(1);
}
console.log('\nEvery shipped language is complete.');
