/**
 * The content the shell serves and prints from, read from a set of content files (a verified
 * content pack) and validated with the same schemas as the build, so a slip is printed from the
 * verified registry, never from what the page shows. A damaged file is an error the caller
 * reports, never a half-loaded registry.
 */
import * as v from 'valibot';
import {
  ContactRegistrySchema,
  LanguageListSchema,
  TopicListSchema,
  WalkthroughSchema,
  type Contact,
  type ContactRegistry,
  type Language,
  type Topic,
  type Walkthrough,
} from '../../shared/content-schema';
import { createMapTranslator, flattenMessages, translationCoverage, type MessageTree, type Translator } from '../../shared/messages';
import { readTranslationSources, staleKeys } from '../../shared/translation-sources';
import { readJsonFile, readContentDirectory, type ContentFiles } from './content-files';

export type Content = {
  languages: Language[];
  contacts: Contact[];
  references: ContactRegistry['references'];
  topics: Topic[];
  walkthrough: Walkthrough;
  /** Each language's messages, flattened (`topics.stay.title` → text): what the page loads per language. */
  catalogs: ReadonlyMap<string, ReadonlyMap<string, string>>;
  translator: Translator;
  /** Percent of the English keys each language translates (for the staff health view). */
  coverage: Map<string, number>;
  /** How many of each translation's messages were translated from an older English text. */
  stale: Map<string, number>;
  /** The files it was read from (recordings are served from here). */
  files: ContentFiles;
};

export function loadContent(files: ContentFiles): Content {
  const languages = v.parse(LanguageListSchema, readJsonFile(files, 'languages.json')).languages;
  const { contacts, references } = v.parse(ContactRegistrySchema, readJsonFile(files, 'contacts.json'));
  const topics = v.parse(TopicListSchema, readJsonFile(files, 'topics.json')).topics;
  const walkthrough = v.parse(WalkthroughSchema, readJsonFile(files, 'walkthrough.json'));
  const catalogs = new Map<string, Map<string, string>>();
  for (const language of languages) {
    catalogs.set(language.code, flattenMessages(readJsonFile(files, `${language.code}.json`) as MessageTree));
  }
  const english = catalogs.get('en') ?? new Map<string, string>();
  const coverage = new Map([...catalogs].map(([code, messages]) => [code, translationCoverage(code, messages, english)]));
  const stale = new Map(
    languages
      .filter((language) => language.status !== 'source')
      .map((language) => {
        const name = `translation-sources/${language.code}.json`;
        const sources = files.has(name) ? readTranslationSources(readJsonFile(files, name)) : {};
        return [language.code, staleKeys(catalogs.get(language.code) ?? new Map(), english, sources).length];
      }),
  );
  return { languages, contacts, references, topics, walkthrough, catalogs, translator: createMapTranslator(catalogs, contacts), coverage, stale, files };
}

/** Content straight from a folder (the source `locales/`): for tools and tests, never for the kiosk. */
export function loadContentDirectory(directory: string): Content {
  return loadContent(readContentDirectory(directory));
}
