/**
 * What the UI's controls do with speech, as thin calls into the speech code (loaded apart).
 * Every function here runs from a tap; nothing here speaks by itself.
 */
import { currentLanguage, t } from '../i18n/i18n.svelte';
import type { ScriptContext } from './screen-script';
import { FIRST_SAMPLE_MARK, hasRecording, loadRecordings, readAloud, speech, TAP_MARK, voiceOf } from './speech-state.svelte';
import { accessibleName } from './explore-by-touch';

/** The speech code, or (if even that cannot load) Listen says read-aloud is not available. */
async function speechCode(): Promise<Awaited<ReturnType<typeof readAloud>> | undefined> {
  try {
    return await readAloud();
  } catch (error) {
    speech.status = 'failed';
    speech.failure = (error as Error).message;
    return undefined;
  }
}

function context(): ScriptContext {
  return { language: currentLanguage(), voiceOf, hasRecording };
}

const volume = (): number => speech.volume;

/** Louder or quieter by a step, heard at once; never silent (10–100). */
export async function changeVolume(step: number): Promise<void> {
  speech.volume = Math.min(100, Math.max(10, speech.volume + step));
  (await speechCode())?.setVolume(speech.volume);
}

/** Listen: reads the screen under `root`, section by section. `onSection` keeps the visit alive. */
export async function listen(root: ParentNode, onSection: () => void): Promise<void> {
  performance.clearMarks(TAP_MARK);
  performance.clearMarks(FIRST_SAMPLE_MARK);
  performance.mark(TAP_MARK);
  speech.status = 'starting';
  await loadRecordings(currentLanguage());
  await (await speechCode())?.readScreen(root, context(), volume(), onSection);
}

export async function stopListening(): Promise<void> {
  (await speechCode())?.stop();
}

/** Explore by touch's first tap: say the control's name (and whether a toggle is on or off). */
export async function announceControl(control: HTMLElement): Promise<void> {
  const language = control.closest('[lang]')?.getAttribute('lang') || currentLanguage();
  await loadRecordings(language);
  const pressed = control.getAttribute('aria-pressed');
  const state = pressed === 'true' ? t('speech.on') : pressed === 'false' ? t('speech.off') : undefined;
  await (await speechCode())?.announce(control, accessibleName(control), context(), { state, noVoice: t('speech.unavailable') }, volume());
}

/** Says a toggle's new state after it changed (explore by touch being switched on or off). */
export async function sayToggled(label: string, on: boolean): Promise<void> {
  const voice = voiceOf(currentLanguage());
  if (!voice) return;
  await (await speechCode())?.say([{ kind: 'speech', language: currentLanguage(), voice, text: `${label}: ${on ? t('speech.on') : t('speech.off')}` }], volume());
}

/**
 * "Do you need more time?" said aloud, for a visitor who was listening or exploring by touch
 * (they may not see the prompt); whatever was being read stops first. Speech in this visit was
 * started by their tap; a visitor who never used speech sees the prompt only.
 */
export async function sayIdlePrompt(seconds: number): Promise<void> {
  const voice = voiceOf(currentLanguage());
  if (!voice) return;
  const text = `${t('idle.title')} ${t('idle.countdown', { seconds })} ${t('idle.moreTime')}`;
  await (await speechCode())?.say([{ kind: 'speech', language: currentLanguage(), voice, text }], volume());
}
