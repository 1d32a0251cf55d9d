/**
 * Finds recorded speech in the content folder (see electron/shared/recordings.ts), with the same
 * path checks as the app's bundle: only `<shipped language>/<message key>.ogg` inside the
 * recordings folder, never `..`, an encoded separator or a link that leads outside.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveBundleFile } from '../policy/bundle-path';
import { isRecordingKey, RECORDING_EXTENSION } from '../shared/recordings';

/**
 * The one place that says where recordings are: the content folder's audio/. (When content comes
 * from verified content packs, this is the function to point at the active pack.)
 */
export function recordingsRoot(localesDirectory: string): string {
  return path.join(localesDirectory, 'audio');
}

export class Recordings {
  constructor(
    private readonly root: string,
    private readonly languages: readonly string[],
  ) {}

  /** The message keys that have a recording in a language, sorted. */
  keys(language: string): string[] {
    if (!this.languages.includes(language)) return [];
    let names: string[];
    try {
      names = fs.readdirSync(path.join(this.root, language));
    } catch {
      return [];
    }
    return names
      .filter((name) => name.endsWith(RECORDING_EXTENSION))
      .map((name) => name.slice(0, -RECORDING_EXTENSION.length))
      .filter((key) => isRecordingKey(key) && this.file(`${language}/${key}${RECORDING_EXTENSION}`) !== null)
      .sort();
  }

  /** How many recordings each language has. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.languages.map((language) => [language, this.keys(language).length]));
  }

  /** The file for a request path below the prefix (`<code>/<key>.ogg`), or null. */
  file(requestPath: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(requestPath);
    } catch {
      return null;
    }
    const match = /^([^/]+)\/([^/]+)$/.exec(decoded);
    if (!match?.[1] || !match[2]?.endsWith(RECORDING_EXTENSION)) return null;
    const [, language, name] = match;
    if (!this.languages.includes(language) || !isRecordingKey(name.slice(0, -RECORDING_EXTENSION.length))) return null;
    if (!fs.existsSync(this.root)) return null;
    return resolveBundleFile(this.root, `/${language}/${name}`);
  }
}
