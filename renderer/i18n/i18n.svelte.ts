/**
 * Words on screen, in the visitor's language, through svelte-i18n: one loader per language asks
 * the host for that language's messages from the verified content pack, so no language is bundled
 * into the page and choosing a language loads only that language (English, the fallback, comes
 * with the first one). svelte-i18n holds the language, the loaders and the messages; formatting is
 * the shell's own path (electron/shared/messages.ts): the same ICU engine, Latin digits, and
 * `{tel_…}` numbers from the registry as parts of their own, so the screen and the printed slip
 * cannot say different things.
 */
import { dictionary, init, locale, register, waitLocale } from 'svelte-i18n';
import { get } from 'svelte/store';
import { cachedFormatterFactory, createTranslator, type MessagePart, type MessageValues, type Translator } from '../../electron/shared/messages';
import { CONTACTS, languageByCode, LANGUAGES } from '../content/content';
import { host } from '../host';
import { isPseudoLanguage } from './pseudo-languages';

export type { MessagePart } from '../../electron/shared/messages';

const FALLBACK = 'en';

let current = $state('nb');
/** Bumped whenever a language's messages arrive, so text already on screen in it is redrawn. */
let arrivals = $state(0);
let translator: Translator | undefined;

async function messagesFromHost(code: string): Promise<Record<string, string>> {
  const reply = await host.call('content:messages', { language: code });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.messages;
}

/** svelte-i18n keeps each language's messages flat, as the host sends them (`topics.stay.title`). */
function lookup(language: string, key: string): string | undefined {
  const message = get(dictionary)[language]?.[key];
  return typeof message === 'string' ? message : undefined;
}

/** Registers every language's loader and loads the first language (and English). Call once, before mounting. */
export async function startI18n(firstLanguage: string): Promise<void> {
  for (const language of LANGUAGES) {
    register(
      language.code,
      isPseudoLanguage(language.code)
        ? async () => (await import('./pseudo-locales')).pseudoMessages(await messagesFromHost(FALLBACK), language.code)
        : () => messagesFromHost(language.code),
    );
  }
  // Not svelte-i18n's getMessageFormatter: in 4.0.1 it memoizes on the message alone and ignores
  // its locale argument, so a message formatted for a language other than the current one (the
  // walkthrough's staff side) would take the current language's plural rules.
  translator = createTranslator(lookup, CONTACTS, cachedFormatterFactory(), ({ key, language, fellBackTo }) => {
    if (fellBackTo) console.warn(`Missing "${key}" in ${language}; ${fellBackTo} shown.`);
    else console.error(`No message "${key}" in ${language} or English.`);
  });
  dictionary.subscribe(() => (arrivals += 1));
  const first = languageByCode(firstLanguage) ? firstLanguage : FALLBACK;
  await init({ fallbackLocale: FALLBACK, initialLocale: first, ignoreTag: true });
  await waitLocale(first);
  applyLanguage(first);
}

/** The visitor's language now. Reading it inside a component makes the component follow it. */
export function currentLanguage(): string {
  return current;
}

function applyLanguage(code: string): void {
  current = code;
  document.documentElement.lang = code;
  document.documentElement.dir = languageByCode(code)?.dir ?? 'ltr';
}

/** Loads a language's messages (once) without switching to it: the other side of a conversation. */
export async function loadLanguage(code: string): Promise<void> {
  if (languageByCode(code)) await waitLocale(code);
}

/** Switches the whole UI, and the document's `lang` and `dir`, to a shipped language, once its messages are here. */
export async function setLanguage(code: string): Promise<void> {
  const target = languageByCode(code) ? code : FALLBACK;
  await locale.set(target);
  await waitLocale(target);
  applyLanguage(target);
}

/** A message as parts, so phone numbers can be rendered isolated (`<bdi dir="ltr">`). */
export function messageParts(key: string, values: MessageValues = {}, language = current): MessagePart[] {
  void arrivals;
  return translator?.parts(language, key, values) ?? [{ kind: 'text', text: '' }];
}

/** A message as plain text (numbers inside wrapped in Unicode isolates). */
export function t(key: string, values: MessageValues = {}, language = current): string {
  void arrivals;
  return translator?.text(language, key, values) ?? '';
}

export function languagesInOrder(codes: readonly string[]): typeof LANGUAGES {
  if (codes.length === 0) return LANGUAGES;
  return codes.map((code) => languageByCode(code)).filter((language) => language !== undefined);
}
