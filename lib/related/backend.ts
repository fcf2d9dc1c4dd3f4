import type { StatsSnapshot } from './stats';
import type { DocRecord, IndexedDoc } from './types';

/**
 * Where the index keeps its records: IndexedDB in the extension, memory in Node evaluations.
 * Both hold the same records and answer the same lookups, so the scoring code is one.
 */
export interface IndexBackend {
  get(url: string): Promise<DocRecord | undefined>;
  has(url: string): Promise<boolean>;
  getMany(urls: string[]): Promise<DocRecord[]>;
  putMany(docs: IndexedDoc[]): Promise<void>;
  delete(url: string): Promise<void>;
  /** For each key, the URLs of articles filed under it (at most `limit` each). */
  urlsForKeys(keys: string[], limit: number): Promise<string[][]>;
  count(): Promise<number>;
  clear(): Promise<void>;
  /** Visits every record (statistics rebuild). */
  forEach(visit: (doc: DocRecord) => void): Promise<void>;
  loadStats(): Promise<StatsSnapshot | undefined>;
  saveStats(stats: StatsSnapshot): Promise<void>;
}
