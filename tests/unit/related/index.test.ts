import { describe, expect, it } from 'vitest';
import { RelatedIndex } from '@/lib/related';
import { article, budget, geysers44, geysers44Other, geysers46, quakeA1, quakeA2, quakeB } from './fixtures';

let n = 0;
const fresh = () => RelatedIndex.open({ dbName: `related-test-${n++}` });
const urls = (entries: { url: string }[]) => entries.map((e) => e.url);

describe('RelatedIndex (IndexedDB)', () => {
  it('ranks the same event first and tells it apart from a lookalike event', async () => {
    const index = await fresh();
    for (const a of [quakeA2, quakeB, budget]) await index.add(a);
    const coverage = await index.query(quakeA1);
    expect(urls(coverage.sameStory)[0]).toBe(quakeA2.url);
    expect(urls(coverage.sameStory)).not.toContain(quakeB.url);
    expect(urls([...coverage.sameStory, ...coverage.background])).not.toContain(budget.url);
  });

  it('lets a shared number (the magnitude) outweigh the words a lookalike event repeats', async () => {
    const index = await fresh();
    for (const a of [geysers46, geysers44Other, quakeA2, quakeB, budget]) await index.add(a);
    const { sameStory, background } = await index.query(geysers44);
    expect(urls([...sameStory, ...background]).slice(0, 2)).toEqual([geysers44Other.url, geysers46.url]);
    const reason = [...sameStory, ...background][0].reason;
    expect(reason).toContain('Geysers');
    expect(reason).not.toMatch(/geyser\b|4\.4/); // the name not again as a word; no bare number
  });

  it('explains a match with shared names and the distance in days', async () => {
    const index = await fresh();
    await index.add(quakeA2);
    const [entry] = (await index.query(quakeA1)).sameStory;
    expect(entry.reason).toMatch(/Zaini Abdullah|Aceh|Takengon/);
    expect(entry.reason).toMatch(/1 day apart$/);
    expect(entry.daysApart).toBe(1);
    expect(entry.sharedNames.length).toBeGreaterThan(0);
  });

  it("gives each entry its article's language, kept in the index record", async () => {
    const index = await fresh();
    await index.add({ ...quakeA2, lang: 'id' });
    const [entry] = (await index.query(quakeA1)).sameStory;
    expect(entry.lang).toBe('id');
    await index.add(quakeB);
    expect([...(await index.query(quakeA1)).sameStory, ...(await index.query(quakeA1)).background].find((e) => e.url === quakeB.url)?.lang).toBeUndefined();
  });

  it('relates German reports of one story by what they say, not by the words German shares', async () => {
    const german = (url: string, title: string, text: string) => ({ ...article(url, title, text, '2022-12-30'), lang: 'de' });
    const call = german(
      'https://tagesbote.example/xi-putin',
      'Xi und Putin wollen ihre Beziehungen vertiefen',
      'Wladimir Putin und Xi Jinping haben am Freitag per Videokonferenz gesprochen. Der Kremlchef lud den chinesischen Staatschef zu einem Staatsbesuch nach Moskau ein. Die militärische Zusammenarbeit solle wachsen.',
    );
    const sameCall = german(
      'https://abendpost.example/putin-xi',
      'Putin lädt Xi nach Moskau ein',
      'Bei einer Videokonferenz mit Xi Jinping hat Wladimir Putin den chinesischen Präsidenten zu einem Staatsbesuch nach Moskau eingeladen. Die Zusammenarbeit beider Länder sei die beste ihrer Geschichte, sagte Putin.',
    );
    const football = german(
      'https://sportblatt.example/pokal',
      'Der Pokal bleibt in der Stadt',
      'Die Mannschaft hat am Freitag das Finale gewonnen. Der Trainer war nicht zufrieden, aber die Fans feierten bis in die Nacht. Es ist der dritte Titel in diesem Jahr und die Stadt will ein Fest.',
    );
    const index = await fresh();
    for (const a of [quakeA2, quakeB, budget, sameCall, football]) await index.add(a);
    const { sameStory, background } = await index.query(call);
    expect(urls(sameStory)).toEqual([sameCall.url]);
    expect(urls(background)).not.toContain(football.url);
  });

  it('never lists the article itself', async () => {
    const index = await fresh();
    await index.add(quakeA1);
    await index.add(quakeA2);
    const coverage = await index.query(quakeA1);
    expect(urls([...coverage.sameStory, ...coverage.background])).not.toContain(quakeA1.url);
  });

  it('updates an article added again under the same URL', async () => {
    const index = await fresh();
    await index.add(quakeA2);
    await index.add({ ...quakeA2, title: 'Parliament budget', text: budget.text });
    expect(await index.count()).toBe(1);
    const coverage = await index.query(quakeA1);
    expect(urls(coverage.sameStory)).not.toContain(quakeA2.url);
  });

  it('forgets a removed article, and clear() empties the index', async () => {
    const index = await fresh();
    await index.add(quakeA2);
    await index.add(quakeB);
    await index.remove(quakeA2.url);
    expect(await index.count()).toBe(1);
    expect(urls((await index.query(quakeA1)).sameStory)).not.toContain(quakeA2.url);
    await index.clear();
    expect(await index.count()).toBe(0);
  });

  it('survives closing and reopening the database', async () => {
    const dbName = 'related-restart';
    const first = await RelatedIndex.open({ dbName });
    await first.add(quakeA2);
    await first.add(quakeB);
    await first.close();
    const second = await RelatedIndex.open({ dbName });
    expect(await second.count()).toBe(2);
    expect(urls((await second.query(quakeA1)).sameStory)[0]).toBe(quakeA2.url);
  });

  it('collapses a repost into the original and lists it among the copies', async () => {
    const index = await fresh();
    const repost = article('https://mirror.example/aceh', quakeA2.title, `${quakeA2.text} Follow us for more.`, '2013-07-03');
    await index.add(quakeA2);
    await index.add(repost);
    const coverage = await index.query(quakeA1);
    const entries = [...coverage.sameStory, ...coverage.background];
    expect(entries).toHaveLength(1);
    expect(entries[0].copies.map((c) => c.url)).toContain(
      entries[0].url === quakeA2.url ? repost.url : quakeA2.url,
    );
  });

  it('keeps copies of the queried article out of the list', async () => {
    const index = await fresh();
    const repost = article('https://mirror.example/aceh1', quakeA1.title, quakeA1.text, '2013-07-02');
    await index.add(repost);
    await index.add(quakeA2);
    const coverage = await index.query(quakeA1);
    expect(urls([...coverage.sameStory, ...coverage.background])).toEqual([quakeA2.url]);
    expect(coverage.copiesOfThis?.map((c) => c.url)).toEqual([repost.url]);
  });

  it('never collapses two outlets’ own reports of one event', async () => {
    const index = await fresh();
    await index.add(quakeA2);
    const coverage = await index.query(quakeA1);
    expect(coverage.sameStory[0].copies).toEqual([]);
    expect(coverage.copiesOfThis ?? []).toEqual([]);
  });
});

describe('RelatedIndex (memory) runs the same engine', () => {
  it('gives the same ranking as IndexedDB', async () => {
    const memory = await RelatedIndex.inMemory();
    const idb = await fresh();
    for (const a of [quakeA2, quakeB, budget]) {
      await memory.add(a);
      await idb.add(a);
    }
    expect(await memory.query(quakeA1)).toEqual(await idb.query(quakeA1));
  });
});
