/**
 * The languages the kiosk ships, from locales/languages.json, validated once at import.
 */
import * as v from 'valibot';
import languageFile from '../../locales/languages.json' with { type: 'json' };
import { LanguageListSchema, type Language } from './content-schema';

export const SHIPPED_LANGUAGES: readonly Language[] = v.parse(LanguageListSchema, languageFile).languages;
export const SHIPPED_LANGUAGE_CODES: readonly string[] = SHIPPED_LANGUAGES.map((language) => language.code);
