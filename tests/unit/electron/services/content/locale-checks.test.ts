import { describe, expect, it } from 'vitest';
import { checkLocale, statedNumbers } from '../../../../../electron/services/content/locale-checks';

describe('statedNumbers', () => {
  it('reads the numbers a message states, in any digits, leaving placeholders out', () => {
    expect(statedNumbers('It lasts 6 months. Call {tel_rosa}. Under 18.')).toEqual(['18', '6']);
    expect(statedNumbers('Ditandai ۶ ماه')).toEqual(['6']);
    expect(statedNumbers('straffeloven § 257')).toEqual(['257']);
  });
});

describe('checkLocale', () => {
  const english = new Map([['stay', 'It lasts 6 months and costs nothing (§ 8-3).']]);
  it('finds a translation that states another number than English', () => {
    expect(checkLocale('ro', new Map([['stay', 'Durează 3 luni și nu costă nimic (§ 8-3).']]), english, new Set())).toEqual([
      { key: 'stay', problem: 'states the numbers [3, 3, 8], English states [3, 6, 8]' },
    ]);
    expect(checkLocale('ro', new Map([['stay', 'Durează 6 luni și nu costă nimic (§ 8-3).']]), english, new Set())).toEqual([]);
  });
});
