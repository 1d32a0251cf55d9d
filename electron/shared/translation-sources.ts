/**
 * Which version of its English source each translated message translates. Every translation file
 * `locales/<code>.json` has a companion `locales/translation-sources/<code>.json` that maps each
 * key to a short hash of the English text it was translated from. When an English text changes
 * (a corrected fact), every translation of it becomes *stale* until a translator updates it and
 * records the new hash (`npm run i18n:stamp`), so a correction can never silently stay wrong in
 * another language.
 *
 * Pure (no Node, no DOM): the content checks, `npm run i18n:report`, the content packs and the
 * staff health view all use it.
 */

/** Keys of a translation-sources file that are not message keys (e.g. "$comment"). */
const isMetaKey = (key: string): boolean => key.startsWith('$');

/**
 * A short, stable fingerprint of an English message (FNV-1a, 32 bits, as 8 hex digits). It detects
 * change, nothing more: it is not a security measure (content packs are signed for that).
 */
export function sourceHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export type TranslationSources = Record<string, string>;

/**
 * The keys of a translation whose English source changed since it was translated (or that carry
 * no record of their source at all). Only keys the language has a message for are judged.
 */
export function staleKeys(messages: ReadonlyMap<string, string>, english: ReadonlyMap<string, string>, sources: TranslationSources): string[] {
  return [...messages.keys()].filter((key) => {
    const source = english.get(key);
    return source !== undefined && sources[key] !== sourceHash(source);
  });
}

/** The stamps of a translation-sources file, without its comment. */
export function readTranslationSources(file: unknown): TranslationSources {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return {};
  return Object.fromEntries(Object.entries(file).filter(([key, value]) => !isMetaKey(key) && typeof value === 'string')) as TranslationSources;
}
