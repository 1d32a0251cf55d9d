/**
 * The content the UI shows, as the host gives it from the verified content pack at start
 * (`content:get`): languages, topics, the contact registry, references and the walkthrough.
 * Nothing of it is bundled into the page's JavaScript. Installed once, before the app mounts;
 * the names below are live bindings, so every importer sees the installed content.
 */
import { isContactShown } from '../../electron/shared/contact-availability';
import type { Contact, Language, Reference, Topic, Walkthrough } from '../../electron/shared/content-schema';
import type { HostResponse } from '../../electron/shared/host-contract';
import type { KioskConfig } from '../../electron/shared/kiosk-config';
import { PSEUDO_LANGUAGES } from '../i18n/pseudo-languages';

export type PageContent = HostResponse<'content:get'>;

/** The shipped languages, plus the two test pseudo-locales when the page asks for them. */
export let LANGUAGES: Language[] = [];
export let TOPICS: Topic[] = [];
export let CONTACTS: Contact[] = [];
export let WALKTHROUGH: Walkthrough = { questions: [], rules: [] };
/** "Choose your language" in each language, for the welcome screen (no language's messages needed). */
export let INVITATIONS: Record<string, string> = {};

let contactsById = new Map<string, Contact>();
let referencesById = new Map<string, Reference>();
let languagesByCode = new Map<string, Language>();

export function installContent(content: PageContent, withPseudoLocales: boolean): void {
  LANGUAGES = [...content.languages, ...(withPseudoLocales ? PSEUDO_LANGUAGES : [])];
  TOPICS = content.topics;
  CONTACTS = content.contacts;
  WALKTHROUGH = content.walkthrough;
  INVITATIONS = content.invitations;
  contactsById = new Map(CONTACTS.map((contact) => [contact.id, contact]));
  referencesById = new Map(content.references.map((reference) => [reference.id, reference]));
  languagesByCode = new Map(LANGUAGES.map((language) => [language.code, language]));
}

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
