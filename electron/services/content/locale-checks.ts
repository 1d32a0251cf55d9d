/**
 * Checks one language file against English, the key source: the same keys, messages that parse as
 * ICU with the same placeholders, and nothing a translation must never hold (numbers, addresses,
 * outdated law). Used by the content tests and `npm run i18n:report`.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { requiredKeys } from '../../shared/messages';
import { looksLikeAddress, looksLikePhoneNumber, OUTDATED_TERMS } from './text-rules';

export function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      into.add(element.value);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
    if (element.type === TYPE.tag) argumentNames(element.children, into);
  }
  return into;
}

export type LocaleProblem = { key: string; problem: string };

/**
 * The numbers a message states (6 months, under 18, § 257, 2023), in any script's digits, as
 * ASCII, sorted. Placeholders are left out: the registry fills those in.
 */
export function statedNumbers(message: string): string[] {
  const digits = message.replace(/\{[^{}]*\}/g, ' ').match(/\p{Nd}+/gu) ?? [];
  return digits.map((run) => [...run].map(digitValue).join('')).sort();
}

/** The value of one decimal digit in any script (Persian ۳, Devanagari ३, Thai ๓ …). */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0) ?? 0;
  // Unicode puts each script's digits 0–9 in a run; find the run's zero by stepping back.
  for (let zero = code; zero > code - 10; zero -= 1) if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return code - zero;
  return 0;
}

export function checkLocale(code: string, messages: ReadonlyMap<string, string>, english: ReadonlyMap<string, string>, contactsWithPhone: ReadonlySet<string>): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  for (const key of requiredKeys(code, english)) if (!messages.get(key)) problems.push({ key, problem: 'missing or empty' });
  for (const key of messages.keys()) if (!english.has(key)) problems.push({ key, problem: 'not in English (remove it)' });

  for (const [key, message] of messages) {
    let own: Set<string>;
    try {
      own = argumentNames(parse(message, { ignoreTag: true }));
    } catch (error) {
      problems.push({ key, problem: `does not parse as ICU: ${(error as Error).message}` });
      continue;
    }
    const source = english.get(key);
    if (source !== undefined) {
      const expected = argumentNames(parse(source, { ignoreTag: true }));
      const same = own.size === expected.size && [...own].every((name) => expected.has(name));
      if (!same) problems.push({ key, problem: `placeholders {${[...own].join(', ')}} differ from English {${[...expected].join(', ')}}` });
    }
    for (const name of own) {
      if (name.startsWith('tel_') && !contactsWithPhone.has(name.slice(4).replaceAll('_', '-'))) {
        problems.push({ key, problem: `{${name}} names no contact with a phone number` });
      }
    }
    if (source !== undefined && statedNumbers(message).join(' ') !== statedNumbers(source).join(' ')) {
      problems.push({ key, problem: `states the numbers [${statedNumbers(message).join(', ')}], English states [${statedNumbers(source).join(', ')}]` });
    }
    if (looksLikePhoneNumber(message)) problems.push({ key, problem: 'contains something like a phone number (numbers live in contacts.json)' });
    if (looksLikeAddress(message)) problems.push({ key, problem: 'contains a web or e-mail address (addresses live in contacts.json)' });
    for (const term of OUTDATED_TERMS) if (term.pattern.test(message)) problems.push({ key, problem: `outdated legal term: ${term.why}` });
  }
  return problems;
}
