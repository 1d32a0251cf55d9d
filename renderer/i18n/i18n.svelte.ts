/**
 * Words on screen. Every language file in locales/ has the same nested key tree (English is the
 * source); messages are ICU MessageFormat. Phone numbers never live in messages: a placeholder
 * `{tel_<contact id>}` is filled from the contact registry, isolated left-to-right.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CONTACTS, languageByCode, LANGUAGES } from '../content/content';

type MessageTree = { [key: string]: string | MessageTree };

const files = import.meta.glob<MessageTree>(['../../locales/*.json', '!../../locales/{languages,contacts,topics}.json'], {
  eager: true,
  import: 'default',
});

// The catalogs and the formatter cache are fixed or derived data, not UI state: plain Maps on purpose.
/* eslint-disable svelte/prefer-svelte-reactivity */
function flatten(tree: MessageTree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

const catalogs = new Map<string, Map<string, string>>();
for (const [file, tree] of Object.entries(files)) {
  const code = /([^/]+)\.json$/.exec(file)?.[1];
  if (code && languageByCode(code)) catalogs.set(code, flatten(tree));
}

export const FALLBACK_LANGUAGE = 'en';

let current = $state('nb');

/** The visitor's language now. Reading it inside a component makes the component follow it. */
export function currentLanguage(): string {
  return current;
}

/** Switches the whole UI, and the document's `lang` and `dir`, to a shipped language. */
export function setLanguage(code: string): void {
  const language = languageByCode(code) ?? languageByCode(FALLBACK_LANGUAGE);
  if (!language) return;
  current = language.code;
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

export function isShipped(code: string): boolean {
  return catalogs.has(code);
}

const formatters = new Map<string, IntlMessageFormat>();
/* eslint-enable svelte/prefer-svelte-reactivity */

function formatter(key: string, language: string): { format: IntlMessageFormat; language: string } | undefined {
  for (const candidate of [language, FALLBACK_LANGUAGE]) {
    const source = catalogs.get(candidate)?.get(key);
    if (source === undefined || source === '') continue;
    const cacheKey = `${candidate}\u0000${key}`;
    let format = formatters.get(cacheKey);
    if (!format) {
      format = new IntlMessageFormat(source, candidate, undefined, { ignoreTag: true });
      formatters.set(cacheKey, format);
    }
    if (candidate !== language) console.warn(`Missing "${key}" in ${language}; English shown.`);
    return { format, language: candidate };
  }
  console.error(`No message "${key}" in ${language} or English.`);
  return undefined;
}

export type MessagePart = { kind: 'text'; text: string } | { kind: 'phone'; contactId: string; number: string };
type PhoneToken = { phone: string; contactId: string };

/** `{tel_rosa}` → ROSA's first number; `{tel_police_emergency}` → police-emergency's. */
const PHONE_VALUES: Record<string, PhoneToken> = Object.fromEntries(
  CONTACTS.flatMap((contact) => {
    const phone = contact.phones[0]?.display;
    return phone ? [[`tel_${contact.id.replaceAll('-', '_')}`, { phone, contactId: contact.id }]] : [];
  }),
);

/**
 * A message as parts, so phone numbers can be rendered isolated (`<bdi dir="ltr">`) inside
 * right-to-left text. `language` defaults to the visitor's current one.
 */
export function messageParts(key: string, values: Record<string, string | number> = {}, language = current): MessagePart[] {
  const found = formatter(key, language);
  if (!found) return [{ kind: 'text', text: key }];
  const result = found.format.format<PhoneToken>({ ...PHONE_VALUES, ...values });
  const pieces = Array.isArray(result) ? result : [result];
  return pieces.map((piece) =>
    typeof piece === 'object' && piece !== null && 'phone' in piece
      ? { kind: 'phone', contactId: piece.contactId, number: piece.phone }
      : { kind: 'text', text: String(piece) },
  );
}

const LEFT_TO_RIGHT_ISOLATE = String.fromCharCode(0x2066);
const POP_DIRECTIONAL_ISOLATE = String.fromCharCode(0x2069);

/** A message as plain text. Numbers inside are wrapped in Unicode isolates (LRI … PDI). */
export function t(key: string, values: Record<string, string | number> = {}, language = current): string {
  return messageParts(key, values, language)
    .map((part) => (part.kind === 'text' ? part.text : `${LEFT_TO_RIGHT_ISOLATE}${part.number}${POP_DIRECTIONAL_ISOLATE}`))
    .join('');
}

/** True if the language file has this key itself (not through the English fallback). */
export function hasOwnMessage(key: string, language = current): boolean {
  return Boolean(catalogs.get(language)?.get(key));
}

export function languagesInOrder(codes: readonly string[]): typeof LANGUAGES {
  if (codes.length === 0) return LANGUAGES.filter((language) => catalogs.has(language.code));
  return codes.map((code) => languageByCode(code)).filter((language) => language !== undefined && catalogs.has(language.code)) as typeof LANGUAGES;
}
