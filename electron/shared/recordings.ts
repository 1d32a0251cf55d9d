/**
 * Recorded human speech: content may carry a recording for any message key, as
 * `audio/<language code>/<message key>.ogg` in the content folder. The page never probes for
 * them: it asks the host which exist (`audio:recordings`) and loads those from this path prefix.
 *
 * Ogg Opus: the open, patent-free codec made for speech (a clear voice at 24–32 kbit/s, so a
 * whole language's recordings stay small), decoded by every Chromium and Electron build without
 * the proprietary codecs, and written by free tools (opusenc, ffmpeg).
 */
import * as v from 'valibot';

export const RECORDING_PATH_PREFIX = '__audio/';
export const RECORDING_EXTENSION = '.ogg';
export const RECORDING_CONTENT_TYPE = 'audio/ogg';
/** The recording of a language's own name, for the language picker (it is not a message). */
export const ENDONYM_RECORDING_KEY = 'language.endonym';

/** A message key: dot-separated words of letters, digits and dashes (no path of any kind). */
export const RecordingKeySchema = v.pipe(v.string(), v.maxLength(160), v.regex(/^[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*$/));

export function isRecordingKey(key: string): boolean {
  return v.is(RecordingKeySchema, key);
}

/** Where the page loads a recording from (relative to the app's start page). */
export function recordingUrl(language: string, key: string): string {
  return `${RECORDING_PATH_PREFIX}${encodeURIComponent(language)}/${encodeURIComponent(key)}${RECORDING_EXTENSION}`;
}
