/**
 * What Listen reads on a screen, in reading order: each element marked `data-read` is one section
 * (a heading with its text, a block, a contact card). A section becomes parts: recorded speech
 * wherever the content has a recording for a message (`data-read-key`), otherwise its text in the
 * voice of its language (`lang`, so a Norwegian official name is read by the Norwegian voice),
 * with phone numbers read group by group. Text hidden from assistive technology is not read;
 * text only screen readers get (`.visually-hidden`, such as "Phone:") is.
 */
import { cleanText, spokenPhoneNumber } from './spoken-text';

export type Part =
  | { kind: 'speech'; language: string; voice: string; text: string }
  /** `fallback`: the same words for the voice, should the recording fail to play. */
  | { kind: 'recording'; language: string; key: string; fallback: { voice: string; text: string } | undefined };
export type Section = { element: HTMLElement; parts: Part[] };

export type ScriptContext = {
  /** The page's language, for text without a `lang` of its own. */
  language: string;
  voiceOf(language: string): string | null;
  hasRecording(language: string, key: string): boolean;
};

const BLOCKS = new Set(['H1', 'H2', 'H3', 'P', 'LI', 'BUTTON', 'DT', 'DD', 'TD', 'TH', 'ARTICLE', 'SECTION', 'HEADER', 'DIV']);

export function screenSections(root: ParentNode, context: ScriptContext): Section[] {
  const marked = [...root.querySelectorAll<HTMLElement>('[data-read]')].filter((element) => !element.parentElement?.closest('[data-read]'));
  return marked.flatMap((element) => {
    const parts = elementParts(element, context);
    return parts.length > 0 ? [{ element, parts }] : [];
  });
}

/** The parts of one element (also what explore-by-touch says for a control, via its name). */
export function elementParts(element: Element, context: ScriptContext): Part[] {
  const parts: Part[] = [];
  /** Whether the text ends in a full stop only this walk added (dropped again at the very end). */
  let addedStop = false;
  const say = (text: string, language: string): void => {
    const voice = context.voiceOf(language);
    if (!voice || text.trim() === '') return;
    addedStop = false;
    const last = parts.at(-1);
    if (last?.kind === 'speech' && last.language === language) last.text += text;
    else parts.push({ kind: 'speech', language, voice, text });
  };
  const pause = (): void => {
    const last = parts.at(-1);
    if (last?.kind === 'speech' && !/[.!?:,;።؟。]\s*$/.test(last.text.trim())) {
      last.text = `${last.text.trimEnd()}. `;
      addedStop = true;
    } else if (last?.kind === 'speech') last.text += ' ';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      say(node.textContent ?? '', languageOf(node.parentElement, context.language));
      return;
    }
    if (!(node instanceof HTMLElement) || isSilent(node)) return;
    const language = languageOf(node, context.language);
    const key = node.dataset.readKey;
    if (key && context.hasRecording(language, key)) {
      const voice = context.voiceOf(language);
      parts.push({ kind: 'recording', language, key, fallback: voice ? { voice, text: cleanText(node.textContent ?? '') } : undefined });
      return;
    }
    if (node.matches('bdi.phone')) {
      say(` ${spokenPhoneNumber(node.textContent ?? '')}, `, languageOf(node.parentElement, context.language));
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) pause();
    for (const child of node.childNodes) walk(child);
    if (block) pause();
  };
  walk(element);
  const last = parts.at(-1);
  if (addedStop && last?.kind === 'speech') last.text = last.text.trimEnd().slice(0, -1);
  return parts.flatMap((part): Part[] => (part.kind === 'speech' ? (cleanText(part.text) ? [{ ...part, text: cleanText(part.text) }] : []) : [part]));
}

function isSilent(element: HTMLElement): boolean {
  return element.hidden !== false || element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('data-read-skip') || element.tagName === 'IFRAME';
}

function languageOf(element: Element | null, fallback: string): string {
  return element?.closest('[lang]')?.getAttribute('lang') || fallback;
}
