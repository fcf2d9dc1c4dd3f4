import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IndexBackend } from './backend';
import { Lru } from './lru';
import { fromStored, toStored, type StoredDoc } from './record';
import type { StatsSnapshot } from './stats';
import type { DocRecord, IndexedDoc } from './types';

export const RELATED_DB_NAME = 'backstory-related';
/** 2: compact records (joined strings, typed arrays) and lookup keys in a store of their own. */
export const RELATED_DB_VERSION = 2;

interface RelatedSchema extends DBSchema {
  docs: { key: string; value: StoredDoc };
  /** Only the lookup keys, so that reading a candidate does not read its keys too. */
  filing: { key: string; value: { url: string; keys: string[] }; indexes: { byKey: string } };
  meta: { key: string; value: StatsSnapshot };
}

/**
 * Numbered schema steps. The index is derived data: a step that changes the record format drops the
 * old stores, and the background re-adds the corpus (it finds the index holding fewer articles).
 */
function upgrade(db: IDBPDatabase<RelatedSchema>, oldVersion: number): void {
  if (oldVersion < 2) {
    for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
    db.createObjectStore('docs', { keyPath: 'url' });
    db.createObjectStore('filing', { keyPath: 'url' }).createIndex('byKey', 'keys', { multiEntry: true });
    db.createObjectStore('meta');
  }
}

/**
 * Records kept in memory, compact (about 4 KB each). Each IndexedDB request costs about 0.1 ms in
 * Chromium whatever its size, and a query reads 200: records met by recent queries (and the popup's
 * second query for quotes) are served from here.
 */
const CACHED_RECORDS = 1_000;

/** The index in its own IndexedDB database: one record per article, looked up through a multiEntry key index. */
export class IdbBackend implements IndexBackend {
  private readonly cache = new Lru<string, StoredDoc>(CACHED_RECORDS);

  private constructor(private readonly db: IDBPDatabase<RelatedSchema>) {}

  static async open(name = RELATED_DB_NAME, factory?: IDBFactory): Promise<IdbBackend> {
    const original = globalThis.indexedDB;
    if (factory) globalThis.indexedDB = factory;
    try {
      const db = await openDB<RelatedSchema>(name, RELATED_DB_VERSION, {
        upgrade: (database, oldVersion) => upgrade(database, oldVersion),
        blocking: () => db.close(),
      });
      return new IdbBackend(db);
    } finally {
      if (factory) globalThis.indexedDB = original;
    }
  }

  close(): void {
    this.db.close();
  }

  async get(url: string) {
    const [doc] = await this.getMany([url]);
    return doc;
  }

  async has(url: string) {
    return (await this.db.getKey('docs', url)) !== undefined;
  }

  async getMany(urls: string[]) {
    const tx = this.db.transaction('docs');
    const stored = await Promise.all(urls.map((url) => this.cache.get(url) ?? this.read(tx.store, url)));
    return stored.filter((d): d is StoredDoc => d !== undefined).map(fromStored);
  }

  private async read(store: { get(url: string): Promise<StoredDoc | undefined> }, url: string) {
    const stored = await store.get(url);
    if (stored) this.cache.set(url, stored);
    return stored;
  }

  async putMany(docs: IndexedDoc[]) {
    const tx = this.db.transaction(['docs', 'filing'], 'readwrite');
    for (const { keys, ...doc } of docs) {
      this.cache.delete(doc.url);
      void tx.objectStore('docs').put(toStored(doc));
      void tx.objectStore('filing').put({ url: doc.url, keys });
    }
    await tx.done;
  }

  async delete(url: string) {
    this.cache.delete(url);
    const tx = this.db.transaction(['docs', 'filing'], 'readwrite');
    await Promise.all([tx.objectStore('docs').delete(url), tx.objectStore('filing').delete(url), tx.done]);
  }

  async urlsForKeys(keys: string[], limit: number) {
    const index = this.db.transaction('filing').store.index('byKey');
    return Promise.all(keys.map((key) => index.getAllKeys(key, limit)));
  }

  count() {
    return this.db.count('docs');
  }

  async clear() {
    this.cache.clear();
    const tx = this.db.transaction(['docs', 'filing', 'meta'], 'readwrite');
    const stores = [tx.objectStore('docs'), tx.objectStore('filing'), tx.objectStore('meta')];
    await Promise.all([...stores.map((store) => store.clear()), tx.done]);
  }

  async forEach(visit: (doc: DocRecord) => void) {
    let cursor = await this.db.transaction('docs').store.openCursor();
    while (cursor) {
      visit(fromStored(cursor.value));
      cursor = await cursor.continue();
    }
  }

  loadStats() {
    return this.db.get('meta', 'stats');
  }

  async saveStats(stats: StatsSnapshot) {
    await this.db.put('meta', stats, 'stats');
  }
}
