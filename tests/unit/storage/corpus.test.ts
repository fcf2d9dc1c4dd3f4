import { describe, expect, it } from 'vitest';
import { Corpus } from '@/lib/storage/corpus';
import { sampleArticle, uniqueDbName } from './sample';
import { searchFold } from '@/lib/text/search-fold';

/** Writes records straight into the articles store, as an older version or a damaged profile might have. */
function writeRaw(name: string, records: object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const tx = request.result.transaction('articles', 'readwrite');
      for (const record of records) tx.objectStore('articles').put(record);
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('Corpus', () => {
  it('keeps one record per canonical URL: a revisit updates and keeps the first savedAt', async () => {
    const corpus = await Corpus.open(uniqueDbName());
    const first = sampleArticle();
    await corpus.put(first, 1000);
    await corpus.put({ ...first, title: 'Updated headline' }, 2000);
    expect(await corpus.count()).toBe(1);
    const stored = await corpus.get(first.url);
    expect(stored).toMatchObject({ title: 'Updated headline', savedAt: 1000, updatedAt: 2000 });
  });

  it('lists newest first and searches title, outlet, authors and text', async () => {
    const corpus = await Corpus.open(uniqueDbName());
    await corpus.put(sampleArticle({ title: 'Old', text: 'nothing here' }), 1);
    await corpus.put(sampleArticle({ title: 'New', outlet: 'Reuters', text: 'Putin spoke' }), 2);
    const all = await corpus.list();
    expect(all.articles.map((a) => a.title)).toEqual(['New', 'Old']);
    expect((await corpus.list({ search: 'reuters putin' })).articles.map((a) => a.title)).toEqual(['New']);
    expect((await corpus.list({ search: 'absent' })).total).toBe(0);
  });

  it('searches without regard to accents, apostrophes or soft hyphens, on either side', async () => {
    const corpus = await Corpus.open(uniqueDbName());
    await corpus.put(sampleArticle({ title: 'Sánchez meets Müller', text: 'The Prime Minister’s visit to Cádiz. Sema\u00adglutid.' }), 1);
    await corpus.put(sampleArticle({ title: 'Unrelated', text: 'nothing here' }), 2);
    for (const query of ['sanchez muller', 'SÁNCHEZ', 'minister\'s cadiz', 'semaglutid', 'müller']) {
      expect((await corpus.list({ search: query })).articles.map((a) => a.title), query).toEqual(['Sánchez meets Müller']);
    }
  });

  it('keeps Japanese voiced marks apart when folding accents', () => {
    expect(searchFold('がっこう')).toBe('がっこう');
    expect(searchFold('かっこう')).not.toBe(searchFold('がっこう'));
    expect(searchFold('한국어')).toBe('한국어');
  });

  it('deletes one article with its quotes, and clears all', async () => {
    const corpus = await Corpus.open(uniqueDbName());
    const a = sampleArticle();
    const b = sampleArticle();
    await corpus.put(a);
    await corpus.put(b);
    await corpus.putQuotes(a.url, [{ text: 'q' }], 1);
    expect(await corpus.delete([a.url, 'https://never.stored/'])).toBe(1);
    expect(await corpus.get(a.url)).toBeUndefined();
    expect(await corpus.getQuotes(a.url, 1)).toBeUndefined();
    expect(await corpus.clear()).toBe(1);
    expect(await corpus.count()).toBe(0);
  });

  it('gives kept quotes only to the finder version that found them', async () => {
    const corpus = await Corpus.open(uniqueDbName());
    const a = sampleArticle();
    await corpus.put(a);
    await corpus.putQuotes(a.url, [{ text: 'q' }], 1);
    expect(await corpus.getQuotes(a.url, 1)).toEqual([{ text: 'q' }]);
    expect(await corpus.getQuotes(a.url, 2)).toBeUndefined();
  });

  it('putMany keeps the newer of two records for the same URL', async () => {
    const corpus = await Corpus.open(uniqueDbName());
    const stored = await corpus.put(sampleArticle({ title: 'Newer' }), 5000);
    const written = await corpus.putMany([{ ...stored, title: 'Older', updatedAt: 10 }]);
    expect(written).toBe(0);
    expect((await corpus.get(stored.url))?.title).toBe('Newer');
  });

  it('keeps its records when the database is closed and opened again', async () => {
    const name = uniqueDbName();
    const corpus = await Corpus.open(name);
    await corpus.put(sampleArticle({ title: 'Kept across opens' }));
    corpus.close();
    const reopened = await Corpus.open(name);
    expect((await reopened.list()).articles[0].title).toBe('Kept across opens');
  });

  it('skips records it cannot read, without hiding the rest, and a revisit rewrites one', async () => {
    const name = uniqueDbName();
    const corpus = await Corpus.open(name);
    const good = sampleArticle({ title: 'Readable' });
    await corpus.put(good, 1);
    const damaged = [
      { url: 'https://news.example/no-text', title: 'No text', outlet: 'X', paragraphs: [], savedAt: 2 },
      { url: 'https://news.example/odd-fields', title: 'Odd fields', outlet: 'X', text: 'Body.', paragraphs: ['Body.'], authors: 'Jane', published: 20221230, savedAt: 3 },
    ];
    await writeRaw(name, damaged);

    expect((await corpus.list()).articles.map((a) => a.title)).toEqual(['Odd fields', 'Readable']);
    const odd = await corpus.get('https://news.example/odd-fields');
    expect([odd?.authors, odd?.published]).toEqual([[], undefined]);
    expect(await corpus.get('https://news.example/no-text')).toBeUndefined();
    expect((await corpus.all()).map((a) => a.title)).toEqual(['Readable', 'Odd fields']);
    expect(await corpus.count()).toBe(3); // left in the database as they are

    await corpus.put(sampleArticle({ url: 'https://news.example/no-text', title: 'No text, read again' }), 4);
    expect((await corpus.list()).total).toBe(3);
  });

  it('refuses a database written by a newer version with a clear error', async () => {
    const name = uniqueDbName();
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    await expect(Corpus.open(name)).rejects.toMatchObject({ code: 'database-newer' });
  });
});
