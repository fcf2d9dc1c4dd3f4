import { describe, expect, it } from 'vitest';
import { keyQuotes, textFragmentUrl, type Quote, type QuoteSource } from '@/lib/quotes';
import { sameQuote } from '@/lib/quotes/similar';

const source = (outlet: string, quotes: Partial<Quote>[]): QuoteSource => ({
  article: { url: `https://${outlet}.example/story`, outlet, title: 'Putin and Xi' },
  quotes: quotes.map((q) => ({ text: '', paragraph: 1, partial: false, ...q })),
});

describe('keyQuotes', () => {
  const kyiv = source('kyiv', [
    { text: 'the best in history', speaker: 'Vladimir Putin', role: 'Russian President', partial: true },
    { text: 'Against the background of a difficult international situation, China is ready to be global partners,', speaker: 'Xi Jinping' },
  ]);
  const guardian = source('guardian', [
    { text: 'best in history', speaker: 'Vladimir Putin', partial: true },
    { text: 'Everyone wants to see if Xi is having buyer’s remorse about Putin,', speaker: 'Alexander Gabuev' },
  ]);

  it('gives each entry the language of the article whose wording it shows', () => {
    const tagesbote = { ...source('tagesbote', [{ text: 'Der Weg zu Friedensgesprächen wird nicht einfach sein', speaker: 'Xi Jinping' }]) };
    tagesbote.article = { ...tagesbote.article, lang: 'de' };
    const [german] = keyQuotes([tagesbote]);
    expect(german.lang).toBe('de');
    expect(keyQuotes([kyiv]).every((k) => k.lang === undefined)).toBe(true);
  });

  it('merges the same remark trimmed differently into one entry crediting both outlets', () => {
    const best = keyQuotes([kyiv, guardian]).filter((k) => /best in history/.test(k.text));
    expect(best).toHaveLength(1);
    expect(best[0].sources.map((s) => s.outlet)).toEqual(['kyiv', 'guardian']);
    expect(best[0]).toMatchObject({ speaker: 'Vladimir Putin', role: 'Russian President' });
  });

  it('does not merge when the speakers differ', () => {
    const other = source('other', [{ text: 'the best in history', speaker: 'Joe Biden', partial: true }]);
    expect(keyQuotes([kyiv, other]).filter((k) => /best in history/.test(k.text))).toHaveLength(2);
  });

  it('ranks full statements by named people before partial fragments', () => {
    const ranked = keyQuotes([kyiv, guardian]);
    const firstPartial = ranked.findIndex((k) => k.partial);
    expect(firstPartial).toBeGreaterThan(0);
    expect(ranked.slice(0, firstPartial).every((k) => k.speaker && !k.partial)).toBe(true);
  });

  it('shows the whole remark, not a fragment of it that the same article also quotes', () => {
    const article = source('kyiv', [
      { text: 'increase political cooperation', speaker: 'Xi Jinping', paragraph: 0 },
      { text: 'Against the background of a difficult international situation, China is ready to increase political cooperation with Russia,', speaker: 'Xi Jinping' },
    ]);
    const xi = keyQuotes([article], { currentUrl: 'https://kyiv.example/story' }).filter((k) => /political cooperation/.test(k.text));
    expect(xi).toHaveLength(1);
    expect(xi[0].text).toMatch(/^Against the background/);
  });

  it('shows the current article’s wording and respects the limit', () => {
    const best = keyQuotes([kyiv, guardian], { currentUrl: 'https://guardian.example/story' }).find((k) => /best/.test(k.text));
    expect(best?.text).toBe('best in history');
    expect(keyQuotes([kyiv, guardian], { limit: 1 })).toHaveLength(1);
  });

  it('gives a speaker the role another report states over one that only relates them to someone', () => {
    const newsbeat = source('newsbeat', [{ text: 'The road to peace talks will not be smooth,', speaker: 'Xi Jinping', role: 'Chinese counterpart' }]);
    const roles = (sources: QuoteSource[]) => keyQuotes(sources).map((k) => [k.speaker, k.role]);
    expect(roles([newsbeat])).toEqual([['Xi Jinping', 'Chinese counterpart']]);
    const withTitle = source('kyiv', [{ text: 'China is ready to be global partners,', speaker: 'Xi Jinping', role: 'Chinese President' }]);
    expect(roles([newsbeat, withTitle])).toEqual([
      ['Xi Jinping', 'Chinese President'],
      ['Xi Jinping', 'Chinese President'],
    ]);
  });

  it('merges light rewording but not different remarks', () => {
    expect(sameQuote('to increase strategic cooperation with Russia', 'increase strategic cooperation with Russia,')).toBe(true);
    expect(sameQuote('the best in history', 'withstand all tests')).toBe(false);
  });
});

describe('textFragmentUrl', () => {
  it('links to a short, encoded prefix of the quote', () => {
    expect(textFragmentUrl('https://a.example/x?y=1#old', 'We are expecting you, dear Mr Chairman, dear friend, next spring'))
      .toBe('https://a.example/x?y=1#:~:text=We%20are%20expecting%20you%2C%20dear%20Mr');
    expect(textFragmentUrl('https://a.example/', 'Russia-China ties & more')).toBe('https://a.example/#:~:text=Russia%2DChina%20ties%20%26%20more');
  });
});
