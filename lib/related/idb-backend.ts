import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { IndexBackend } from './backend';
import { Lru } from './lru';
import { fromStored, toStored, type StoredDoc } from './record';
import type { StatsSnapshot } from './stats';
import type { DocRecord, IndexedDoc } from './types';

export const RELATED_DB_NAME = 'backstory-related';
/**
 * 2: compact records (joined strings, typed arrays) and lookup keys in a store of their own.
 * 3: numbers weigh more (RANKING.numberWeight): the stored norms and lookup keys are recomputed.
 * 4: an organisation's name ends before a person's ("Security Council", "Dmitry Medvedev"): names re-read.
 * 5: an article's day is the day its date is written in (the publisher's), not its UTC day.
 * 6: German articles' names are told from nouns (German capitalises every noun): names re-read; records keep
 *    the article's language.
 */
export const RELATED_DB_VERSION = 6;

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
  if (oldVersion < 6) createStoresAnew(db);
}

function createStoresAnew(db: IDBPDatabase<RelatedSchema>): void {
  for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
  db.createObjectStore('docs', { keyPath: 'url' });
  db.createObjectStore('filing', { keyPath: 'url' }).createIndex('byKey', 'keys', { multiEntry: true });
  db.createObjectStore('meta');
}

/** Reads of one batch go over this many transactions: the browser reads one while the page decodes another. */
const TRANSACTIONS = 2;

/**
 * Read requests in one transaction, their results taken once it completes. A query's 200-odd reads go
 * this way rather than through idb's promise per request, which took ~40% of their time in Chromium.
 */
function readInOne<K, T>(db: IDBDatabase, storeName: 'docs' | 'filing', items: K[], read: (store: IDBObjectStore, item: K) => IDBRequest<T>): Promise<T[]> {
  const tx = db.transaction(storeName, 'readonly');
  const store = tx.objectStore(storeName);
  const requests = items.map((item) => read(store, item));
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(requests.map((request) => request.result));
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** The results of `read` for every item, in order, over TRANSACTIONS transactions. */
async function readAll<K, T>(db: IDBDatabase, storeName: 'docs' | 'filing', items: K[], read: (store: IDBObjectStore, item: K) => IDBRequest<T>): Promise<T[]> {
  if (items.length === 0) return [];
  const size = Math.ceil(items.length / TRANSACTIONS);
  const parts = Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
  return (await Promise.all(parts.map((part) => readInOne(db, storeName, part, read)))).flat();
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
  private readonly raw: IDBDatabase;

  private constructor(private readonly db: IDBPDatabase<RelatedSchema>) {
    this.raw = unwrap(db);
  }

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
    const cached = urls.map((url) => this.cache.get(url));
    const missing = urls.filter((_, i) => cached[i] === undefined);
    const read: (StoredDoc | undefined)[] = await readAll(this.raw, 'docs', missing, (store, url) => store.get(url));
    const byUrl = new Map(missing.map((url, i) => [url, read[i]]));
    read.forEach((stored) => stored && this.cache.set(stored.url, stored));
    // In the order asked: scores that tie keep it.
    const found = cached.map((doc, i) => doc ?? byUrl.get(urls[i]));
    return found.filter((d): d is StoredDoc => d !== undefined).map(fromStored);
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

  urlsForKeys(keys: string[], limit: number) {
    return readAll(this.raw, 'filing', keys, (store, key) => store.index('byKey').getAllKeys(key, limit)) as Promise<string[][]>;
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
