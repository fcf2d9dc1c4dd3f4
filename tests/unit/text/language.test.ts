import { describe, expect, it } from 'vitest';
import { isGerman, primaryLanguage } from '@/lib/text/language';
import { isStopword } from '@/lib/text';
import { findQuotes } from '@/lib/quotes';

describe('primaryLanguage', () => {
  it('reads the primary subtag of a tag in any case and with either separator', () => {
    expect(['de', 'de-AT', 'de_CH', 'DE-de', ' de '].map(primaryLanguage)).toEqual(['de', 'de', 'de', 'de', 'de']);
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage('fr')).toBe('fr');
  });

  it('reads the three-letter codes of the languages with rules as their two-letter tags', () => {
    expect(['deu', 'ger', 'eng'].map(primaryLanguage)).toEqual(['de', 'de', 'en']);
  });

  it('gives nothing for a missing or empty tag', () => {
    expect([undefined, null, '', '  '].map(primaryLanguage)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('does not take another language that starts with the same letters for German', () => {
    // "del" (Delaware) starts with the letters "de"; it is not German.
    expect(['del', 'dsb', 'en'].map(isGerman)).toEqual([false, false, false]);
    expect(isGerman('deu')).toBe(true);
  });
});

describe('one reading of the tag for text and quote rules', () => {
  it('reads German function words and German quote cues under a three-letter tag', () => {
    expect(isStopword('und', 'deu')).toBe(true);
    const quotes = findQuotes({ title: '', paragraphs: ['„Wir bleiben dabei“, sagte Bürgermeisterin Anna Schmidt am Montag.'], lang: 'deu' });
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Wir bleiben dabei', 'Anna Schmidt']]);
  });
});
