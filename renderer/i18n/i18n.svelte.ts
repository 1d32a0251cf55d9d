/**
 * Words on screen, in the visitor's language. The message files are bundled; formatting (ICU, the
 * English fallback, numbers from the registry) lives in electron/shared/messages.ts, which the
 * shell uses too when it prints a slip.
 */
import { createTranslator, flattenMessages, type MessagePart, type MessageTree, type MessageValues } from '../../electron/shared/messages';
import { CONTACTS, languageByCode, LANGUAGES } from '../content/content';
import { PSEUDO_LANGUAGES, pseudoMessages } from './pseudo-locales';

export type { MessagePart } from '../../electron/shared/messages';

const files = import.meta.glob<MessageTree>(['../../locales/*.json', '!../../locales/{languages,contacts,topics,walkthrough,plain-slip-words}.json'], {
  eager: true,
  import: 'default',
});

// Fixed data built once at start-up, not UI state.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const catalogs = new Map<string, Map<string, string>>();
for (const [file, tree] of Object.entries(files)) {
  const code = /([^/]+)\.json$/.exec(file)?.[1];
  if (code && languageByCode(code)) catalogs.set(code, flattenMessages(tree));
}

for (const language of LANGUAGES) {
  const english = catalogs.get('en');
  if (!catalogs.has(language.code) && english && PSEUDO_LANGUAGES.some((pseudo) => pseudo.code === language.code)) {
    catalogs.set(language.code, pseudoMessages(english, language.code));
  }
}

const translator = createTranslator(catalogs, CONTACTS, ({ key, language, fellBackTo }) => {
  if (fellBackTo) console.warn(`Missing "${key}" in ${language}; ${fellBackTo} shown.`);
  else console.error(`No message "${key}" in ${language} or English.`);
});

let current = $state('nb');

/** The visitor's language now. Reading it inside a component makes the component follow it. */
export function currentLanguage(): string {
  return current;
}

/** Switches the whole UI, and the document's `lang` and `dir`, to a shipped language. */
export function setLanguage(code: string): void {
  const language = languageByCode(code) ?? languageByCode('en');
  if (!language) return;
  current = language.code;
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

export function isShipped(code: string): boolean {
  return catalogs.has(code);
}

/** A message as parts, so phone numbers can be rendered isolated (`<bdi dir="ltr">`). */
export function messageParts(key: string, values: MessageValues = {}, language = current): MessagePart[] {
  return translator.parts(language, key, values);
}

/** A message as plain text (numbers inside wrapped in Unicode isolates). */
export function t(key: string, values: MessageValues = {}, language = current): string {
  return translator.text(language, key, values);
}

export function languagesInOrder(codes: readonly string[]): typeof LANGUAGES {
  if (codes.length === 0) return LANGUAGES.filter((language) => catalogs.has(language.code));
  return codes.map((code) => languageByCode(code)).filter((language) => language !== undefined && catalogs.has(language.code)) as typeof LANGUAGES;
}
