/**
 * The shell's own copy of the content: it reads locales/ from disk and validates it with the same
 * schemas as the build, so a slip is printed from the verified registry, never from what the page
 * shows. Loaded once; a damaged file is an error the caller reports, not a half-loaded registry.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import {
  ContactRegistrySchema,
  LanguageListSchema,
  TopicListSchema,
  WalkthroughSchema,
  type Contact,
  type Language,
  type Topic,
  type Walkthrough,
} from '../shared/content-schema';
import { createTranslator, flattenMessages, translationCoverage, type MessageTree, type Translator } from '../shared/messages';
import { readTranslationSources, staleKeys } from '../shared/translation-sources';

export type Content = {
  languages: Language[];
  contacts: Contact[];
  topics: Topic[];
  walkthrough: Walkthrough;
  translator: Translator;
  /** Percent of the English keys each language translates (for the staff health view). */
  coverage: Map<string, number>;
  /** How many of each translation's messages were translated from an older English text. */
  stale: Map<string, number>;
};

export function loadContent(localesDirectory: string): Content {
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(localesDirectory, file), 'utf8'));
  const languages = v.parse(LanguageListSchema, read('languages.json')).languages;
  const contacts = v.parse(ContactRegistrySchema, read('contacts.json')).contacts;
  const topics = v.parse(TopicListSchema, read('topics.json')).topics;
  const walkthrough = v.parse(WalkthroughSchema, read('walkthrough.json'));
  const catalogs = new Map<string, Map<string, string>>();
  for (const language of languages) {
    catalogs.set(language.code, flattenMessages(read(`${language.code}.json`) as MessageTree));
  }
  const english = catalogs.get('en') ?? new Map<string, string>();
  const coverage = new Map([...catalogs].map(([code, messages]) => [code, translationCoverage(code, messages, english)]));
  const stale = new Map(
    languages
      .filter((language) => language.status !== 'source')
      .map((language) => {
        const sourcesFile = path.join(localesDirectory, 'translation-sources', `${language.code}.json`);
        const sources = fs.existsSync(sourcesFile) ? readTranslationSources(JSON.parse(fs.readFileSync(sourcesFile, 'utf8'))) : {};
        return [language.code, staleKeys(catalogs.get(language.code) ?? new Map(), english, sources).length];
      }),
  );
  return { languages, contacts, topics, walkthrough, translator: createTranslator(catalogs, contacts), coverage, stale };
}
