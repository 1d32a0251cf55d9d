/** The words a plain slip must never print, per language (locales/plain-slip-words.json). */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { PlainSlipWordsSchema } from '../../electron/shared/content-schema';

export function plainSlipWords(): Record<string, string[]> {
  return v.parse(PlainSlipWordsSchema, JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', 'plain-slip-words.json'), 'utf8'))).words;
}

/**
 * The listed words found in a text. Spaces, bidi marks and Arabic tatweel are taken out of both
 * first: pdftotext spaces out some scripts, and a word must not slip through because of it.
 */
export function revealingWordsIn(text: string, words: readonly string[]): string[] {
  const squeeze = (value: string): string => value.replace(/[\s\u200b-\u200f\u2066-\u2069\u202a-\u202e\u0640]/g, '').toLocaleLowerCase();
  const squeezed = squeeze(text);
  return words.filter((word) => squeezed.includes(squeeze(word)));
}
