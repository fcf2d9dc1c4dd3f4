import type { IDBPDatabase } from 'idb';
import type { CorpusSchema } from './schema';

/**
 * Numbered schema steps, run in order from the database's old version
 * (`if (oldVersion < N)`). Never edit a released step: add a new one, bump
 * CORPUS_DB_VERSION, and add a sample record of the old version to the migration test.
 */
export function upgradeCorpus(db: IDBPDatabase<CorpusSchema>, oldVersion: number): void {
  // v1: one record per canonical URL, listed newest first, filterable by outlet;
  // quotes kept beside each article.
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('bySavedAt', 'savedAt');
    articles.createIndex('byOutlet', 'outlet');
    db.createObjectStore('quotes', { keyPath: 'url' });
  }
}
