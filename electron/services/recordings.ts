/**
 * Recorded speech, read from the active content pack (see electron/shared/recordings.ts): the same
 * verified files as every other piece of content, so a recording is signed like a phone number
 * and changes with the pack. A request names `<language>/<message key>.ogg`; it is looked up by
 * that exact name among the pack's files, so no request can reach anything on disk.
 */
import { isRecordingKey, RECORDING_EXTENSION } from '../shared/recordings';
import type { Content } from './content/content-store';

/** Where a recording lives in the content: audio/<language code>/<message key>.ogg. */
export function recordingFileName(language: string, key: string): string {
  return `audio/${language}/${key}${RECORDING_EXTENSION}`;
}

export class Recordings {
  constructor(private readonly content: () => Pick<Content, 'files' | 'languages'>) {}

  /** The message keys that have a recording in a shipped language, sorted. */
  keys(language: string): string[] {
    const { files } = this.content();
    if (!this.shipped(language)) return [];
    const prefix = `audio/${language}/`;
    return [...files.keys()]
      .filter((name) => name.startsWith(prefix) && name.endsWith(RECORDING_EXTENSION))
      .map((name) => name.slice(prefix.length, -RECORDING_EXTENSION.length))
      .filter(isRecordingKey)
      .sort();
  }

  /** How many recordings each language has. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.content().languages.map((language) => [language.code, this.keys(language.code).length]));
  }

  /** The recording for a request path below the prefix (`<code>/<key>.ogg`), or null. */
  recording(requestPath: string): Uint8Array | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(requestPath);
    } catch {
      return null;
    }
    const match = /^([^/]+)\/([^/]+)$/.exec(decoded);
    if (!match?.[1] || !match[2]?.endsWith(RECORDING_EXTENSION)) return null;
    const [, language, name] = match;
    const key = name.slice(0, -RECORDING_EXTENSION.length);
    if (!this.shipped(language) || !isRecordingKey(key)) return null;
    return this.content().files.get(recordingFileName(language, key)) ?? null;
  }

  private shipped(language: string): boolean {
    return this.content().languages.some((shipped) => shipped.code === language);
  }
}
