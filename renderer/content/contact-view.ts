/**
 * What a contact card shows, whether the contact comes from the verified registry (names and
 * descriptions translated in locales/) or was added by the office (written in one language).
 */
import { contactPhones } from '../../electron/shared/contact-availability';
import type { Contact, LocalContact, OpeningHours } from '../../electron/shared/content-schema';
import type { KioskConfig } from '../../electron/shared/kiosk-config';
import { t } from '../i18n/i18n.svelte';

export type ContactView = {
  id: string;
  kind: Contact['kind'];
  name: string;
  what: string | undefined;
  /** The Norwegian name, for a police officer or taxi driver who reads over the visitor's shoulder. */
  officialName: string | undefined;
  phones: string[];
  hours: OpeningHours;
  web: string | undefined;
  email: string | undefined;
  addedByOffice: boolean;
};

/** A registry contact as shown; its numbers are the registry's, or the one the office entered. */
export function registryContactView(contact: Contact, language: string, settings: KioskConfig): ContactView {
  return {
    id: contact.id,
    kind: contact.kind,
    name: t(`contacts.${contact.id}.name`, {}, language),
    what: t(`contacts.${contact.id}.what`, {}, language),
    // Norwegian readers (Bokmål or Nynorsk) already read the Norwegian name.
    officialName: language === 'nb' || language === 'nn' ? undefined : contact.officialName,
    phones: contactPhones(contact, settings),
    hours: contact.hours,
    web: contact.web,
    email: contact.email,
    addedByOffice: false,
  };
}

export function localContactView(contact: LocalContact): ContactView {
  return {
    id: `local-${contact.id}`,
    kind: 'local',
    name: contact.name,
    what: contact.what,
    officialName: undefined,
    phones: [contact.phone],
    hours: contact.hours,
    web: contact.web,
    email: undefined,
    addedByOffice: true,
  };
}
