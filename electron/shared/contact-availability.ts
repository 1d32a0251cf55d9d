/**
 * Which registry contacts a kiosk shows, and with which numbers, given the office's settings. The
 * screen and the slips both decide it here, so a number the screen shows is the number a slip
 * prints.
 */
import type { Contact } from './content-schema';
import type { KioskConfig } from './kiosk-config';

type Settings = Pick<KioskConfig, 'childWelfareEmergencyPhone' | 'crisisCentrePhone' | 'regionalContacts'>;

/** The numbers to show: the registry's own, or the one the office entered for this service. */
export function contactPhones(contact: Contact, settings: Settings): string[] {
  if (contact.phoneFromSetting) {
    const phone = settings[contact.phoneFromSetting];
    return phone ? [phone] : [];
  }
  return contact.phones.map((phone) => phone.display);
}

/**
 * A contact whose number the office supplies is shown once the office has entered it; a regional
 * service only where the office turned it on; every other contact always.
 */
export function isContactShown(contact: Contact, settings: Settings): boolean {
  if (contact.phoneFromSetting) return contactPhones(contact, settings).length > 0;
  if (contact.area) return settings.regionalContacts.includes(contact.id);
  return true;
}

/**
 * Whether a plain slip can carry the contact: it must have a neutral name (`onPlainSlips`) and a
 * number (a plain slip prints names and numbers only: no web address, which may itself say what
 * the service is about).
 */
export function fitsPlainSlip(contact: Contact, settings: Settings): boolean {
  return contact.onPlainSlips && contactPhones(contact, settings).length > 0;
}
