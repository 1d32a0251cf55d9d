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
export function requiredKeys(code: string, english: Map<string, string>): string[] {
  return [...english.keys()].filter((key) => STAFF_LANGUAGES.includes(code) || !key.startsWith(STAFF_ONLY_PREFIX));
}

/** Share of the required English keys a language has a non-empty message for, 0–100. */
export function translationCoverage(code: string, messages: Map<string, string>, english: Map<string, string>): number {
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
  /** A message as parts; `missing` says whether English (or the bare key) stood in. */
  parts(language: string, key: string, values?: MessageValues): MessagePart[];
  /** A message as plain text, numbers wrapped in Unicode isolates (LRI … PDI). */
  text(language: string, key: string, values?: MessageValues): string;
  has(language: string, key: string): boolean;
  languages(): string[];
};

export function createTranslator(
  catalogs: Map<string, Map<string, string>>,
  contacts: readonly Contact[],
  onMissing: (problem: { key: string; language: string; fellBackTo: string | undefined }) => void = () => undefined,
): Translator {
  const phoneValues: Record<string, PhoneToken> = Object.fromEntries(
    contacts.flatMap((contact) => {
      const phone = contact.phones[0]?.display;
      return phone ? [[`tel_${contact.id.replaceAll('-', '_')}`, { phone, contactId: contact.id }]] : [];
    }),
  );
  const formats = new Map<string, IntlMessageFormat>();

  const parts = (language: string, key: string, values: MessageValues = {}): MessagePart[] => {
    for (const candidate of [language, FALLBACK_LANGUAGE]) {
      const source = catalogs.get(candidate)?.get(key);
      if (!source) continue;
      if (candidate !== language) onMissing({ key, language, fellBackTo: candidate });
      const cacheKey = `${candidate}\u0000${key}`;
      let format = formats.get(cacheKey);
      if (!format) {
        format = new IntlMessageFormat(source, withLatinDigits(candidate), undefined, { ignoreTag: true });
        formats.set(cacheKey, format);
      }
      const result = format.format<PhoneToken>({ ...phoneValues, ...values });
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
    has: (language, key) => Boolean(catalogs.get(language)?.get(key)),
    languages: () => [...catalogs.keys()],
  };
}
