/**
 * The pseudo-locales' messages (see pseudo-languages.ts), made from English: every literal gets
 * accented letters and 40% more length; "ar-XB" keeps English words and is laid out right-to-left.
 * Loaded only when a pseudo-locale is chosen, so the parser stays out of the kiosk's first bundle.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

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

export function pseudoMessages(english: Readonly<Record<string, string>>, code: string): Record<string, string> {
  if (code === 'ar-XB') return { ...english };
  return Object.fromEntries(Object.entries(english).map(([key, message]) => [key, printAST(transform(parse(message, { ignoreTag: true })))]));
}
