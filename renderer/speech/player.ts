/**
 * Plays speech: chunks of synthesised samples, back to back as they arrive, and recordings,
 * through one gain node set to the office's volume. Everything it starts it can stop at once.
 */
import { FIRST_SAMPLE_MARK } from './speech-state.svelte';

class SpeechPlayer {
  private context: AudioContext | undefined;
  private gain: GainNode | undefined;
  private readonly playing = new Set<AudioBufferSourceNode>();
  /** When the last queued sound ends, in the context's time. */
  private endTime = 0;
  private firstSamplePending = false;
  private volume = 0.6;

  /**
   * Opens the audio output, silent and suspended, after the visitor's first tap (a browser lets
   * a page open it only after a person's gesture). Opening it takes a noticeable time on a slow
   * machine; done ahead, Listen's first sound comes sooner.
   */
  prepare(): void {
    if (this.context) return;
    this.context = new AudioContext({ latencyHint: 'interactive' });
    this.gain = this.context.createGain();
    this.gain.connect(this.context.destination);
    void this.context.suspend();
  }

  /** Called from a tap (Listen, explore by touch): speech never starts without one. */
  begin(volumePercent: number, markFirstSample: boolean): void {
    this.volume = volumePercent / 100;
    this.prepare();
    if (!this.context) return;
    this.gain?.gain.setValueAtTime(this.volume, this.context.currentTime);
    void this.context.resume();
    this.firstSamplePending = markFirstSample;
  }

  setVolume(percent: number): void {
    this.volume = percent / 100;
    if (this.context && this.gain) this.gain.gain.setValueAtTime(this.volume, this.context.currentTime);
  }

  /** Queues samples right after whatever is queued (16-bit mono, as espeak-ng makes them). */
  queueSamples(samples: Int16Array, sampleRate: number): void {
    if (!this.context || samples.length === 0) return;
    const buffer = this.context.createBuffer(1, samples.length, sampleRate);
    const channel = buffer.getChannelData(0);
    for (let index = 0; index < samples.length; index += 1) channel[index] = (samples[index] ?? 0) / 32768;
    this.queueBuffer(buffer);
  }

  /** Decodes a recording (Ogg Opus) and queues it; false if it cannot be decoded. */
  async queueRecording(data: ArrayBuffer): Promise<boolean> {
    if (!this.context) return false;
    try {
      this.queueBuffer(await this.context.decodeAudioData(data));
      return true;
    } catch {
      return false;
    }
  }

  /** Resolves when everything queued so far has played (or was stopped). */
  drained(): Promise<void> {
    const context = this.context;
    if (!context) return Promise.resolve();
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.playing.size === 0 || context.currentTime >= this.endTime) resolve();
        else setTimeout(check, Math.max(20, (this.endTime - context.currentTime) * 1000));
      };
      check();
    });
  }

  stop(): void {
    for (const source of this.playing) {
      source.onended = null;
      try {
        source.stop();
      } catch {
        // Not started yet: disconnecting is enough.
      }
      source.disconnect();
    }
    this.playing.clear();
    this.endTime = 0;
    this.firstSamplePending = false;
  }

  private queueBuffer(buffer: AudioBuffer): void {
    const context = this.context;
    if (!context || !this.gain) return;
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.gain);
    const when = Math.max(context.currentTime + 0.005, this.endTime);
    source.start(when);
    if (this.firstSamplePending) {
      this.firstSamplePending = false;
      // The sound starts at `when` once the output runs (it may still be waking from suspension).
      const mark = (): void => void performance.mark(FIRST_SAMPLE_MARK, { startTime: performance.now() + Math.max(0, when - context.currentTime) * 1000 });
      if (context.state === 'running') mark();
      else void context.resume().then(mark);
    }
    this.endTime = when + buffer.duration;
    this.playing.add(source);
    source.onended = () => this.playing.delete(source);
  }
}

export const player = new SpeechPlayer();
