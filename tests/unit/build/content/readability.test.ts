import { describe, expect, it } from 'vitest';
import { englishSyllables, fleschKincaidGrade, lix, longestSentence, sentences, words } from '../../../../build/content/readability';

describe('readability', () => {
  it('splits sentences and words in any script', () => {
    expect(sentences('Call now. Are you safe? Yes!\nA heading')).toEqual(['Call now.', 'Are you safe?', 'Yes!', 'A heading']);
    expect(words("Don't wait – call ROSA, 24/7.")).toEqual(["Don't", 'wait', 'call', 'ROSA', '24', '7']);
    expect(words('Få hjelp nå')).toEqual(['Få', 'hjelp', 'nå']);
  });

  it('computes LIX: words per sentence plus the share of long words', () => {
    // 6 words, 2 sentences, 3 words longer than six letters (politiet, Kontakt, barnevernet): 3 + 50.
    expect(lix('Ring politiet nå. Kontakt barnevernet straks.')).toBeCloseTo(53, 5);
  });

  it('counts English syllables well enough for a grade', () => {
    expect([englishSyllables('call'), englishSyllables('police'), englishSyllables('emergency'), englishSyllables('the')]).toEqual([1, 2, 4, 1]);
  });

  it('gives plain text a low grade and dense text a high one', () => {
    expect(fleschKincaidGrade('Call us. We can help. It is free.')).toBeLessThan(3);
    expect(
      fleschKincaidGrade('Public employees with a professional duty of confidentiality must notify child welfare services without undue delay.'),
    ).toBeGreaterThan(12);
  });

  it('finds the longest sentence', () => {
    expect(longestSentence('One two. One two three four. One.')).toBe(4);
  });
});
