import { describe, expect, it } from 'vitest';
import { cleanText, sentences, spokenPhoneNumber } from '../../../../renderer/speech/spoken-text';

describe('phone numbers as espeak-ng reads them', () => {
  it.each([
    ['22 33 11 60', '22, 33, 11, 60'],
    ['113', '1 1 3'],
    ['116 117', '1 1 6, 1 1 7'],
    ['800 40 008', '8 0 0, 40, 0 0 8'],
    ['02800', '0 2 8 0 0'],
    ['400 49 094', '4 0 0, 49, 0 9 4'],
    ['78 98 95 00', '78, 98, 95, 0 0'],
  ])('%s → %s', (display, spoken) => {
    expect(spokenPhoneNumber(display)).toBe(spoken);
  });
});

describe('text for the engine', () => {
  it('drops direction isolates and collapses whitespace', () => {
    expect(cleanText(' Ring \u2066113\u2069\n nå ')).toBe('Ring 113 nå');
  });

  it('splits long text into sentences, keeping short ones together, in scripts with their own full stops', () => {
    expect(sentences('One. Two.')).toEqual(['One. Two.']);
    const long = `${'word '.repeat(30)}end. ${'more '.repeat(30)}stop.`;
    expect(sentences(long)).toHaveLength(2);
    expect(sentences(`${'ሰላም '.repeat(30)}። ${'ሰላም '.repeat(30)}።`)).toHaveLength(2);
  });
});
