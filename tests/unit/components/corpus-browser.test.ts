import { describe, expect, it } from 'vitest';
import { metaLine } from '@/components/options/CorpusBrowser';

describe('metaLine (options page)', () => {
  it('gives outlet, day, authors and length, the day written as the popup writes it', () => {
    expect(metaLine({ outlet: 'Yahoo News', published: '2022-02-03T07:52:14.000Z', authors: ['Vladimir Isachenkov'], words: 873 })).toBe(
      'Yahoo News · 3 Feb 2022 · Vladimir Isachenkov · 873 words',
    );
  });

  it('does not repeat the outlet as its author, and skips what is unknown', () => {
    expect(metaLine({ outlet: 'The Kyiv Independent', authors: ['The Kyiv Independent'], words: 323 })).toBe('The Kyiv Independent · 323 words');
  });
});
