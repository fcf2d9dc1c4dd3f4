import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { RelatedIndex } from '@/lib/related';
import { fromStored, toStored } from '@/lib/related/record';
import { quakeA1, quakeA2 } from './fixtures';

/** A database as version 1 left it: whole records with term arrays, the key index on the records. */
async function versionOneDatabase(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('docs', { keyPath: 'url' }).createIndex('byKey', 'keys', { multiEntry: true });
      database.createObjectStore('meta');
    },
  });
  await db.put('docs', { url: quakeA2.url, title: quakeA2.title, outlet: 'b.example', terms: ['aceh'], tfs: new Uint16Array([3]), keys: ['aceh'] });
  await db.put('meta', { docs: 1, df: [['aceh', 1]] }, 'stats');
  db.close();
}

/** A database as version 2 (or 3) left it: one record whose norm and keys (or names) were found the old way. */
async function versionTwoDatabase(name: string, version = 2): Promise<void> {
  const db = await openDB(name, version, {
    upgrade(database) {
      database.createObjectStore('docs', { keyPath: 'url' });
      database.createObjectStore('filing', { keyPath: 'url' }).createIndex('byKey', 'keys', { multiEntry: true });
      database.createObjectStore('meta');
    },
  });
  await db.put('docs', { url: quakeA2.url });
  await db.put('filing', { url: quakeA2.url, keys: ['aceh'] });
  await db.put('meta', { docs: 1, df: [['aceh', 1]] }, 'stats');
  db.close();
}

describe('related index upgrade', () => {
  it('drops a version 1 index instead of reading its records, and indexes anew', async () => {
    await versionOneDatabase('related-v1');
    const index = await RelatedIndex.open({ dbName: 'related-v1' });
    expect(await index.count()).toBe(0);
    expect(await index.has(quakeA2.url)).toBe(false);
    await index.add(quakeA2);
    expect((await index.query(quakeA1)).sameStory.map((e) => e.url)).toEqual([quakeA2.url]);
    await index.close();
  });

  it('drops a version 2 index (norms and keys weighed the old way) so that it is rebuilt', async () => {
    await versionTwoDatabase('related-v2');
    const index = await RelatedIndex.open({ dbName: 'related-v2' });
    expect(await index.count()).toBe(0);
    expect(await index.has(quakeA2.url)).toBe(false);
    await index.close();
  });

  it.each([
    [3, 'names read before an organisation ended before a person'],
    [4, 'days counted in UTC, not in the day the date is written in'],
    [5, 'German nouns read as names'],
  ])('drops a version %i index (%s) so that it is rebuilt', async (version) => {
    await versionTwoDatabase(`related-v${version}`, version);
    const index = await RelatedIndex.open({ dbName: `related-v${version}` });
    expect(await index.count()).toBe(0);
    await index.close();
  });
});

describe('stored record format', () => {
  it('gives back the record it was given, empty lists included', () => {
    const record = {
      url: 'https://a.example/x',
      title: 'T',
      outlet: 'a.example',
      day: 15_000,
      terms: ['aceh', '6.1', "don't"],
      tfs: new Uint16Array([4, 2, 1]),
      length: 7,
      norm: 1.5,
      normDocs: 10,
      names: [],
      nameCounts: [],
      nameLabels: [],
      minhash: new Uint32Array([1, 2]),
    };
    expect(fromStored(toStored(record))).toEqual(record);
    const named = { ...record, names: ['zaini abdullah', 'abdullah'], nameCounts: [2, 2], nameLabels: ['Zaini Abdullah', 'Zaini Abdullah'] };
    expect(fromStored(toStored(named))).toEqual(named);
  });
});
