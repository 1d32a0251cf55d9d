/**
 * The page's side of the speech worker: starts it once, warms it, and turns "say this with that
 * voice" into a stream of sample chunks. If the engine cannot load, every request ends at once
 * with `ok: false` and `failure` says why; nothing else in the kiosk depends on it.
 */
import type { FromWorker, ToWorker } from './worker-protocol';

/** A performance mark when the engine can speak (the benchmark times Listen on a warm engine). */
const ENGINE_READY_MARK = 'read-aloud:engine-ready';

type Chunk = (samples: Int16Array, sampleRate: number) => void;
type Pending = { onChunk: Chunk; finish: (ok: boolean) => void };

class SpeechEngine {
  private worker: Worker | undefined;
  private sampleRate = 22050;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: ((ok: boolean) => void)[] = [];
  private state: 'cold' | 'loading' | 'ready' | 'failed' = 'cold';
  failure: string | undefined;
  private checks: ((voices: Record<string, boolean>) => void)[] = [];

  /** Starts the worker and loads the engine; resolves true when it can speak. */
  warm(): Promise<boolean> {
    if (this.state === 'ready') return Promise.resolve(true);
    if (this.state === 'failed') return Promise.resolve(false);
    const ready = new Promise<boolean>((resolve) => this.waiting.push(resolve));
    if (this.state === 'cold') this.start();
    return ready;
  }

  /** Loads a voice's dictionary ahead of the first tap (no sound). */
  prepare(voice: string): void {
    void this.warm().then((ok) => ok && this.send({ type: 'prepare', voice }));
  }

  /** Streams the voice's samples for `text`; resolves when all were sent (false: nothing or not all). */
  async speak(voice: string, text: string, onChunk: Chunk): Promise<boolean> {
    if (!(await this.warm())) return false;
    const id = this.nextId++;
    return new Promise<boolean>((finish) => {
      this.pending.set(id, { onChunk, finish });
      this.send({ type: 'speak', id, voice, text });
    });
  }

  /** Forgets a request's remaining chunks (the worker finishes the short text it is on). */
  cancelAll(): void {
    for (const [id, request] of this.pending) {
      this.pending.delete(id);
      request.finish(false);
    }
  }

  async check(voices: string[]): Promise<Record<string, boolean> | undefined> {
    if (!(await this.warm())) return undefined;
    return new Promise((resolve) => {
      this.checks.push(resolve);
      this.send({ type: 'check', voices });
    });
  }

  private start(): void {
    this.state = 'loading';
    try {
      this.worker = new Worker(new URL('./speech-worker.ts', import.meta.url), { type: 'module', name: 'speech' });
    } catch (error) {
      this.fail((error as Error).message);
      return;
    }
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || 'the speech worker could not start');
    };
    this.send({ type: 'warm' });
  }

  private receive(message: FromWorker): void {
    if (message.type === 'ready') {
      this.sampleRate = message.sampleRate;
      this.state = 'ready';
      performance.mark(ENGINE_READY_MARK);
      for (const resolve of this.waiting.splice(0)) resolve(true);
    } else if (message.type === 'failed') this.fail(message.message);
    else if (message.type === 'audio') this.pending.get(message.id)?.onChunk(message.samples, this.sampleRate);
    else if (message.type === 'done') {
      this.pending.get(message.id)?.finish(message.ok);
      this.pending.delete(message.id);
    } else if (message.type === 'checked') for (const resolve of this.checks.splice(0)) resolve(message.voices);
  }

  private fail(reason: string): void {
    this.state = 'failed';
    this.failure = reason;
    this.worker?.terminate();
    this.worker = undefined;
    for (const resolve of this.waiting.splice(0)) resolve(false);
    for (const resolve of this.checks.splice(0)) resolve({});
    this.cancelAll();
  }

  private send(message: ToWorker): void {
    this.worker?.postMessage(message);
  }
}

export const engine = new SpeechEngine();
