/**
 * Every voice languages.json names exists in the espeak-ng build the app ships, and every
 * language without one really has none there (so the data never hides a voice, nor promises one).
 */
import Module from '@echogarden/espeak-ng-emscripten';
import { describe, expect, it } from 'vitest';
import { loadContentDirectory } from '../../electron/services/content/content-store';
import { LOCALES } from '../../electron/services/project-paths';

const SHIPPED_LANGUAGES = loadContentDirectory(LOCALES).languages;

const espeak = await Module({ print: () => undefined, printErr: () => undefined });
const engine = new espeak.eSpeakNGWorker();

describe('read-aloud voices in the shipped engine', () => {
  it.each(SHIPPED_LANGUAGES.filter((language) => language.voice !== null).map((language) => [language.code, language.voice ?? '']))(
    '%s: voice "%s" exists',
    (_code, voice) => {
      expect(engine.set_voice(voice)).toBe(0);
    },
  );

  it.each(SHIPPED_LANGUAGES.filter((language) => language.voice === null).map((language) => [language.code]))('%s: the engine has no voice for it', (code) => {
    expect(engine.set_voice(code)).not.toBe(0);
  });

  it('has none for Somali and Nigerian Pidgin, and one for Tigrinya', () => {
    const voices = Object.fromEntries(SHIPPED_LANGUAGES.map((language) => [language.code, language.voice]));
    expect([voices.so, voices.pcm, voices.ti]).toEqual([null, null, 'ti']);
  });
});
