import type { StatsSnapshot } from './stats';
import type { IndexedDoc } from './types';

/**
 * Where the index keeps its records: IndexedDB in the extension, memory in Node evaluations.
 * Both hold the same records and answer the same lookups, so the scoring code is one.
 */
export interface IndexBackend {
  get(url: string): Promise<IndexedDoc | undefined>;
  getMany(urls: string[]): Promise<IndexedDoc[]>;
  putMany(docs: IndexedDoc[]): Promise<void>;
  delete(url: string): Promise<void>;
  /** For each key, the URLs of articles filed under it (at most `limit` each). */
  urlsForKeys(keys: string[], limit: number): Promise<string[][]>;
  count(): Promise<number>;
  clear(): Promise<void>;
  /** Visits every record (statistics rebuild). */
  forEach(visit: (doc: IndexedDoc) => void): Promise<void>;
  loadStats(): Promise<StatsSnapshot | undefined>;
  saveStats(stats: StatsSnapshot): Promise<void>;
}
