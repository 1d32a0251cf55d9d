/**
 * Observes what the page plays, not what it intends to: every AudioBufferSourceNode started (its
 * length, sample rate, loudness, pitch, when it would end) and stopped, every gain it is played
 * at, and every text the page sends the speech worker. Events reach the test through a binding,
 * so they survive the page being wiped and reloaded (quick exit, idle reset).
 */
import type { Page } from '@playwright/test';

export type SoundStart = {
  kind: 'start';
  id: number;
  /** Wall-clock milliseconds (Date.now()) when it was started and when it would end. */
  at: number;
  endsAt: number;
  duration: number;
  sampleRate: number;
  sumOfSquares: number;
  samples: number;
  zeroCrossings: number;
  /** The element being read when it started (its tag, id and first words), if any. */
  reading: string | null;
  /** The gain the sound is played at. */
  gain: number;
};
export type SoundEvent = SoundStart | { kind: 'stop'; id: number; at: number } | { kind: 'speak'; voice: string; text: string; at: number } | { kind: 'context'; at: number };

export class SoundLog {
  readonly events: SoundEvent[] = [];

  starts(): SoundStart[] {
    return this.events.filter((event): event is SoundStart => event.kind === 'start');
  }

  spoken(): { voice: string; text: string }[] {
    return this.events.flatMap((event) => (event.kind === 'speak' ? [{ voice: event.voice, text: event.text }] : []));
  }

  /** Sounds that were still playing (or waiting to play) at `time` and were not stopped by `time + grace`. */
  stillPlaying(time: number, grace = 400): SoundStart[] {
    const stopped = new Map(this.events.flatMap((event) => (event.kind === 'stop' ? [[event.id, event.at]] : [])));
    return this.starts().filter((start) => start.endsAt > time + grace && (stopped.get(start.id) ?? Infinity) > time + grace);
  }

  startedAfter(time: number): SoundStart[] {
    return this.starts().filter((start) => start.at > time);
  }
}

/** Duration, loudness (RMS) and zero-crossing rate of some sounds taken together. */
export function measure(sounds: SoundStart[]): { seconds: number; rms: number; crossingsPerSecond: number } {
  const samples = sounds.reduce((sum, sound) => sum + sound.samples, 0);
  const seconds = sounds.reduce((sum, sound) => sum + sound.duration, 0);
  return {
    seconds,
    rms: samples === 0 ? 0 : Math.sqrt(sounds.reduce((sum, sound) => sum + sound.sumOfSquares, 0) / samples),
    crossingsPerSecond: seconds === 0 ? 0 : sounds.reduce((sum, sound) => sum + sound.zeroCrossings, 0) / seconds,
  };
}

export async function listenToPage(page: Page): Promise<SoundLog> {
  const log = new SoundLog();
  await page.exposeBinding('__soundEvent', (_source, event: SoundEvent) => void log.events.push(event));
  await page.addInitScript(() => {
    const report = (window as unknown as { __soundEvent: (event: unknown) => void }).__soundEvent;
    let nextId = 1;
    const ids = new WeakMap<AudioBufferSourceNode, number>();
    /** The page's gain, as it last set it (the player has one gain node). */
    let gain = 1;
    const gainParams = new WeakSet<AudioParam>();
    const NativeContext = window.AudioContext;
    window.AudioContext = class extends NativeContext {
      constructor(options?: AudioContextOptions) {
        super(options);
        report({ kind: 'context', at: Date.now() });
      }
    };
    const createGain = BaseAudioContext.prototype.createGain;
    BaseAudioContext.prototype.createGain = function () {
      const node = createGain.call(this);
      gainParams.add(node.gain);
      return node;
    };
    const setValue = AudioParam.prototype.setValueAtTime;
    AudioParam.prototype.setValueAtTime = function (value: number, time: number) {
      if (gainParams.has(this)) gain = value;
      return setValue.call(this, value, time);
    };
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (when = 0, offset?: number, duration?: number) {
      const buffer = this.buffer;
      const id = nextId++;
      ids.set(this, id);
      if (buffer) {
        const data = buffer.getChannelData(0);
        let sumOfSquares = 0;
        let zeroCrossings = 0;
        for (let index = 0; index < data.length; index += 1) {
          const value = data[index] ?? 0;
          sumOfSquares += value * value;
          if (index > 0 && (data[index - 1] ?? 0) < 0 !== value < 0) zeroCrossings += 1;
        }
        const reading = document.querySelector('[data-reading]');
        const context = this.context;
        report({
          kind: 'start',
          id,
          at: Date.now(),
          endsAt: Date.now() + (Math.max(when, context.currentTime) - context.currentTime + buffer.duration) * 1000,
          duration: buffer.duration,
          sampleRate: buffer.sampleRate,
          sumOfSquares,
          samples: data.length,
          zeroCrossings,
          reading: reading ? `${reading.tagName.toLowerCase()}#${reading.id} ${(reading.textContent ?? '').trim().slice(0, 60)}` : null,
          gain,
        });
      }
      return start.call(this, when, offset, duration);
    };
    const stop = AudioBufferSourceNode.prototype.stop;
    AudioBufferSourceNode.prototype.stop = function (when?: number) {
      report({ kind: 'stop', id: ids.get(this) ?? 0, at: Date.now() });
      return stop.call(this, when);
    };
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions) {
      const speak = message as { type?: string; voice?: string; text?: string };
      if (speak?.type === 'speak') report({ kind: 'speak', voice: speak.voice, text: speak.text, at: Date.now() });
      return post.call(this, message, options);
    } as typeof Worker.prototype.postMessage;
  });
  return log;
}
