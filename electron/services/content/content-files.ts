/**
 * The content as a set of files: exactly what `locales/` holds for the kiosk (every file but the
 * translators' notes), keyed by their path relative to it with forward slashes ("contacts.json",
 * "translation-sources/ro.json", "audio/nb/…"). A content pack carries such a set; the shell reads
 * everything it shows from one.
 */
import fs from 'node:fs';
import path from 'node:path';

export type ContentFiles = ReadonlyMap<string, Uint8Array>;

/** Folders of locales/ that are for people, not for the kiosk. */
const NOT_CONTENT = new Set(['notes']);

export function readContentDirectory(directory: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(directory, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !(relative === '' && NOT_CONTENT.has(entry.name))) walk(child);
      else if (entry.isFile()) files.set(child, fs.readFileSync(path.join(directory, child)));
    }
  };
  walk('');
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** A JSON file of the set, parsed; a missing or unparsable one throws with its name. */
export function readJsonFile(files: ContentFiles, name: string): unknown {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`${name} is missing.`);
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new Error(`${name} is not valid JSON.`);
  }
}
