/**
 * Loads locales/ for the content tests: the registry files and every language's messages,
 * flattened to `dotted.key → message`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { flattenMessages, type MessageTree } from '../../electron/shared/messages';

export const LOCALES = path.join(PROJECT_ROOT, 'locales');
/** The data files in locales/ that are not one language's messages. */
export const REGISTRY_FILES = ['languages.json', 'contacts.json', 'topics.json', 'walkthrough.json', 'plain-slip-words.json'];

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, file), 'utf8'));
}

/** code → flattened messages, for every locales/<code>.json that is not a registry file. */
export function messageFiles(): Map<string, Map<string, string>> {
  return new Map(
    fs
      .readdirSync(LOCALES)
      .filter((file) => file.endsWith('.json') && !REGISTRY_FILES.includes(file))
      .map((file) => [file.replace(/\.json$/, ''), flattenMessages(readJson(file) as MessageTree)]),
  );
}
