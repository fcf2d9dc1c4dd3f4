import { describe, expect, it } from 'vitest';
import { findQuotes, type Quote } from '@/lib/quotes';
import { quoteSpans } from '@/lib/quotes/marks';

const find = (...paragraphs: string[]): Quote[] => findQuotes({ title: '', paragraphs });
const pairs = (quotes: Quote[]) => quotes.map((q) => [q.text, q.speaker]);

describe('quote marks', () => {
  it('finds curly, straight and mixed double quotes', () => {
    expect(quoteSpans('He said “one” and "two" and “three."').map((s) => s.text)).toEqual(['one', 'two', 'three.']);
  });

  it('reads single quotes only where the line has no double quotes, never apostrophes', () => {
    expect(quoteSpans("Nepal says 'no proof' flydubai plane's strike").map((s) => s.text)).toEqual(['no proof']);
    expect(quoteSpans('He’s said ‘no’ to “this”').map((s) => s.text)).toEqual(['this']);
  });

  it('marks a quote that runs to the end of the paragraph as unclosed', () => {
    expect(quoteSpans('He said: “It is long.')[0]).toMatchObject({ text: 'It is long.', unclosed: true });
  });

  it('closes a quote with the mark its language pairs with the opening one', () => {
    // German „…“ closes with English's opening mark; »…« and Swiss «…» face the other way.
    expect(quoteSpans('„Ende Juli soll die Substanz verfügbar sein“, bestätigt Jens Aberle. „Der Druck ist weg“, erzählt er.').map((s) => s.text)).toEqual([
      'Ende Juli soll die Substanz verfügbar sein',
      'Der Druck ist weg',
    ]);
    expect(quoteSpans('»Wir haben keine Wahl«, sagte sie, und «das bleibt so», so der Sprecher.').map((s) => s.text)).toEqual(['Wir haben keine Wahl', 'das bleibt so']);
    expect(quoteSpans('Er nannte es ‚unfair‘ und ging.').map((s) => s.text)).toEqual(['unfair']);
    expect(quoteSpans('« Nous vous attendons », a déclaré M. Poutine.').map((s) => s.text.trim())).toEqual(['Nous vous attendons']);
  });

  it('closes a quote running on from the previous paragraph with the mark that opened it', () => {
    expect(quoteSpans('Das gilt auch für morgen.“ Dann ging er.', '„')).toMatchObject([{ text: 'Das gilt auch für morgen.', unclosed: false }]);
    expect(quoteSpans('It holds tomorrow too.” Then he left.', '“')).toMatchObject([{ text: 'It holds tomorrow too.', unclosed: false }]);
  });

  it('finds German quotes whole, each closed where its attribution starts', () => {
    const quotes = findQuotes({
      title: '',
      lang: 'de',
      paragraphs: ['„Auch wenn es in der Realität eher zehn Kilogramm werden“, erklärt Andreas Pfeiffer. „Der Druck ist weg.', 'Ihnen geht es besser.“'],
    });
    expect(quotes.map((q) => [q.text, q.paragraph])).toEqual([
      ['Auch wenn es in der Realität eher zehn Kilogramm werden', 0],
      ['Der Druck ist weg.', 0],
      ['Ihnen geht es besser.', 1],
    ]);
  });
});

describe('findQuotes', () => {
  it('finds the quotes of an article in a language it has no cues for, credited to no one', () => {
    const paragraphs = [
      '« Nous vous attendons, cher ami, au printemps prochain à Moscou », a déclaré M. Poutine.',
      'Selon la télévision d’Etat CCTV, il a affirmé que la Chine était prête à « renforcer la coopération stratégique ».',
    ];
    expect(findQuotes({ title: '', paragraphs, lang: 'fr-FR' })).toEqual([
      { text: 'Nous vous attendons, cher ami, au printemps prochain à Moscou', paragraph: 0, partial: false },
    ]);
    const english = findQuotes({ title: '', paragraphs: ['“We are expecting you,” Putin said.'], lang: 'en-GB' });
    expect(english[0]).toMatchObject({ speaker: 'Putin' });
  });

  it('credits a quote with no cue to the person the reporter just spoke of, never to a place or a body', () => {
    expect(
      pairs(find(
        'Prince Harry made a heartbreaking response to King Charles after his eviction from Frogmore Cottage last year.',
        'At the end of June, a statement by a spokesperson confirming the eviction read: "We can confirm the Duke has been requested to vacate."',
      )),
    ).toEqual([['We can confirm the Duke has been requested to vacate.', undefined]]);
    expect(
      pairs(find(
        'Anna Kowalski runs the shelter near Central Station.',
        'Kowalski looked at the empty beds. "We have never been this full."',
      )),
    ).toEqual([['We have never been this full.', 'Anna Kowalski']]);
  });

  it('reads "he" and "she" as a person, never as the bank or ministry the last sentence was about', () => {
    expect(
      pairs(find(
        'Royal Bank of Canada raised its forecast on Friday.',
        '"We remain cautiously optimistic," he said.',
      )),
    ).toEqual([['We remain cautiously optimistic,', undefined]]);
  });

  it('takes a person named after a body and a role for a person ("AFP Global News Director Phil Chetwynd")', () => {
    expect(
      pairs(find(
        'AFP Global News Director Phil Chetwynd called for a thorough investigation.',
        '"This would add more weight to the theory this was a targeted attack," he said.',
      )),
    ).toEqual([['This would add more weight to the theory this was a targeted attack,', 'Phil Chetwynd']]);
  });

  it('judges an article that declares no language by its commonest words', () => {
    const french = [
      'Pour Marie Lefèvre, chercheuse spécialiste de la Chine, l’entretien montre que « Pékin ne veut ni lâcher Moscou ni s’exposer à des sanctions ». « La relation se fera de plus en plus aux conditions chinoises », estime-t-elle.',
    ];
    // The English rules would credit "Pour Marie Lefèvre".
    expect(findQuotes({ title: '', paragraphs: french }).map((q) => q.speaker)).toEqual([undefined]);
    const english = ['“We are expecting you in the spring,” said Vladimir Putin, who spoke to Xi Jinping for an hour on Friday.'];
    expect(findQuotes({ title: '', paragraphs: english })[0].speaker).toBe('Vladimir Putin');
  });

  it('credits a quote to a speaker named after it, with the full name and role', () => {
    const q = find(
      'In a meeting, Chinese President Xi Jinping discussed cooperation.',
      '“China is ready to increase political cooperation,” Xi said.',
    );
    expect(q).toEqual([{ text: 'China is ready to increase political cooperation,', speaker: 'Xi Jinping', role: 'Chinese President', cue: 'said', paragraph: 1, partial: false }]);
  });

  it('handles a split quote: “X,” he said. “Y”', () => {
    const q = find('Alexander Gabuev is an analyst.', '“Everyone wants to see,” said Alexander Gabuev. “But today is different.”');
    expect(pairs(q)).toEqual([
      ['Everyone wants to see,', 'Alexander Gabuev'],
      ['But today is different.', 'Alexander Gabuev'],
    ]);
  });

  it('reads a name with an initial or a title after the cue whole: “…,” said C. Eugene Steuerle', () => {
    const q = find(
      'The cost of interest is on track to hit $390 billion next year.',
      '“It’s very much something to worry about,” said C. Eugene Steuerle, a fellow at the Urban Institute. “Everything else is getting squeezed.”',
      '“We exported a financial crisis a decade ago,” said William G. Gale, a senior fellow at the Brookings Institution.',
      '“That is not how it works,” said Mr. Gale.',
    );
    expect(pairs(q)).toEqual([
      ['It’s very much something to worry about,', 'C. Eugene Steuerle'],
      ['Everything else is getting squeezed.', 'C. Eugene Steuerle'],
      ['We exported a financial crisis a decade ago,', 'William G. Gale'],
      ['That is not how it works,', 'William G. Gale'],
    ]);
  });

  it('credits someone the reporter leaves unnamed as written, not the person named before', () => {
    const q = find(
      'Fernando Caudevilla answered questions on the forum for years.',
      '“He’s amazing. A gift to this community,” one user wrote on the Silk Road 2.0 forum.',
      'Even when a police officer first called, nobody answered. “I knocked for ten minutes,” a police officer first said.',
    );
    expect(pairs(q)).toEqual([
      ['He’s amazing. A gift to this community,', 'one user'],
      ['I knocked for ten minutes,', 'a police officer'],
    ]);
  });

  it('credits a quote opened by a colon to the known person who introduces it, not the previous speaker', () => {
    const q = find(
      'Next door neighbour Doris Zibulka told the magazine: “I kept calling the city.”',
      'According to reports, patrolman John Miller recalled: “I knocked on the door for 15 minutes.”',
      'But neighbour Zibulka picks up the story: “All of a sudden, door opens.”',
    );
    expect(pairs(q).map(([, speaker]) => speaker)).toEqual(['Doris Zibulka', 'John Miller', 'Doris Zibulka']);
  });

  it('keeps partial quotes inside the reporter’s sentence and credits them to the subject', () => {
    const q = find('Russian President Vladimir Putin spoke.', 'Putin added that ties are “the best in history” and can “withstand all tests,” adding more.');
    expect(pairs(q)).toEqual([
      ['the best in history', 'Vladimir Putin'],
      ['withstand all tests,', 'Vladimir Putin'],
    ]);
    expect(q.every((x) => x.partial)).toBe(true);
  });

  it('skips scare quotes and named terms', () => {
    expect(find('They discussed the “no limits” strategic partnership.', 'Ukraine was attacked by Iranian-made “kamikaze” drones.')).toEqual([]);
  });

  it('reads colon-introduced and multi-paragraph quotes, all credited to the speaker', () => {
    const q = find('One of the protesters, Hayley Walsh, 42, a lecturer, said: “Years of marches.', '“I am scared for my children.', '“This isn’t a distant problem.”');
    expect(pairs(q)).toEqual([
      ['Years of marches.', 'Hayley Walsh'],
      ['I am scared for my children.', 'Hayley Walsh'],
      ['This isn’t a distant problem.', 'Hayley Walsh'],
    ]);
  });

  it('takes the speaker named at the end of a multi-paragraph quote for all its paragraphs', () => {
    const q = find('Communications Minister Fahmi Fadzil said today.', '“The trips were official.', '“So the government paid,” the government spokesman said.');
    expect(q.map((x) => x.speaker)).toEqual(['Fahmi Fadzil', 'Fahmi Fadzil']);
  });

  it('resolves pronouns to the right earlier person, not to a name after a preposition', () => {
    const q = find('Yuri Ushakov, Putin’s foreign affairs adviser, said the visit marks a partnership that he described as a “key factor for development.”');
    expect(q[0].speaker).toBe('Yuri Ushakov');
    const r = find('Major-Gen Gopaul Govender testified.', 'Under cross-examination by Dali Mpofu, he said there had been “intelligence gathering at a high level.”');
    expect(r[0].speaker).toBe('Gopaul Govender');
  });

  it('resolves a descriptor by nationality: "the Russian president" is not the Chinese counterpart', () => {
    const q = find('Vladimir Putin and his Chinese counterpart Xi Jinping pledged ties, which the Russian president described as “the greatest in all history” on Friday.');
    expect(q[0].speaker).toBe('Vladimir Putin');
  });

  it('replaces a role that relates someone to another ("his Chinese counterpart") by one the article states later', () => {
    const q = find('Vladimir Putin met his Chinese counterpart Xi Jinping.', 'Chinese President Xi Jinping said the talks would be “long and hard.”');
    expect(q[0]).toMatchObject({ speaker: 'Xi Jinping', role: 'Chinese President' });
  });

  it('credits organisations ("the Kremlin said", "the ministry added")', () => {
    expect(find('“We will respond,” the Kremlin said.')[0].speaker).toBe('the Kremlin');
    const q = find('Russia’s Defense Ministry confirmed the strike.', 'The ministry added the attack was retaliation for attacks on “civilian facilities on Russian territory,” without detail.');
    expect(q[0].speaker).toBe('Russia’s Defense Ministry');
  });

  it('credits the name in an appositive, not a place or employer beside it, nor the owner of a relation', () => {
    expect(pairs(find('"Terrific guy," Epstein\'s neighbor in both Florida and New York, Donald Trump, said in the story.'))).toEqual([['Terrific guy,', 'Donald Trump']]);
    expect(find('Fellow protester, mechanical engineer Richard Weir, 60, from Tynemouth, North Tyneside, said: “I started my career in the shipyards.”')[0].speaker).toBe('Richard Weir');
    expect(find('Rebecca English of the Daily Mail recalled: "I was there at the time."')[0].speaker).toBe('Rebecca English');
    expect(find('“We will respond,” said the head of the Daily Mail.')[0].speaker).not.toBe('Daily Mail');
    expect(pairs(find('Sandra Lindsay’s sister, Tracey Lomax, recently told CNN she “really wanted” him to stay in jail.'))).toEqual([['really wanted', 'Tracey Lomax']]);
  });

  it('credits a speaker named after the quote with a long role, abbreviations included', () => {
    const q = find('Haniyeh ruled in exile from Qatar.', '"The killing of Haniyeh already brought negotiations back to the drawing board," Lina Khatib, an expert on the conflict at U.K. think-tank Chatham House, told the AP in an interview.');
    expect(q[0].speaker).toBe('Lina Khatib');
  });

  it('resolves a pronoun to the owner of a thing ("Ms Narker’s book"), never to the thing, and keeps a writer’s role out of the name', () => {
    const q = find('Author Rushdiyah Narker has loved romance since school.', 'Ms Narker’s book entitled Some Unspoken Thing is available on pre-order from Loot.', '"I read everything," she said.');
    expect(q[0]).toMatchObject({ speaker: 'Rushdiyah Narker', role: 'Author' });
  });

  it('splits a name run into an employer the article names on its own and the person after it', () => {
    const q = find('Tessa Bishop, Head of Sales at Ocean Florida , shared the best times to book.', 'Marketing Manager at Ocean Florida Abby Dunn shared her top six tips.', 'Abby said: "I’d always recommend purchasing your park tickets early."');
    expect(q[0].speaker).toBe('Abby Dunn');
  });

  it('credits the name right after a quote whatever its role says ("SVP of enterprise AI and automation")', () => {
    const q = find('Automation Anywhere launched generative AI tools last year.', '“We continue to build custom models,” Peter White, SVP of enterprise AI and automation at Automation Anywhere, told TechCrunch.');
    expect(q[0].speaker).toBe('Peter White');
  });

  it('reads "shared" as a speech verb, as entertainment reports use it', () => {
    expect(pairs(find('He recapped the weekend on his New Heights podcast.', '“I like to see it from the fans’ perspective,” Kelce shared.'))).toEqual([['I like to see it from the fans’ perspective,', 'Kelce']]);
  });

  it('does not credit a passive subject: "Ishiba was asked"', () => {
    const q = find('Prime Minister Shigeru Ishiba spoke.', 'Ishiba was asked, “Do you feel any guilt?”');
    expect(q[0].speaker).toBeUndefined();
  });

  it('links courtesy titles and first names: "Sir Keir" is Keir Starmer', () => {
    const q = find('Sir Keir Starmer has defended gifts.', 'Sir Keir said: “All Members of Parliament get gifts.”');
    expect(q[0].speaker).toBe('Keir Starmer');
  });

  it('takes headline quotes in single marks and the title as paragraph -1', () => {
    const q = findQuotes({ title: "Nepal says 'no proof' plane suffered bird strike", paragraphs: ['The airline said so.'] });
    expect(q).toEqual([{ text: 'no proof', speaker: 'Nepal', cue: 'says', paragraph: -1, partial: true }]);
  });
});
