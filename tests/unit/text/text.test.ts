import { describe, expect, it } from 'vitest';
import { isStopword, namePhrases, nameKey, stem, terms, words } from '@/lib/text';
import { CALENDAR_WORDS, NAME_CONNECTORS, NOT_NAMES, ORGANISATION_ENDS, TITLE_WORDS } from '@/lib/text/name-rules';

describe('words and terms', () => {
  it('lowercases and keeps inner apostrophes and number punctuation', () => {
    expect(words('Putin’s 6.1 quake, 200,000 people')).toEqual(["putin's", '6.1', 'quake', '200,000', 'people']);
  });
  it('drops function words and folds plurals and possessives', () => {
    expect(terms('The earthquakes hit the cities of Putin’s Russia')).toEqual(['earthquake', 'hit', 'city', 'putin', 'russia']);
  });
  it('leaves words ending in -ss, -us, -is alone', () => {
    expect(['press', 'virus', 'crisis'].map(stem)).toEqual(['press', 'virus', 'crisis']);
  });
  it('has the usual stopwords', () => {
    expect(['the', 'and', 'said'].every((word) => isStopword(word))).toBe(true);
    expect(isStopword('earthquake')).toBe(false);
  });
  it("reads German text with German function words, so an English word is a term there and a German one is not", () => {
    expect(terms('Der Krieg war nicht zu Ende, und die Regierung will verhandeln', 'de')).toEqual(['krieg', 'ende', 'regierung', 'verhandeln']);
    expect(terms('The war will not end', 'en')).toEqual(['war', 'end']);
  });
});

describe('namePhrases', () => {
  it('splits titles off names and keeps multi-word names whole', () => {
    const names = namePhrases('Chinese President Xi Jinping spoke with Russian President Vladimir Putin on Friday.');
    expect(names).toContain('Xi Jinping');
    expect(names).toContain('Vladimir Putin');
    expect(names).not.toContain('Friday');
  });
  it('joins connectors inside names', () => {
    expect(namePhrases('Rates were raised by the Bank of England today.')).toContain('Bank of England');
  });
  it('drops possessive endings', () => {
    expect(namePhrases('Analysts said Vladimir Putin’s plan failed.')).toContain('Vladimir Putin');
  });
  it('skips lines in capitals and ordinary sentence openers', () => {
    expect(namePhrases('BREAKING NEWS FROM THE WIRE TODAY')).toEqual([]);
    expect(namePhrases('Rescuers arrived. Later the rescuers left later than planned.')).toEqual([]);
  });
  it('ends a name at punctuation', () => {
    const names = namePhrases('The talks in Moscow, Russia, were led by Yuri Ushakov (Kremlin) and Putin.');
    expect(names).toEqual(['Moscow', 'Russia', 'Yuri Ushakov', 'Kremlin', 'Putin']);
  });
  it('takes a sentence opener as a name unless the text writes it in lowercase too', () => {
    expect(namePhrases('Police said it was calm. The police left Kyiv.')).toEqual(['Kyiv']);
    expect(namePhrases('Beijing said no. The talks in Beijing ended.')).toEqual(['Beijing', 'Beijing']);
  });
  it('keeps names in a sentence full of them', () => {
    expect(namePhrases('On Friday Chinese President Xi Jinping and Russian President Vladimir Putin met the president.')).toEqual([
      'Chinese', 'Xi Jinping', 'Russian', 'Vladimir Putin',
    ]);
  });
  it('in German, tells names from nouns, which are capitalised too', () => {
    const text = [
      'Wladimir Putin und Xi Jinping haben am Freitag per Videokonferenz gesprochen.',
      'Der Kremlchef nannte die Zusammenarbeit mit Peking die beste ihrer Geschichte.',
      '„Wir erwarten Sie in Moskau“, sagte Putin. Die westlichen Sanktionen hielten Peking nicht ab.',
      'Chinesische Unternehmen halten sich an die Sanktionen, Moskau lobte die Beziehungen.',
    ].join('\n');
    const names = new Set(namePhrases(text, 'de'));
    expect(names).toEqual(new Set(['Wladimir Putin', 'Xi Jinping', 'Putin', 'Peking', 'Moskau']));
    // Read as English, every noun would be a name.
    expect(namePhrases(text)).toContain('Zusammenarbeit');
  });

  it('keys names by lowercase with one apostrophe', () => {
    expect(nameKey('O’Neill')).toBe("o'neill");
  });
});

describe('name rules tables', () => {
  it.each([
    ['calendar words', CALENDAR_WORDS],
    ['title words', TITLE_WORDS],
    ['connectors', NAME_CONNECTORS],
    ['not names', NOT_NAMES],
    ['organisation ends', ORGANISATION_ENDS],
  ])('%s are lowercase single words', (_, table) => {
    for (const word of table) expect(word).toMatch(/^[\p{Ll}]+$/u);
  });
  it('an organisation ends before a two-word name that follows it', () => {
    const phrases = namePhrases("On Dec. 21, the deputy chairman of the Security Council Dmitry Medvedev flew to Beijing.");
    expect(phrases).toEqual(['Security Council', 'Dmitry Medvedev', 'Beijing']);
    expect(namePhrases('She studied at University College London for a year.')).toContain('University College London');
    expect(namePhrases('The Bank of England Governor spoke.')).toContain('Bank of England');
  });
  it('a title word splits a name run', () => {
    for (const title of ['President', 'Governor', 'Minister']) {
      expect(namePhrases(`They met ${title} Zaini Abdullah in Aceh.`)).toContain('Zaini Abdullah');
    }
  });
});
