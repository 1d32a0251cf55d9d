/**
 * The speech engine's worker: espeak-ng (the @echogarden Emscripten build, compiled to plain
 * JavaScript, so the page needs no 'wasm-unsafe-eval') with its voice data, loaded from the app's
 * own files. Synthesis runs here, never on the UI thread; samples go back to the page in small
 * chunks as espeak-ng makes them, so the first of them plays while the rest is still being made.
 */
import Module, { type ESpeakNGWorker } from '@echogarden/espeak-ng-emscripten';
import voiceDataUrl from '@echogarden/espeak-ng-emscripten/espeak-ng.data?url';
import type { FromWorker, ToWorker } from './worker-protocol';

const scope = self as unknown as { postMessage(message: FromWorker, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const post = (message: FromWorker, transfer: Transferable[] = []): void => scope.postMessage(message, transfer);

let engine: Promise<ESpeakNGWorker> | undefined;
let currentVoice = '';

async function loadEngine(): Promise<ESpeakNGWorker> {
  // The voice data (24 MB) is the app's own file; a missing or damaged one is a clear error.
  const response = await fetch(voiceDataUrl);
  if (!response.ok) throw new Error(`the voice data could not be loaded (HTTP ${response.status})`);
  const data = await response.arrayBuffer();
  const module = await Module({ getPreloadedPackage: () => data, print: () => undefined, printErr: () => undefined });
  const worker = new module.eSpeakNGWorker();
  post({ type: 'ready', sampleRate: worker.get_samplerate() });
  return worker;
}

function engineReady(): Promise<ESpeakNGWorker> {
  engine ??= loadEngine();
  engine.catch((error: Error) => post({ type: 'failed', message: error.message }));
  return engine;
}

function useVoice(synth: ESpeakNGWorker, voice: string): boolean {
  if (voice === currentVoice) return true;
  const ok = synth.set_voice(voice) === 0;
  currentVoice = ok ? voice : '';
  return ok;
}

scope.onmessage = (event) => {
  const message = event.data;
  void engineReady()
    .then((synth) => {
      // A short throw-away sentence loads the voice's rules and warms the engine's code, so the
      // first real sentence starts without that delay.
      if (message.type === 'prepare' && useVoice(synth, message.voice)) synth.synthesize('1 2.', () => false);
      else if (message.type === 'check') {
        const voices = Object.fromEntries(message.voices.map((voice) => [voice, useVoice(synth, voice)]));
        currentVoice = '';
        post({ type: 'checked', voices });
      } else if (message.type === 'speak') {
        if (!useVoice(synth, message.voice)) {
          post({ type: 'done', id: message.id, ok: false });
          return;
        }
        synth.synthesize(message.text, (samples) => {
          if (samples.length > 0) post({ type: 'audio', id: message.id, samples }, [samples.buffer]);
          return false;
        });
        post({ type: 'done', id: message.id, ok: true });
      }
    })
    .catch(() => {
      if (message.type === 'speak') post({ type: 'done', id: message.id, ok: false });
    });
};
