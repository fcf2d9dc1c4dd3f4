import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IndexBackend } from './backend';
import type { StatsSnapshot } from './stats';
import type { IndexedDoc } from './types';

export const RELATED_DB_NAME = 'backstory-related';
export const RELATED_DB_VERSION = 1;

interface RelatedSchema extends DBSchema {
  docs: { key: string; value: IndexedDoc; indexes: { byKey: string } };
  meta: { key: string; value: StatsSnapshot };
}

/** Numbered schema steps; the index is derived data, so a step may also drop and rebuild. */
function upgrade(db: IDBPDatabase<RelatedSchema>, oldVersion: number): void {
  if (oldVersion < 1) {
    const docs = db.createObjectStore('docs', { keyPath: 'url' });
    docs.createIndex('byKey', 'keys', { multiEntry: true });
    db.createObjectStore('meta');
  }
}

/** The index in its own IndexedDB database: one record per article, looked up through a multiEntry key index. */
export class IdbBackend implements IndexBackend {
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

  get(url: string) {
    return this.db.get('docs', url);
  }

  async getMany(urls: string[]) {
    const tx = this.db.transaction('docs');
    const docs = await Promise.all(urls.map((u) => tx.store.get(u)));
    return docs.filter((d): d is IndexedDoc => d !== undefined);
  }

  async putMany(docs: IndexedDoc[]) {
    const tx = this.db.transaction('docs', 'readwrite');
    for (const doc of docs) void tx.store.put(doc);
    await tx.done;
  }

  delete(url: string) {
    return this.db.delete('docs', url);
  }

  async urlsForKeys(keys: string[], limit: number) {
    const index = this.db.transaction('docs').store.index('byKey');
    return Promise.all(keys.map((key) => index.getAllKeys(key, limit)));
  }

  count() {
    return this.db.count('docs');
  }

  async clear() {
    const tx = this.db.transaction(['docs', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('docs').clear(), tx.objectStore('meta').clear(), tx.done]);
  }

  async forEach(visit: (doc: IndexedDoc) => void) {
    let cursor = await this.db.transaction('docs').store.openCursor();
    while (cursor) {
      visit(cursor.value);
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
