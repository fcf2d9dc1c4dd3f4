import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { restoreRelated } from '@/lib/background/restore-related';
import { RelatedIndex } from '@/lib/related';
import { Corpus } from '@/lib/storage/corpus';
import { budget, quakeA1, quakeA2, quakeB } from '../related/fixtures';
import { uniqueDbName } from '../storage/sample';

async function corpusOf(...articles: (typeof quakeA1)[]): Promise<Corpus> {
  const corpus = await Corpus.open(uniqueDbName());
  await corpus.putMany(articles);
  return corpus;
}

describe('restoreRelated', () => {
  it('adds the corpus articles the index lacks, once', async () => {
    const corpus = await corpusOf(quakeA1, quakeA2, quakeB, budget);
    const related = await RelatedIndex.open({ dbName: uniqueDbName() });
    await related.add(quakeB);
    expect(await restoreRelated(corpus, related)).toBe(3);
    expect(await related.count()).toBe(4);
    expect((await related.query(quakeA1)).sameStory[0].url).toBe(quakeA2.url);
    expect(await restoreRelated(corpus, related)).toBe(0);
  });

  it('rebuilds an index that a format upgrade dropped', async () => {
    const corpus = await corpusOf(quakeA1, quakeA2);
    const name = uniqueDbName();
    const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('docs', { keyPath: 'url' }) });
    await old.put('docs', { url: quakeA2.url, terms: ['aceh'] });
    old.close();
    const related = await RelatedIndex.open({ dbName: name });
    expect(await restoreRelated(corpus, related)).toBe(2);
    expect((await related.query(quakeA1)).sameStory.map((e) => e.url)).toEqual([quakeA2.url]);
  });
});
