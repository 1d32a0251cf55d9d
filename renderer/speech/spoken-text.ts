/**
 * Text as espeak-ng should hear it. Phone numbers are read group by group as they are written
 * ("22 33 11 60" → "22, 33, 11, 60"), each two-digit group as a number in the language, the way
 * Norwegian numbers are said aloud; a comma after each group makes every voice pause there
 * (without it, Mandarin, Thai, Arabic and Tigrinya run the groups together into one long number).
 * Groups of another length, and any with a leading zero, are read digit by digit ("113" →
 * "1 1 3", "02800" → "0 2 8 0 0"): espeak-ng would read "113" as "a hundred and thirteen" and
 * drop the zeros of "094", and a caller dials digits. Checked with espeak-ng's phonemes in nb, en,
 * ar, fa, ur, th, vi, cmn, ti, am and lt.
 */
export function spokenPhoneNumber(display: string): string {
  const groups = display.match(/\d+/g) ?? [];
  return groups.map((group) => (group.length === 2 && !group.startsWith('0') ? group : [...group].join(' '))).join(', ');
}

/** Bidirectional isolates and marks (around numbers in running text) mean nothing to the engine. */
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Whitespace collapsed, direction marks removed. */
export function cleanText(text: string): string {
  return text.replace(DIRECTION_MARKS, '').replace(/\s+/g, ' ').trim();
}

/** Short pieces: synthesis (and so the first sound) starts sooner, and Stop never waits long. */
export function sentences(text: string, maxLength = 240): string[] {
  const pieces = text.match(/[^.!?።؟。]+[.!?።؟。]*\s*/gu) ?? [text];
  const out: string[] = [];
  for (const piece of pieces.map((part) => part.trim()).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + piece.length < maxLength / 2) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}
