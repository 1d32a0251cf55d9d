/**
 * `npm run i18n:report`: per shipped language, how many English keys it translates, the percent,
 * its review status, how many of its translations are stale (translated from an older English
 * text) and any problems. Fails if a shipped language is incomplete, stale or has a problem.
 * `npm run i18n:report -- <code>…` lists every problem and stale key of those languages.
 */
import { readContentDirectory, readJsonFile } from '../../electron/services/content/content-files';
import { loadContent } from '../../electron/services/content/content-store';
import { checkLocale } from '../../electron/services/content/locale-checks';
import { LOCALES } from '../../electron/services/project-paths';
import { requiredKeys, translationCoverage } from '../../electron/shared/messages';
import { readTranslationSources, staleKeys } from '../../electron/shared/translation-sources';

const files = readContentDirectory(LOCALES);
const content = loadContent(files);
const english = content.catalogs.get('en') ?? new Map<string, string>();
const withPhone = new Set(content.contacts.filter((contact) => contact.phones.length > 0).map((contact) => contact.id));
const detail = new Set(process.argv.slice(2));

/** Stale keys of a translation (nb and en are the sources, never stale). */
function stale(code: string, messages: ReadonlyMap<string, string>): string[] {
  if (code === 'en' || code === 'nb') return [];
  const name = `translation-sources/${code}.json`;
  return staleKeys(messages, english, files.has(name) ? readTranslationSources(readJsonFile(files, name)) : {});
}

let failed = false;
console.log(`language                  keys        percent  status     stale  problems   (staff screens: nb and en only)`);
for (const language of content.languages) {
  const messages = content.catalogs.get(language.code) ?? new Map<string, string>();
  const required = requiredKeys(language.code, english);
  const translated = required.filter((key) => Boolean(messages.get(key))).length;
  const percent = translationCoverage(language.code, messages, english);
  const problems = checkLocale(language.code, messages, english, withPhone);
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
