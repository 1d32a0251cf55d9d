/**
 * What goes on a slip, built in the shell from the verified registry and the message files: for
 * each chosen contact its name, number, hours and (on a full slip) what it helps with and its web
 * address, in the visitor's language and in Norwegian, so a police officer or taxi driver can read
 * it too.
 *
 * A plain slip (the default) must say nothing about what the visitor is going through, because
 * someone dangerous may find it: it carries a neutral title, each contact's neutral slip name and
 * its numbers and hours only — no descriptions, web addresses, e-mail or QR codes, no office
 * details. A contact that cannot be named neutrally, or has no number, is left off, and the
 * preview says which.
 */
import { contactPhones, fitsPlainSlip, isContactShown } from '../../shared/contact-availability';
import type { Contact, LocalContact, OpeningHours } from '../../shared/content-schema';
import { dayRange } from '../../shared/opening-hours';
import type { KioskConfig } from '../../shared/kiosk-config';
import type { SlipRequest } from '../../shared/slip-request';
import type { Content } from '../content/content-store';
import { HostRequestError } from '../host-gateway';

export type Bilingual = { visitor: string; norwegian: string };

export type SlipContact = {
  id: string;
  name: Bilingual;
  /** Full slips only: a description could say what the visitor is dealing with. */
  what: Bilingual | undefined;
  phones: string[];
  hours: Bilingual | undefined;
  /** Full slips only: shown as text and encoded as a QR code (https://…). */
  web: string | undefined;
  email: string | undefined;
  addedByOffice: boolean;
};

export type SlipModel = {
  language: string;
  dir: 'ltr' | 'rtl';
  layout: SlipRequest['layout'];
  discreet: boolean;
  title: Bilingual;
  /** A4 leaflets carry the rights summary: each visitor topic's title and short answer. */
  summary: { title: string; text: string }[];
  contacts: SlipContact[];
  /** Contacts asked for but left off a plain slip (registry ids, or `local-<id>`). */
  leftOff: string[];
  office: string | undefined;
};

export class SlipRequestError extends HostRequestError {}

const NORWEGIAN = 'nb';

export function buildSlip(request: SlipRequest, content: Content, config: KioskConfig): SlipModel {
  const language = content.languages.find((candidate) => candidate.code === request.language);
  if (!language) throw new SlipRequestError('That language is not shipped.');
  const { translator } = content;
  const both = (key: string, values: Record<string, string> = {}): Bilingual => ({
    visitor: translator.text(language.code, key, values),
    norwegian: translator.text(NORWEGIAN, key, values),
  });
  const plain = request.discreet;
  const leftOff: string[] = [];

  const registry = request.contactIds.flatMap((id) => {
    const contact = content.contacts.find((candidate) => candidate.id === id);
    // The page offers only the contacts this kiosk shows; anything else is not a contact here.
    if (!contact || !isContactShown(contact, config)) throw new SlipRequestError('There is no such contact.');
    if (plain && !fitsPlainSlip(contact, config)) {
      leftOff.push(id);
      return [];
    }
    return [registryContact(contact, plain, both, language.code, config)];
  });
  const local = request.localContactIds.flatMap((id) => {
    const contact = config.localContacts.find((candidate) => candidate.id === id);
    if (!contact) throw new SlipRequestError('There is no such local contact.');
    if (plain && !contact.slipName) {
      leftOff.push(`local-${id}`);
      return [];
    }
    return [localContact(contact, plain, both, language.code)];
  });

  const summary =
    request.layout === 'a4' && !plain
      ? content.topics
          .filter((topic) => topic.audience === 'visitor')
          .map((topic) => ({
            title: translator.text(language.code, `topics.${topic.id}.title`),
            text: translator.text(language.code, `topics.${topic.id}.summary`),
          }))
      : [];
  const office = config.officeOnSlips && !plain ? [config.officeName, config.officeAddress, config.officePhone].filter(Boolean).join(' · ') : '';

  return {
    language: language.code,
    dir: language.dir,
    layout: request.layout,
    discreet: plain,
    title: both(plain ? 'slip.titleDiscreet' : 'slip.title'),
    summary,
    contacts: [...registry, ...local],
    leftOff,
    office: office || undefined,
  };
}

type Both = (key: string, values?: Record<string, string>) => Bilingual;

function registryContact(contact: Contact, plain: boolean, both: Both, language: string, config: KioskConfig): SlipContact {
  return {
    id: contact.id,
    name: both(`contacts.${contact.id}.${plain ? 'slipName' : 'name'}`),
    what: plain ? undefined : both(`contacts.${contact.id}.what`),
    phones: contactPhones(contact, config),
    hours: hoursText(contact.hours, both, language),
    web: plain ? undefined : contact.web,
    email: plain ? undefined : contact.email,
    addedByOffice: false,
  };
}

function localContact(contact: LocalContact, plain: boolean, both: Both, language: string): SlipContact {
  const name = (plain ? contact.slipName : undefined) ?? contact.name;
  return {
    id: `local-${contact.id}`,
    name: { visitor: name, norwegian: name },
    what: plain || !contact.what ? undefined : { visitor: contact.what, norwegian: contact.what },
    phones: [contact.phone],
    hours: hoursText(contact.hours, both, language),
    web: plain ? undefined : contact.web,
    email: undefined,
    addedByOffice: true,
  };
}

function hoursText(hours: OpeningHours, both: Both, language: string): Bilingual | undefined {
  if (hours.type === 'always') return both('contact.alwaysOpen');
  if (hours.type === 'unknown') return undefined;
  const lines = hours.slots.map((slot) => ({
    visitor: both('contact.hours', { days: dayRange(slot.days, language), from: slot.open, to: slot.close }).visitor,
    norwegian: both('contact.hours', { days: dayRange(slot.days, NORWEGIAN), from: slot.open, to: slot.close }).norwegian,
  }));
  return { visitor: lines.map((line) => line.visitor).join('; '), norwegian: lines.map((line) => line.norwegian).join('; ') };
}
