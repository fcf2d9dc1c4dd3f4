/**
 * Related coverage: what else the user has stored about this story, best first, and why.
 *
 *   const index = await RelatedIndex.open();          // its own IndexedDB database, 'backstory-related'
 *   await index.add(article);                         // on each ingest
 *   const coverage = await index.query(article);      // { sameStory, background, copiesOfThis }
 *   await index.remove(url);                          // when the user deletes an article
 *
 * The same engine runs over memory in Node (`RelatedIndex.inMemory()`) for the evaluation and benchmark.
 */
import type { IndexBackend } from './backend';
import { RelatedEngine } from './engine';
import type { IndexableArticle } from './features';
import { IdbBackend } from './idb-backend';
import { MemoryBackend } from './memory-backend';
import type { RelatedCoverage } from './types';

export type { RelatedCoverage, RelatedEntry, CopyRef } from './types';
export type { IndexableArticle } from './features';
export { RELATED_DB_NAME } from './idb-backend';

export class RelatedIndex {
  private constructor(
    readonly engine: RelatedEngine,
    private readonly backend: IndexBackend,
  ) {}

  /** Opens (or creates) the index database; statistics lost in a crash are recounted from its records. */
  static async open(opts: { dbName?: string; factory?: IDBFactory } = {}): Promise<RelatedIndex> {
    const backend = await IdbBackend.open(opts.dbName, opts.factory);
    return new RelatedIndex(await RelatedEngine.open(backend), backend);
  }

  /** The same index held in memory (Node scripts, tests). */
  static async inMemory(): Promise<RelatedIndex> {
    const backend = new MemoryBackend();
    return new RelatedIndex(await RelatedEngine.open(backend), backend);
  }

  add(article: IndexableArticle): Promise<void> {
    return this.engine.add(article);
  }

  addMany(articles: IndexableArticle[]): Promise<void> {
    return this.engine.addMany(articles);
  }

  remove(url: string): Promise<void> {
    return this.engine.remove(url);
  }

  clear(): Promise<void> {
    return this.engine.clear();
  }

  count(): Promise<number> {
    return this.engine.count();
  }

  has(url: string): Promise<boolean> {
    return this.engine.has(url);
  }

  query(article: IndexableArticle, opts?: { limit?: number }): Promise<RelatedCoverage> {
    return this.engine.query(article, opts);
  }

  /** Writes pending statistics; call before the background goes idle. */
  flush(): Promise<void> {
    return this.engine.flush();
  }

  /** Closes the database (IndexedDB backend only). */
  async close(): Promise<void> {
    await this.engine.flush();
    if (this.backend instanceof IdbBackend) this.backend.close();
  }
}
