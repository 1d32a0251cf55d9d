import { describe, expect, it } from 'vitest';
import { buildSlip } from '../../../../../electron/services/slips/slip-model';
import { DEFAULT_CONFIG } from '../../../../../electron/shared/kiosk-config';
import { CONTENT } from '../../../helpers/real-content';

const request = { language: 'en', contactIds: ['rosa', 'iom'], localContactIds: [], discreet: false, layout: '80mm' as const };
/** A kiosk whose office entered its local numbers and turned on every regional service. */
const SET_UP = {
  ...DEFAULT_CONFIG,
  childWelfareEmergencyPhone: '55 36 11 80',
  crisisCentrePhone: '12 34 56 78',
  regionalContacts: CONTENT.contacts.filter((contact) => contact.area).map((contact) => contact.id),
};
const localContact = { id: 'bvv', name: 'Barnevernvakta i Bergen', phone: '12 34 56 78', hours: { type: 'unknown' as const }, topics: ['help-now'] };

describe('buildSlip', () => {
  it('takes every number from the registry, with names in the visitor language and in Norwegian', () => {
    const slip = buildSlip(request, CONTENT, DEFAULT_CONFIG);
    expect(slip.contacts.map((contact) => [contact.id, contact.phones])).toEqual([
      ['rosa', ['22 33 11 60']],
      ['iom', ['23 10 53 20']],
    ]);
    expect(slip.contacts[0]?.name).toEqual({ visitor: 'ROSA helpline', norwegian: 'ROSA hjelpetelefon' });
    expect(slip.contacts[0]?.hours).toEqual({ visitor: 'Open day and night, every day', norwegian: 'Åpent hele døgnet, hver dag' });
    expect(slip.contacts[1]?.hours?.norwegian).toBe('Åpent mandag–fredag 10:00–15:00');
    expect(slip.contacts[1]?.web).toBe('iom.no');
  });

  it('makes a plain slip of neutral names, numbers and hours only: no descriptions, addresses or office', () => {
    const slip = buildSlip({ ...request, discreet: true }, CONTENT, { ...DEFAULT_CONFIG, officeName: 'Krisesenteret', officeOnSlips: true });
    expect(slip.title).toEqual({ visitor: 'Useful numbers', norwegian: 'Nyttige numre' });
    expect(slip.contacts.map((contact) => contact.name)).toEqual([
      { visitor: 'ROSA', norwegian: 'ROSA' },
      { visitor: 'IOM', norwegian: 'IOM' },
    ]);
    expect(slip.contacts.every((contact) => !contact.what && !contact.web && !contact.email)).toBe(true);
    expect(slip.office).toBeUndefined();
  });

  it('leaves off a plain slip, and names, every contact without a neutral name or a number', () => {
    const everyone = CONTENT.contacts.map((contact) => contact.id);
    const slip = buildSlip({ ...request, contactIds: everyone, discreet: true }, CONTENT, SET_UP);
    expect(slip.leftOff.sort()).toEqual(['asylinfo', 'barnevernvakten', 'kom', 'kripos-tips', 'krisesenter', 'udi']);
    expect(slip.contacts.map((contact) => contact.id)).not.toContain('krisesenter');
    // The numbers the office entered are on it, under neutral names.
    expect(slip.contacts.find((contact) => contact.id === 'krisesenter-local')).toMatchObject({ phones: ['12 34 56 78'], name: { visitor: 'Local centre', norwegian: 'Senteret' } });
    // A full slip leaves nothing off.
    expect(buildSlip({ ...request, contactIds: everyone }, CONTENT, SET_UP).leftOff).toEqual([]);
  });

  it("puts an office's own contact on a plain slip only under the plain name the office gave it", () => {
    const withoutPlainName = buildSlip({ ...request, contactIds: [], localContactIds: ['bvv'], discreet: true }, CONTENT, { ...DEFAULT_CONFIG, localContacts: [localContact] });
    expect(withoutPlainName.contacts).toEqual([]);
    expect(withoutPlainName.leftOff).toEqual(['local-bvv']);
    const withPlainName = buildSlip(
      { ...request, contactIds: [], localContactIds: ['bvv'], discreet: true },
      CONTENT,
      { ...DEFAULT_CONFIG, localContacts: [{ ...localContact, slipName: 'Vakta' }] },
    );
    expect(withPlainName.contacts).toMatchObject([{ id: 'local-bvv', name: { visitor: 'Vakta', norwegian: 'Vakta' }, phones: ['12 34 56 78'] }]);
  });

  it('carries no place or office unless the office turns that on', () => {
    expect(buildSlip(request, CONTENT, { ...DEFAULT_CONFIG, officeName: 'Kontoret' }).office).toBeUndefined();
    expect(buildSlip(request, CONTENT, { ...DEFAULT_CONFIG, officeName: 'Kontoret', officeOnSlips: true }).office).toBe('Kontoret');
  });

  it("adds the office's own contacts, by id, from its settings", () => {
    const slip = buildSlip({ ...request, contactIds: [], localContactIds: ['bvv'] }, CONTENT, { ...DEFAULT_CONFIG, localContacts: [localContact] });
    expect(slip.contacts).toMatchObject([{ id: 'local-bvv', phones: ['12 34 56 78'], addedByOffice: true }]);
  });

  it('puts the rights summary on the A4 leaflet', () => {
    const slip = buildSlip({ ...request, layout: 'a4' }, CONTENT, DEFAULT_CONFIG);
    expect(slip.summary.map((item) => item.title)).toContain('Your rights in Norway');
    expect(buildSlip(request, CONTENT, DEFAULT_CONFIG).summary).toEqual([]);
  });

  it.each([
    [{ ...request, contactIds: ['made-up'] }, 'There is no such contact.'],
    // Not shown on this kiosk: the office has not entered the number, or not turned the service on.
    [{ ...request, contactIds: ['barnevernvakt-local'] }, 'There is no such contact.'],
    [{ ...request, contactIds: ['helsesenter-oslo'] }, 'There is no such contact.'],
    [{ ...request, localContactIds: ['nope'] }, 'There is no such local contact.'],
    [{ ...request, language: 'xx' }, 'That language is not shipped.'],
  ])('refuses what this kiosk does not show, without repeating what the page sent', (bad, message) => {
    expect(() => buildSlip(bad, CONTENT, DEFAULT_CONFIG)).toThrow(message);
  });
});
