/** The content the UI must show, read straight from locales/ (the tests never restate it). */
import fs from 'node:fs';
import path from 'node:path';
import type { Contact, Topic } from '../../electron/shared/content-schema';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { flattenMessages, type MessageTree } from '../../electron/shared/messages';

const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', file), 'utf8'));

export const CONTACTS = (read('contacts.json') as { contacts: Contact[] }).contacts;
export const TOPICS = (read('topics.json') as { topics: Topic[] }).topics;

export function contact(id: string): Contact {
  const found = CONTACTS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
}

const catalogs = new Map<string, Map<string, string>>();

/** A message's source text in a language, e.g. message('nb', 'topics.stay.title'). */
export function message(language: string, key: string): string {
  let catalog = catalogs.get(language);
  if (!catalog) {
    catalog = flattenMessages(read(`${language}.json`) as MessageTree);
    catalogs.set(language, catalog);
  }
  const found = catalog.get(key);
  if (found === undefined) throw new Error(`no ${key} in ${language}`);
  return found;
}
