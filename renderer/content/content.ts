/**
 * The content the UI shows, straight from locales/ (validated at build time by the content
 * checks): languages, topics and the contact registry.
 */
import languageFile from '../../locales/languages.json';
import contactFile from '../../locales/contacts.json';
import topicFile from '../../locales/topics.json';
import type { Contact, Language, Topic } from '../../electron/shared/content-schema';

export const LANGUAGES = languageFile.languages as Language[];
export const TOPICS = topicFile.topics as Topic[];
export const CONTACTS = contactFile.contacts as Contact[];

const contactsById = new Map(CONTACTS.map((contact) => [contact.id, contact]));
const languagesByCode = new Map(LANGUAGES.map((language) => [language.code, language]));

export function contactById(id: string): Contact | undefined {
  return contactsById.get(id);
}

export function languageByCode(code: string): Language | undefined {
  return languagesByCode.get(code);
}

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id);
}
