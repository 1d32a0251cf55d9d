import { describe, expect, it } from 'vitest';
import { looksLikeAddress, looksLikePhoneNumber, OUTDATED_TERMS } from '../../../../../electron/services/content/text-rules';

describe('looksLikePhoneNumber', () => {
  it.each(['Call 22 33 11 60', 'ring 02800', 'call 112', '116 111', '80040008', 'اتصل ٢٢ ٣٣ ١١ ٦٠', 'tel. 23.10.53.20'])('flags %j', (text) => {
    expect(looksLikePhoneNumber(text)).toBe(true);
  });

  it.each(['Under 18', 'within 2 years', '6 months', 'straffeloven § 257', 'barnevernsloven § 13-2', 'since 2023', 'Call {tel_rosa}'])(
    'lets %j pass',
    (text) => {
      expect(looksLikePhoneNumber(text)).toBe(false);
    },
  );
});

describe('looksLikeAddress', () => {
  it.each(['see https://udi.no', 'www.udi.no', 'rosa-help.no', 'mail kom.pod@politiet.no'])('flags %j', (text) => {
    expect(looksLikeAddress(text)).toBe(true);
  });

  it('lets ordinary sentences pass', () => {
    expect(looksLikeAddress('You can get help. No one will be told.')).toBe(false);
  });
});

describe('OUTDATED_TERMS', () => {
  it('catches the terms of the repealed law', () => {
    const hits = (text: string) => OUTDATED_TERMS.some((term) => term.pattern.test(text));
    expect(hits('Se barnevernloven § 6-4')).toBe(true);
    expect(hits('fylkesnemnda')).toBe(true);
    expect(hits('Koordineringsenheten for ofre for menneskehandel')).toBe(true);
    expect(hits('barnevernsloven § 13-2')).toBe(false);
  });
});
