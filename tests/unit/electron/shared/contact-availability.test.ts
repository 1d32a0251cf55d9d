import { describe, expect, it } from 'vitest';
import { contactPhones, fitsPlainSlip, isContactShown } from '../../../../electron/shared/contact-availability';
import type { Contact } from '../../../../electron/shared/content-schema';
import { DEFAULT_CONFIG } from '../../../../electron/shared/kiosk-config';

const base: Contact = {
  id: 'x',
  kind: 'helpline',
  officialName: 'X',
  phones: [{ display: '22 33 11 60', dial: '+4722331160' }],
  hours: { type: 'always' },
  source: 'https://example.org/',
  verified: '2026-11-30',
  confidence: 'S',
  onPlainSlips: true,
};
const local: Contact = { ...base, id: 'barnevernvakt-local', phones: [], phoneFromSetting: 'childWelfareEmergencyPhone' };
const regional: Contact = { ...base, id: 'helsesenter-oslo', area: 'Oslo' };

describe('which contacts a kiosk shows', () => {
  it('shows a contact whose number the office supplies only once the office has entered it, with that number', () => {
    expect(isContactShown(local, DEFAULT_CONFIG)).toBe(false);
    expect(contactPhones(local, DEFAULT_CONFIG)).toEqual([]);
    const set = { ...DEFAULT_CONFIG, childWelfareEmergencyPhone: '55 36 11 80' };
    expect(isContactShown(local, set)).toBe(true);
    expect(contactPhones(local, set)).toEqual(['55 36 11 80']);
  });

  it('shows a regional service only where the office turned it on', () => {
    expect(isContactShown(regional, DEFAULT_CONFIG)).toBe(false);
    expect(isContactShown(regional, { ...DEFAULT_CONFIG, regionalContacts: ['helsesenter-oslo'] })).toBe(true);
    expect(isContactShown(base, DEFAULT_CONFIG)).toBe(true);
  });

  it('puts on a plain slip only contacts with a neutral name and a number', () => {
    expect(fitsPlainSlip(base, DEFAULT_CONFIG)).toBe(true);
    expect(fitsPlainSlip({ ...base, onPlainSlips: false }, DEFAULT_CONFIG)).toBe(false);
    expect(fitsPlainSlip({ ...base, phones: [], web: 'udi.no' }, DEFAULT_CONFIG)).toBe(false);
    expect(fitsPlainSlip(local, { ...DEFAULT_CONFIG, childWelfareEmergencyPhone: '55 36 11 80' })).toBe(true);
  });
});
