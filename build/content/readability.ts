/**
 * Readability figures for the content report: word count, longest sentence, LIX (the Nordic
 * measure, used for Norwegian) and the Flesch–Kincaid grade (for English).
 */

/** Splits text into sentences at . ! ? (and the Arabic ؟), keeping fragments such as headings. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
}

export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** LIX = words per sentence + percentage of words longer than six letters. */
export function lix(text: string): number {
  const all = words(text);
  const count = sentences(text).length;
  if (all.length === 0 || count === 0) return 0;
  const long = all.filter((word) => [...word].length > 6).length;
  return all.length / count + (100 * long) / all.length;
}

/** English syllables by the usual vowel-group heuristic (good enough for a grade estimate). */
export function englishSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length <= 3) return 1;
  const trimmed = lower.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Flesch–Kincaid grade level. */
export function fleschKincaidGrade(text: string): number {
  const all = words(text);
  const count = sentences(text).length;
  if (all.length === 0 || count === 0) return 0;
  const syllables = all.reduce((sum, word) => sum + englishSyllables(word), 0);
  return 0.39 * (all.length / count) + 11.8 * (syllables / all.length) - 15.59;
}

export function longestSentence(text: string): number {
  return Math.max(0, ...sentences(text).map((sentence) => words(sentence).length));
}
