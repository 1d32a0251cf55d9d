import { describe, expect, it } from 'vitest';
import { readTranslationSources, sourceHash, staleKeys } from '../../../../electron/shared/translation-sources';

describe('translation sources', () => {
  it('fingerprints an English text so that any change to it shows', () => {
    expect(sourceHash('It costs nothing.')).toMatch(/^[0-9a-f]{8}$/);
    expect(sourceHash('It costs nothing.')).toBe(sourceHash('It costs nothing.'));
    expect(sourceHash('It costs nothing.')).not.toBe(sourceHash('It costs nothing'));
    expect(sourceHash('Ring 112')).not.toBe(sourceHash('Ring 113'));
  });

  it('lists as stale every translation whose English changed since, or that records no source', () => {
    const english = new Map([
      ['a', 'The permit can lead to living here for good.'],
      ['b', 'Call ROSA.'],
      ['c', 'New text.'],
    ]);
    const romanian = new Map([
      ['a', 'Permisul vă dă dreptul să locuiți aici pentru totdeauna.'],
      ['b', 'Sunați la ROSA.'],
      ['c', 'Text nou.'],
    ]);
    const sources = readTranslationSources({ $comment: 'ignored', a: sourceHash('It gives the right to live here for ever.'), b: sourceHash('Call ROSA.') });
    expect(staleKeys(romanian, english, sources)).toEqual(['a', 'c']);
  });
});
