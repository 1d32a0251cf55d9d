/**
 * What the page knows of read-aloud, kept small because it is in the welcome screen's bundle:
 * the speech engine itself (renderer/speech/read-aloud.ts, its worker and voice data) loads apart,
 * in the background once the welcome screen is up, and at the latest at the first tap on Listen.
 */
import { ENDONYM_RECORDING_KEY } from '../../electron/shared/recordings';
import { languageByCode } from '../content/content';
import { host } from '../host';

export { ENDONYM_RECORDING_KEY };
/** Performance marks for the benchmark: the tap on Listen, and when its first sample plays. */
export const TAP_MARK = 'read-aloud:tap';
export const FIRST_SAMPLE_MARK = 'read-aloud:first-sample';

class SpeechState {
  /** `reading`: the screen is being read; `failed`: the engine could not load (see `failure`). */
  status = $state<'idle' | 'starting' | 'reading' | 'failed'>('idle');
  failure = $state<string | undefined>(undefined);
  /** Explore by touch: the first tap on a control says its name, the second activates it. */
  exploreByTouch = $state(false);
  highContrast = $state(false);
  /** 0–100; every visit starts at the office's volume (the page starts fresh for each visitor). */
  volume = $state(60);
  /** Message keys with a recording, per language (from the host; loaded when a language is chosen). */
  recordings = $state<Record<string, readonly string[]>>({});
}

export const speech = new SpeechState();

/** The espeak-ng voice of a language (null where there is none). */
export function voiceOf(code: string): string | null {
  return languageByCode(code)?.voice ?? null;
}

/** Whether anything can be heard in a language: a synthetic voice, or recordings. */
export function canBeHeard(code: string): boolean {
  return voiceOf(code) !== null || (speech.recordings[code]?.length ?? 0) > 0;
}

export function hasRecording(code: string, key: string): boolean {
  return speech.recordings[code]?.includes(key) ?? false;
}

/** The host's answer per language, asked once (not state: nothing on screen depends on it). */
const recordingsAsked: Record<string, Promise<void>> = {};

/**
 * Asks the host once per language which recordings the content carries; every caller waits for
 * that one answer (Listen tapped while it is on its way must still play the recordings).
 */
export function loadRecordings(code: string): Promise<void> {
  recordingsAsked[code] ??= host.call('audio:recordings', { language: code }).then((reply) => {
    speech.recordings = { ...speech.recordings, [code]: reply.ok ? reply.value.keys : [] };
  });
  return recordingsAsked[code];
}

type ReadAloud = typeof import('./read-aloud');
let loading: Promise<ReadAloud> | undefined;

/**
 * The speech code, loaded on first use (a separate chunk; its worker is a bundle of its own). If
 * it cannot be loaded (the host restarting), the next use tries again.
 */
export function readAloud(): Promise<ReadAloud> {
  loading ??= import('./read-aloud').catch((error: Error) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Begins loading the engine (and a language's voice) in the background, with no sound. */
export function warmSpeech(language: string): void {
  void loadRecordings(language);
  const voice = voiceOf(language);
  readAloud().then(
    (module) => module.warm(voice),
    () => undefined,
  );
}

/** The visitor's first tap: the audio output is opened, suspended and silent, ahead of Listen. */
export function prepareSpeechOutput(): void {
  readAloud().then(
    (module) => module.prepareOutput(),
    () => undefined,
  );
}

/** Silences whatever is being said (navigation, quick exit, idle reset). Loads nothing new. */
export function stopSpeech(): void {
  if (speech.status === 'reading' || speech.status === 'starting') speech.status = 'idle';
  loading?.then(
    (module) => module.stop(),
    () => undefined,
  );
}
