import { describe, expect, it } from 'vitest';
import { buildSlip } from '../../../../../electron/services/slips/slip-model';
import { DEFAULT_CONFIG } from '../../../../../electron/shared/kiosk-config';
import { CONTENT } from '../../../helpers/real-content';

const request = { language: 'en', contactIds: ['rosa', 'iom'], localContactIds: [], discreet: false, layout: '80mm' as const };

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

  it('is discreet when asked: a neutral title and no descriptions or e-mail addresses', () => {
    const slip = buildSlip({ ...request, discreet: true }, CONTENT, DEFAULT_CONFIG);
    expect(slip.title).toEqual({ visitor: 'Useful numbers', norwegian: 'Nyttige numre' });
    expect(slip.contacts.every((contact) => contact.what === undefined && contact.email === undefined)).toBe(true);
    expect(JSON.stringify(slip)).not.toMatch(/traffick|menneskehandel|exploit|utnytt/i);
  });

  it('leaves off a discreet slip, in every language, the contacts whose names say "trafficking"', () => {
    const telling = CONTENT.contacts.filter((contact) => !contact.onDiscreetSlips);
    expect(telling.map((contact) => contact.id).sort()).toEqual(['kom', 'kripos-tips']);
    const everyone = CONTENT.contacts.map((contact) => contact.id);
    for (const language of CONTENT.languages) {
      const slip = buildSlip({ ...request, language: language.code, contactIds: everyone, discreet: true }, CONTENT, DEFAULT_CONFIG);
      const text = JSON.stringify(slip);
      for (const contact of telling) {
        expect(text, `${language.code}: ${contact.id}`).not.toContain(CONTENT.translator.text(language.code, `contacts.${contact.id}.name`));
        expect(text).not.toContain(CONTENT.translator.text('nb', `contacts.${contact.id}.name`));
      }
    }
  });

  it('carries no place or office unless the office turns that on', () => {
    expect(buildSlip(request, CONTENT, { ...DEFAULT_CONFIG, officeName: 'Krisesenteret' }).office).toBeUndefined();
    expect(buildSlip(request, CONTENT, { ...DEFAULT_CONFIG, officeName: 'Krisesenteret', officeOnSlips: true }).office).toBe('Krisesenteret');
  });

  it("adds the office's own contacts, by id, from its settings", () => {
    const config = { ...DEFAULT_CONFIG, localContacts: [{ id: 'bvv', name: 'Barnevernvakta', phone: '12 34 56 78', hours: { type: 'unknown' as const }, topics: ['help-now'] }] };
    const slip = buildSlip({ ...request, contactIds: [], localContactIds: ['bvv'] }, CONTENT, config);
    expect(slip.contacts).toMatchObject([{ id: 'local-bvv', phones: ['12 34 56 78'], addedByOffice: true }]);
  });

  it('puts the rights summary on the A4 leaflet', () => {
    const slip = buildSlip({ ...request, layout: 'a4' }, CONTENT, DEFAULT_CONFIG);
    expect(slip.summary.map((item) => item.title)).toContain('Your rights in Norway');
    expect(buildSlip(request, CONTENT, DEFAULT_CONFIG).summary).toEqual([]);
  });

  it.each([
    [{ ...request, contactIds: ['made-up'] }, 'There is no contact "made-up".'],
    [{ ...request, localContactIds: ['nope'] }, 'There is no local contact "nope".'],
    [{ ...request, language: 'xx' }, '"xx" is not a shipped language.'],
  ])('refuses what does not exist', (bad, message) => {
    expect(() => buildSlip(bad, CONTENT, DEFAULT_CONFIG)).toThrow(message);
  });
});
