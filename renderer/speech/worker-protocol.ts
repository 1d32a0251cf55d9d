/**
 * Messages between the page and the speech worker (renderer/speech/speech-worker.ts). The worker
 * runs espeak-ng off the UI thread and streams 16-bit samples back as they are made.
 */
export type ToWorker =
  /** Load the engine and its voice data now, so the first tap speaks quickly. */
  | { type: 'warm' }
  /** Load a voice's rules and dictionary ahead of time (the first use of some takes a second). */
  | { type: 'prepare'; voice: string }
  | { type: 'speak'; id: number; voice: string; text: string }
  /** Which of these voices the shipped engine has (for the health view and the tests). */
  | { type: 'check'; voices: string[] };

export type FromWorker =
  | { type: 'ready'; sampleRate: number }
  | { type: 'failed'; message: string }
  | { type: 'audio'; id: number; samples: Int16Array }
  | { type: 'done'; id: number; ok: boolean }
  | { type: 'checked'; voices: Record<string, boolean> };
