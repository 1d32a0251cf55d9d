/**
 * What goes on a slip, built in the shell from the verified registry and the message files: for
 * each chosen contact its name, number, hours and (unless discreet) what it helps with, in the
 * visitor's language and in Norwegian, so a police officer or taxi driver can read it too.
 */
import type { Contact, LocalContact, OpeningHours } from '../../shared/content-schema';
import { dayRange } from '../../shared/opening-hours';
import type { KioskConfig } from '../../shared/kiosk-config';
import type { SlipRequest } from '../../shared/slip-request';
import type { Content } from '../content-store';
import { HostRequestError } from '../host-gateway';

export type Bilingual = { visitor: string; norwegian: string };

export type SlipContact = {
  id: string;
  name: Bilingual;
  /** Left out on discreet slips: a description could say what the visitor is dealing with. */
  what: Bilingual | undefined;
  phones: string[];
  hours: Bilingual | undefined;
  /** Shown as text and encoded as a QR code (https://…). */
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
  office: string | undefined;
};

export class SlipRequestError extends HostRequestError {}

const NORWEGIAN = 'nb';

export function buildSlip(request: SlipRequest, content: Content, config: KioskConfig): SlipModel {
  const language = content.languages.find((candidate) => candidate.code === request.language);
  if (!language) throw new SlipRequestError(`"${request.language}" is not a shipped language.`);
  const { translator } = content;
  const both = (key: string, values: Record<string, string> = {}): Bilingual => ({
    visitor: translator.text(language.code, key, values),
    norwegian: translator.text(NORWEGIAN, key, values),
  });

  const registry = request.contactIds.flatMap((id) => {
    const contact = content.contacts.find((candidate) => candidate.id === id);
    if (!contact) throw new SlipRequestError(`There is no contact "${id}".`);
    // A contact whose name says "trafficking" stays off a discreet slip.
    return request.discreet && !contact.onDiscreetSlips ? [] : [registryContact(contact, request.discreet, both, language.code)];
  });
  const local = request.localContactIds.map((id) => {
    const contact = config.localContacts.find((candidate) => candidate.id === id);
    if (!contact) throw new SlipRequestError(`There is no local contact "${id}".`);
    return localContact(contact, request.discreet, both, language.code);
  });

  const summary =
    request.layout === 'a4' && !request.discreet
      ? content.topics
          .filter((topic) => topic.audience === 'visitor')
          .map((topic) => ({
            title: translator.text(language.code, `topics.${topic.id}.title`),
            text: translator.text(language.code, `topics.${topic.id}.summary`),
          }))
      : [];

  return {
    language: language.code,
    dir: language.dir,
    layout: request.layout,
    discreet: request.discreet,
    title: both(request.discreet ? 'slip.titleDiscreet' : 'slip.title'),
    summary,
    contacts: [...registry, ...local],
    office: config.officeOnSlips ? [config.officeName, config.officeAddress, config.officePhone].filter(Boolean).join(' · ') || undefined : undefined,
  };
}

type Both = (key: string, values?: Record<string, string>) => Bilingual;

function registryContact(contact: Contact, discreet: boolean, both: Both, language: string): SlipContact {
  return {
    id: contact.id,
    name: both(`contacts.${contact.id}.name`),
    what: discreet ? undefined : both(`contacts.${contact.id}.what`),
    phones: contact.phones.map((phone) => phone.display),
    hours: hoursText(contact.hours, both, language),
    web: contact.web,
    email: discreet ? undefined : contact.email,
    addedByOffice: false,
  };
}

function localContact(contact: LocalContact, discreet: boolean, both: Both, language: string): SlipContact {
  return {
    id: `local-${contact.id}`,
    name: { visitor: contact.name, norwegian: contact.name },
    what: discreet || !contact.what ? undefined : { visitor: contact.what, norwegian: contact.what },
    phones: [contact.phone],
    hours: hoursText(contact.hours, both, language),
    web: contact.web,
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
