/**
 * Formatting translated messages, shared by the UI and the shell (which prints slips from the same
 * files). Messages are ICU MessageFormat, one nested JSON tree per language with English as the
 * fallback. A placeholder `{tel_<contact id>}` is filled with that contact's first number from the
 * registry, returned as its own part so it can be isolated left-to-right.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Contact } from './content-schema';

export type MessageTree = { [key: string]: string | MessageTree };
export type MessagePart = { kind: 'text'; text: string } | { kind: 'phone'; contactId: string; number: string };
export type MessageValues = Record<string, string | number>;

export const FALLBACK_LANGUAGE = 'en';

/** Staff screens are in Norwegian or English only; other languages neither need nor carry them. */
export const STAFF_ONLY_PREFIX = 'staff.';
export const STAFF_LANGUAGES = ['nb', 'en'];

/** The English keys a language must translate. */
export function requiredKeys(code: string, english: ReadonlyMap<string, string>): string[] {
  return [...english.keys()].filter((key) => STAFF_LANGUAGES.includes(code) || !key.startsWith(STAFF_ONLY_PREFIX));
}

/** Share of the required English keys a language has a non-empty message for, 0–100. */
export function translationCoverage(code: string, messages: ReadonlyMap<string, string>, english: ReadonlyMap<string, string>): number {
  const keys = requiredKeys(code, english);
  return keys.length === 0 ? 100 : (100 * keys.filter((key) => Boolean(messages.get(key))).length) / keys.length;
}
/**
 * Every number in a message is written with the digits 0–9, in every language: phone numbers are
 * (they are dialled that way), so a Persian or Arabic countdown in its own digits beside a phone
 * number in Western ones would mix two numbering systems on one screen.
 */
export function withLatinDigits(language: string): string {
  return `${language}-u-nu-latn`;
}

const LEFT_TO_RIGHT_ISOLATE = String.fromCharCode(0x2066);
const POP_DIRECTIONAL_ISOLATE = String.fromCharCode(0x2069);

export function flattenMessages(tree: MessageTree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flattenMessages(value, path, into);
  }
  return into;
}

type PhoneToken = { phone: string; contactId: string };

export type Translator = {
  /** A message as parts: text, and phone numbers from the registry as parts of their own. */
  parts(language: string, key: string, values?: MessageValues): MessagePart[];
  /** A message as plain text, numbers wrapped in Unicode isolates (LRI … PDI). */
  text(language: string, key: string, values?: MessageValues): string;
  has(language: string, key: string): boolean;
};

/** Where a language's message text comes from (a map in the shell, svelte-i18n's dictionary in the page). */
export type MessageLookup = (language: string, key: string) => string | undefined;
/** Compiles a message for a language: the one ICU engine (intl-messageformat) on both sides. */
export type FormatterFactory = (message: string, locale: string) => { format(values?: Record<string, unknown>): unknown };

export type MissingMessage = { key: string; language: string; fellBackTo: string | undefined };

/** intl-messageformat itself, each compiled message kept (the shell's formatter). */
export function cachedFormatterFactory(): FormatterFactory {
  const compiled = new Map<string, IntlMessageFormat>();
  return (message, locale) => {
    const cacheKey = `${locale}\u0000${message}`;
    let format = compiled.get(cacheKey);
    if (!format) {
      format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
      compiled.set(cacheKey, format);
    }
    return format;
  };
}

/**
 * The one formatting path for the screen and the slips: a message looked up in the language (or
 * English), compiled for the language with Latin digits, `{tel_…}` filled from the registry.
 */
export function createTranslator(
  lookup: MessageLookup,
  contacts: readonly Contact[],
  formatterFor: FormatterFactory,
  onMissing: (problem: MissingMessage) => void = () => undefined,
): Translator {
  const phoneValues: Record<string, PhoneToken> = Object.fromEntries(
    contacts.flatMap((contact) => {
      const phone = contact.phones[0]?.display;
      return phone ? [[`tel_${contact.id.replaceAll('-', '_')}`, { phone, contactId: contact.id }]] : [];
    }),
  );

  const parts = (language: string, key: string, values: MessageValues = {}): MessagePart[] => {
    for (const candidate of [language, FALLBACK_LANGUAGE]) {
      const source = lookup(candidate, key);
      if (!source) continue;
      if (candidate !== language) onMissing({ key, language, fellBackTo: candidate });
      // Strings, and the phone tokens passed in as values (intl-messageformat returns parts when a value is an object).
      const result = formatterFor(source, withLatinDigits(candidate)).format({ ...phoneValues, ...values }) as string | (string | PhoneToken)[];
      return (Array.isArray(result) ? result : [result]).map((piece) =>
        typeof piece === 'object' && piece !== null && 'phone' in piece
          ? { kind: 'phone', contactId: piece.contactId, number: piece.phone }
          : { kind: 'text', text: String(piece) },
      );
    }
    onMissing({ key, language, fellBackTo: undefined });
    return [{ kind: 'text', text: key }];
  };

  return {
    parts,
    text: (language, key, values) =>
      parts(language, key, values)
        .map((part) => (part.kind === 'text' ? part.text : `${LEFT_TO_RIGHT_ISOLATE}${part.number}${POP_DIRECTIONAL_ISOLATE}`))
        .join(''),
    has: (language, key) => Boolean(lookup(language, key)),
  };
}

/** The shell's translator: flattened catalogs per language, intl-messageformat with a cache. */
export function createMapTranslator(catalogs: ReadonlyMap<string, ReadonlyMap<string, string>>, contacts: readonly Contact[]): Translator {
  return createTranslator((language, key) => catalogs.get(language)?.get(key), contacts, cachedFormatterFactory());
}
