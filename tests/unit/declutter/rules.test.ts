import { describe, expect, it } from 'vitest';
import { WIDGET_HEADINGS, LINK_BOX_LABELS } from '@/lib/declutter/rules/headings';
import { THIRD_PARTY_VENDORS, WIDGET_TOKENS } from '@/lib/declutter/rules/tokens';
import { STOPWORDS } from '@/lib/declutter/rules/stopwords';
import { headingKind, isVendorName, nameKind, startsWithLinkBoxLabel } from '@/lib/declutter/match';
import { nameWords, normalizeText } from '@/lib/declutter/text';
import { WIDGET_KINDS } from '@/lib/declutter/kinds';

describe('heading table', () => {
  it('covers at least EN, FR, DE, ES, PT and CS', () => {
    const langs = new Set(WIDGET_HEADINGS.map((row) => row.lang));
    for (const lang of ['en', 'fr', 'de', 'es', 'pt', 'cs']) expect(langs).toContain(lang);
  });

  it('every phrase, used as a heading by itself, is recognised as its row kind (or a more specific one)', () => {
    for (const row of WIDGET_HEADINGS) {
      for (const phrase of row.phrases) {
        const text = phrase.replace(/^=/, '');
        expect(headingKind(text), `${row.lang} "${phrase}"`).not.toBeNull();
      }
    }
  });

  it.each([
    ['Most Read', 'most-read'],
    ['Mais lidas em Esporte', 'most-read'],
    ['Vidéos les plus vues', 'most-read'],
    ['Nejčtenější', 'most-read'],
    ['Meistgelesen', 'most-read'],
    ['Lo más leído', 'most-read'],
    ['Social Surge - What\'s Trending', 'trending'],
    ['Popular Now on CityLab »', 'trending'],
    ['Recommended Stories', 'recommended'],
    ['Das könnte Sie auch interessieren', 'recommended'],
    ['Související', 'recommended'],
    ['Sur le même sujet', 'recommended'],
    ['Te puede interesar', 'recommended'],
    ['Právě se děje', 'news-feed'],
    ['Direct', 'news-feed'],
    ['Country Latest Posts', 'news-feed'],
    ['Health Solutions From Our Sponsors', 'sponsored'],
    ['Recevoir la newsletter', 'newsletter'],
    ['SIGN UP FOR OUR NEWSLETTER', 'newsletter'],
    ['More from Tech Insider', 'more-news'],
    ['Le choix des abonnés', 'editors-picks'],
    ['Comments', 'comments'],
    ['Commentaires', 'comments'],
    ['Join the conversation', 'comments'],
  ])('"%s" is %s', (heading, kind) => {
    expect(headingKind(heading)).toBe(kind);
  });

  it.each(['Putin seeks boost in military cooperation', 'Direct talks resume in Geneva', 'The live music scene', 'What the report found', 'Minister comments on the budget'])(
    'an ordinary title "%s" is not a widget heading',
    (title) => expect(headingKind(title)).toBeNull(),
  );

  it('ignores long sentences even when they contain a widget word', () => {
    expect(headingKind('Cities are changing fast, and the most read stories this year were all about transport and housing policy')).toBeNull();
  });

  it('only uses known kinds', () => {
    for (const row of [...WIDGET_HEADINGS, ...WIDGET_TOKENS]) expect(WIDGET_KINDS).toContain(row.kind);
  });
});

describe('link-box labels', () => {
  it('every label opens a link box', () => {
    for (const label of LINK_BOX_LABELS) expect(startsWithLinkBoxLabel(`${label}: Another story`), label).toBe(true);
  });

  it('a sentence that merely starts with a similar word is not a link box', () => {
    expect(startsWithLinkBoxLabel('Relatedly, the minister said')).toBe(false);
  });
});

describe('class/id token table', () => {
  it('every row matches its own words as a class name', () => {
    for (const row of WIDGET_TOKENS) {
      expect(nameKind(nameWords(`c-${row.words.replace(/ /g, '-')}-box`))?.kind, row.words).toBeDefined();
    }
  });

  it('splits BEM, snake and camel case names into words', () => {
    expect(nameWords('c-article-most-popular mostRead rc__newsletter')).toEqual(['c', 'article', 'most', 'popular', 'most', 'read', 'rc', 'newsletter']);
    expect(nameKind(nameWords('mostRead'))?.kind).toBe('most-read');
  });

  it('does not match a word inside another word', () => {
    expect(nameKind(nameWords('unrelatedness'))).toBeNull();
    expect(nameKind(nameWords('article-body'))).toBeNull();
  });
});

describe('third-party vendor table', () => {
  it('every vendor is recognised in an id or class', () => {
    for (const vendor of THIRD_PARTY_VENDORS) expect(isVendorName(nameWords(`${vendor}-widget`)), vendor).toBe(true);
  });

  it('recognises vendors opening a compound id', () => {
    expect(isVendorName(nameWords('taboola-below-article-thumbnails'))).toBe(true);
    expect(isVendorName(nameWords('smartassetcontainer'))).toBe(true);
    expect(isVendorName(nameWords('story-body'))).toBe(false);
  });
});

describe('stop words', () => {
  it('are stored normalized', () => {
    for (const words of Object.values(STOPWORDS)) for (const word of words) expect(normalizeText(word)).toBe(word);
  });
});
