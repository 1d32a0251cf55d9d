/** The content the UI must show, read straight from locales/ (the tests never restate it). */
import fs from 'node:fs';
import path from 'node:path';
import type { Contact, ContactRegistry, Topic } from '../../electron/shared/content-schema';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { flattenMessages, type MessageTree } from '../../electron/shared/messages';

const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', file), 'utf8'));

const registry = read('contacts.json') as ContactRegistry;
export const CONTACTS = registry.contacts;
const REFERENCES = registry.references;
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

/** The labels of the references a topic's source line names. */
export function sourceLabels(topic: Topic): string[] {
  return topic.sources.map((id) => {
    const found = REFERENCES.find((reference) => reference.id === id);
    if (!found) throw new Error(`no reference ${id}`);
    return found.label;
  });
}
