/**
 * Read-aloud, loaded apart from the welcome screen's bundle: reads a screen section by section
 * (highlighting the section it reads), or says a few words at once (explore by touch). Only a
 * tap calls `readScreen` or `say`; `stop` silences everything at once.
 */
import { ENDONYM_RECORDING_KEY, recordingUrl } from '../../electron/shared/recordings';
import { engine } from './engine';
import { player } from './player';
import { elementParts, screenSections, type Part, type ScriptContext } from './screen-script';
import { sentences } from './spoken-text';
import { speech } from './speech-state.svelte';

/** Every start and every stop begins a new generation; work of an older one ends quietly. */
let generation = 0;
let highlighted: HTMLElement | undefined;

/** Loads the engine and a voice's dictionary in the background, with no sound. */
export function warm(voice: string | null): void {
  void engine.warm().then((ok) => {
    if (!ok) {
      speech.status = 'failed';
      speech.failure = engine.failure;
    }
  });
  if (voice) engine.prepare(voice);
}

/** After the visitor's first tap: open the audio output ahead of Listen (silent). */
export function prepareOutput(): void {
  player.prepare();
}

export function setVolume(percent: number): void {
  player.setVolume(percent);
}

export function stop(): void {
  generation += 1;
  engine.cancelAll();
  player.stop();
  highlight(undefined);
  if (speech.status !== 'failed') speech.status = 'idle';
}

/**
 * Reads the screen under `root`. Resolves when it has read everything or was stopped. Each
 * section's sound starts while the rest of it is still being made.
 */
export async function readScreen(root: ParentNode, context: ScriptContext, volumePercent: number, onSection?: () => void): Promise<void> {
  stop();
  const mine = generation;
  speech.status = 'starting';
  player.begin(volumePercent, true);
  for (const section of screenSections(root, context)) {
    if (mine !== generation) return;
    highlight(section.element);
    onSection?.();
    if (!(await playParts(section.parts, mine))) break;
    await player.drained();
  }
  if (mine !== generation) return;
  highlight(undefined);
  speech.status = engine.failure ? 'failed' : 'idle';
  if (engine.failure) speech.failure = engine.failure;
}

/** Says parts at once, cutting off anything being said (explore by touch, the language picker). */
export async function say(parts: Part[], volumePercent: number): Promise<boolean> {
  stop();
  const mine = generation;
  player.begin(volumePercent, false);
  const ok = await playParts(parts, mine);
  if (ok) await player.drained();
  return ok;
}

async function playParts(parts: Part[], mine: number): Promise<boolean> {
  for (const part of parts) {
    if (mine !== generation) return false;
    if (speech.status === 'starting') speech.status = 'reading';
    if (part.kind === 'recording' && (await playRecording(part.language, part.key, mine))) continue;
    const spoken = part.kind === 'speech' ? part : part.fallback;
    if (spoken) {
      for (const text of sentences(spoken.text)) {
        const ok = await engine.speak(spoken.voice, text, (samples, sampleRate) => {
          if (mine === generation) player.queueSamples(samples, sampleRate);
        });
        if (!ok && engine.failure) {
          speech.status = 'failed';
          speech.failure = engine.failure;
          return false;
        }
        if (mine !== generation) return false;
      }
    }
  }
  return true;
}

async function playRecording(language: string, key: string, mine: number): Promise<boolean> {
  try {
    const response = await fetch(recordingUrl(language, key));
    if (!response.ok || mine !== generation) return false;
    const data = await response.arrayBuffer();
    return mine === generation && (await player.queueRecording(data));
  } catch {
    return false;
  }
}

function highlight(element: HTMLElement | undefined): void {
  highlighted?.removeAttribute('data-reading');
  highlighted = element;
  if (!element) return;
  element.setAttribute('data-reading', '');
  element.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

/**
 * Says a control's name for explore by touch: its words in its own language (each language button
 * in that language's voice), a recording where the content has one, or the name in the page's
 * voice followed by `noVoiceNote` where its language has neither. `state` (on/off) follows.
 */
export async function announce(control: HTMLElement, name: string, context: ScriptContext, notes: { state?: string; noVoice: string }, volumePercent: number): Promise<void> {
  const language = control.closest('[lang]')?.getAttribute('lang') || context.language;
  const own = control.getAttribute('aria-label') ? [] : elementParts(control, context);
  const pageVoice = context.voiceOf(context.language);
  let parts: Part[] = own;
  if (control.hasAttribute('data-endonym') && context.hasRecording(language, ENDONYM_RECORDING_KEY)) {
    parts = [{ kind: 'recording', language, key: ENDONYM_RECORDING_KEY, fallback: undefined }];
  } else if (own.length === 0) {
    const voice = context.voiceOf(language);
    if (voice) parts = [{ kind: 'speech', language, voice, text: name }];
    else if (pageVoice) parts = [{ kind: 'speech', language: context.language, voice: pageVoice, text: `${name}. ${notes.noVoice}` }];
  }
  if (notes.state && pageVoice) parts = [...parts, { kind: 'speech', language: context.language, voice: pageVoice, text: notes.state }];
  await say(parts, volumePercent);
}

/** For the health view: does the engine start in this page, and which of these voices does it have? */
export async function checkVoices(voices: string[]): Promise<{ voices: Record<string, boolean>; failure: string | undefined }> {
  const result = await engine.check(voices);
  return { voices: result ?? {}, failure: result ? undefined : (engine.failure ?? 'the speech engine did not start') };
}
