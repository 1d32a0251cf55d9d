/**
 * `npm run i18n:stamp -- <code> <key>…` (or `--all-current`): records that the listed messages of
 * a translation now translate the *current* English text. Run it after translating or updating a
 * message, for exactly the keys you translated; `npm run i18n:report` then no longer lists them
 * as stale. `--all-current` stamps every key of the language (only for a fresh, complete
 * translation made from today's English).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readTranslationSources, sourceHash } from '../../electron/shared/translation-sources';
import { readContentDirectory } from '../../electron/services/content/content-files';
import { loadContent } from '../../electron/services/content/content-store';
import { LOCALES } from '../../electron/services/project-paths';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'all-current': { type: 'boolean', default: false } } });
const [code, ...keys] = positionals;
const { catalogs } = loadContent(readContentDirectory(LOCALES));
const english = catalogs.get('en');
const messages = code ? catalogs.get(code) : undefined;
if (!code || !english || !messages || code === 'en' || code === 'nb' || (!values['all-current'] && keys.length === 0)) {
  console.error('Usage: npm run i18n:stamp -- <code> <key>… | --all-current   (for a translation, not nb or en)');
  process.exit(2);
}
const unknown = keys.filter((key) => !messages.has(key) || !english.has(key));
if (unknown.length > 0) {
  console.error(`Not a message of both ${code} and English: ${unknown.join(', ')}`);
  process.exit(2);
}

const file = path.join(LOCALES, 'translation-sources', `${code}.json`);
const existing = fs.existsSync(file) ? readTranslationSources(JSON.parse(fs.readFileSync(file, 'utf8'))) : {};
const stamped = values['all-current'] ? [...messages.keys()].filter((key) => english.has(key)) : keys;
for (const key of stamped) existing[key] = sourceHash(english.get(key) ?? '');
const sorted = Object.fromEntries(Object.entries(existing).sort(([a], [b]) => a.localeCompare(b)));
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(
  file,
  `${JSON.stringify({ $comment: `Which English text each message of ${code}.json translates (a hash of it). Written by npm run i18n:stamp; see locales/notes/README.md.`, ...sorted }, null, 1)}\n`,
);
console.log(`${code}: stamped ${stamped.length} message(s) as translating the current English.`);
