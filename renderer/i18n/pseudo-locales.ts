/**
 * Pseudo-locales for testing layouts, offered only when the page is opened with `?pseudo` (a
 * visitor at a kiosk cannot type an address): "en-XA" is English made 40% longer with accented
 * letters, to find text that would be clipped in a long language; "ar-XB" is English laid out
 * right-to-left, to find layout that does not mirror.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import type { Language } from '../../electron/shared/content-schema';

export const PSEUDO_LANGUAGES: Language[] = [
  { code: 'en-XA', endonym: '[Ƥşḗŭḓǿ ŀǿƞɠ]', englishName: 'Pseudo long', dir: 'ltr', script: 'Latn', font: 'Noto Sans', voice: null, status: 'draft' },
  { code: 'ar-XB', endonym: 'Pseudo RTL', englishName: 'Pseudo right-to-left', dir: 'rtl', script: 'Latn', font: 'Noto Sans', voice: null, status: 'draft' },
];

export function pseudoLocalesWanted(search: string): boolean {
  return new URLSearchParams(search).has('pseudo');
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'][index] ?? letter]),
);

/** One literal: accented letters, then filler words to make it 40% longer (so it can wrap). */
function lengthen(text: string): string {
  const accented = [...text].map((character) => ACCENTED[character] ?? character).join('');
  const extra = Math.ceil(text.length * 0.4);
  const filler = Array.from({ length: Math.ceil(extra / 5) }, () => 'ŀǿƞɠ').join(' ');
  return text.trim() === '' ? text : `${accented} ${filler}`.slice(0, accented.length + 1 + extra);
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: lengthen(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      return { ...element, options: Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: transform(option.value) }])) };
    }
    return element;
  });
}

export function pseudoMessages(english: Map<string, string>, code: string): Map<string, string> {
  if (code === 'ar-XB') return new Map(english);
  return new Map([...english].map(([key, message]) => [key, printAST(transform(parse(message, { ignoreTag: true })))]));
}

/** Slips are built by the host, which knows only shipped languages: pseudo-locales print English. */
export function shippedLanguageFor(code: string): string {
  return PSEUDO_LANGUAGES.some((pseudo) => pseudo.code === code) ? 'en' : code;
}
