/**
 * The content the UI shows, straight from locales/ (validated at build time by the content
 * checks): languages, topics and the contact registry.
 */
import languageFile from '../../locales/languages.json';
import contactFile from '../../locales/contacts.json';
import topicFile from '../../locales/topics.json';
import walkthroughFile from '../../locales/walkthrough.json';
import { isContactShown } from '../../electron/shared/contact-availability';
import type { Contact, Language, Reference, Topic, Walkthrough } from '../../electron/shared/content-schema';
import type { KioskConfig } from '../../electron/shared/kiosk-config';

import { PSEUDO_LANGUAGES, pseudoLocalesWanted } from '../i18n/pseudo-locales';

/** The shipped languages, plus the two test pseudo-locales when the page asks for them. */
export const LANGUAGES = [
  ...(languageFile.languages as Language[]),
  ...(typeof location !== 'undefined' && pseudoLocalesWanted(location.search) ? PSEUDO_LANGUAGES : []),
];
export const TOPICS = topicFile.topics as Topic[];
export const CONTACTS = contactFile.contacts as Contact[];
export const WALKTHROUGH = walkthroughFile as unknown as Walkthrough;

const REFERENCES = contactFile.references as Reference[];

const contactsById = new Map(CONTACTS.map((contact) => [contact.id, contact]));
const referencesById = new Map(REFERENCES.map((reference) => [reference.id, reference]));
const languagesByCode = new Map(LANGUAGES.map((language) => [language.code, language]));

export function contactById(id: string): Contact | undefined {
  return contactsById.get(id);
}

/** The contacts of a list this kiosk shows (see contact-availability), in the list's order. */
export function shownContacts(ids: readonly string[], settings: KioskConfig): Contact[] {
  return ids.flatMap((id) => {
    const contact = contactsById.get(id);
    return contact && isContactShown(contact, settings) ? [contact] : [];
  });
}

export function languageByCode(code: string): Language | undefined {
  return languagesByCode.get(code);
}

/** The references a topic's source line names (the content checks prove every id exists). */
export function topicSources(topic: Topic): Reference[] {
  return topic.sources.flatMap((id) => referencesById.get(id) ?? []);
}

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id);
}
