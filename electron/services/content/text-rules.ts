/**
 * What must never appear in a translation: phone numbers (they live in contacts.json only),
 * web or e-mail addresses, and the legal terms the current law replaced.
 */

/** Legal references and years may contain digits; remove them before looking for numbers. */
function withoutAllowedDigits(text: string): string {
  return text
    .replace(/§+\s?\p{Nd}+(?:-\p{Nd}+)?(?:\s?[a-z]\b)?/gu, '§')
    .replace(/\b(?:19|20)\d\d\b/g, 'YEAR')
    .replace(/\{[^{}]*\}/g, '{}');
}

/** Three or more digits in a row, or digit pairs split by spaces: in any script's digits. */
export function looksLikePhoneNumber(text: string): boolean {
  const rest = withoutAllowedDigits(text);
  return /\p{Nd}{3,}/u.test(rest) || /\p{Nd}{2}[\s\u00a0.-]\p{Nd}{2}/u.test(rest);
}

export function looksLikeAddress(text: string): boolean {
  return /https?:\/\/|www\.|[\w.-]+@[\w-]+\.\w|\b[\w-]+\.(?:no|com|org|net|int|eu|info)\b/iu.test(text);
}

export const OUTDATED_TERMS: { pattern: RegExp; why: string }[] = [
  { pattern: /§\s?6-4\b/, why: 'the duty to report is barnevernsloven § 13-2 since 1 January 2023' },
  { pattern: /§\s?4-29\b/, why: 'emergency placement at risk of trafficking is barnevernsloven § 4-5 since 1 January 2023' },
  { pattern: /fylkesnemnd/i, why: 'it is now barneverns- og helsenemnda' },
  { pattern: /Koordineringsenheten for ofre/i, why: 'KOM is now Koordineringsenheten mot menneskehandel' },
  { pattern: /barnevernloven\b/i, why: 'the 1992 barnevernloven was replaced by barnevernsloven (LOV-2021-06-18-97)' },
];
