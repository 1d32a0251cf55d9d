/**
 * Pseudo-locales for testing layouts, offered only when the page is opened with `?pseudo` (a
 * visitor at a kiosk cannot type an address): "en-XA" is English made 40% longer with accented
 * letters, to find text that would be clipped in a long language; "ar-XB" is English laid out
 * right-to-left, to find layout that does not mirror. Their messages are made from English by
 * pseudo-locales.ts, loaded only when one is chosen.
 */
import type { Language } from '../../electron/shared/content-schema';

export const PSEUDO_LANGUAGES: Language[] = [
  { code: 'en-XA', endonym: '[Ƥşḗŭḓǿ ŀǿƞɠ]', englishName: 'Pseudo long', dir: 'ltr', script: 'Latn', font: 'Noto Sans', voice: null, status: 'draft' },
  { code: 'ar-XB', endonym: 'Pseudo RTL', englishName: 'Pseudo right-to-left', dir: 'rtl', script: 'Latn', font: 'Noto Sans', voice: null, status: 'draft' },
];

export function pseudoLocalesWanted(search: string): boolean {
  return new URLSearchParams(search).has('pseudo');
}

export function isPseudoLanguage(code: string): boolean {
  return PSEUDO_LANGUAGES.some((pseudo) => pseudo.code === code);
}

/** Slips are built by the host, which knows only shipped languages: pseudo-locales print English. */
export function shippedLanguageFor(code: string): string {
  return isPseudoLanguage(code) ? 'en' : code;
}
