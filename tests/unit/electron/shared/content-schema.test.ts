import { describe, expect, it } from 'vitest';
import { staleContacts, type Contact } from '../../../../electron/shared/content-schema';

const contact = (id: string, verified: string): Contact => ({
  id,
  kind: 'helpline',
  officialName: id,
  phones: [],
  hours: { type: 'unknown' },
  web: 'example.no',
  source: 'https://example.no/',
  verified,
  confidence: 'S',
  onPlainSlips: true,
});

describe('staleContacts', () => {
  it('lists the contacts verified more than 12 months ago, for the staff health view', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const contacts = [contact('fresh', '2026-06-01'), contact('edge', '2025-11-29'), contact('old', '2025-11-27')];
    expect(staleContacts(contacts, now).map((c) => c.id)).toEqual(['old']);
  });
});
