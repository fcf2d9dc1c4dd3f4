import { describe, expect, it } from 'vitest';
import { Corpus } from '@/lib/storage/corpus';
import { toStorageError } from '@/lib/storage/errors';
import { parseExport, toExport } from '@/lib/storage/transfer';
import { sampleArticle, uniqueDbName } from './sample';

describe('export and import', () => {
  it('export → clear → import loses nothing', async () => {
    const corpus = await Corpus.open(uniqueDbName());
    for (let i = 0; i < 5; i++) await corpus.put(sampleArticle({ leadImage: `https://img.example/${i}.jpg` }), 100 + i);
    const before = await corpus.all();
    const file = JSON.parse(JSON.stringify(toExport(before)));
    await corpus.clear();
    const { articles, skipped } = parseExport(file);
    await corpus.putMany(articles);
    expect(skipped).toEqual([]);
    expect(await corpus.all()).toEqual(before);
  });

  it('rejects a file that is not an export, or from a newer version, with a clear message', () => {
    expect(() => parseExport({ hello: 1 })).toThrow(/not a Backstory corpus export/);
    expect(() => parseExport({ format: 'backstory-corpus', version: 7, articles: [] })).toThrow(/version 7/);
    expect(() => parseExport('text')).toThrow(/not a Backstory/);
  });

  it('skips bad records and says why, keeping the good ones', () => {
    const good = { ...sampleArticle(), savedAt: 1, updatedAt: 1 };
    const { articles, skipped } = parseExport({
      format: 'backstory-corpus',
      version: 1,
      articles: [good, { url: 'ftp://x', title: 't', outlet: 'o', text: '', paragraphs: [] }, { title: 'no url' }, 3],
    });
    expect(articles).toEqual([good]);
    expect(skipped).toEqual([
      'record 1: "url" is not a web address',
      'record 2: "url" is missing or not text',
      'record 3: not an object',
    ]);
  });

  it('names a full disk as such', () => {
    const error = toStorageError(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    expect(error.code).toBe('storage-full');
    expect(error.message).toMatch(/disk is full/);
  });
});
