import type { IndexBackend } from './backend';
import type { StatsSnapshot } from './stats';
import type { IndexedDoc } from './types';

/**
 * The index held in memory (Node evaluation and benchmark): a record map and an inverted key map.
 * Term and key strings are shared across records (interned), as a database would not hold them twice.
 */
export class MemoryBackend implements IndexBackend {
  private readonly docs = new Map<string, IndexedDoc>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly strings = new Map<string, string>();
  private stats?: StatsSnapshot;

  private intern(list: string[]): string[] {
    return list.map((s) => {
      const known = this.strings.get(s);
      if (known !== undefined) return known;
      this.strings.set(s, s);
      return s;
    });
  }

  async get(url: string) {
    return this.docs.get(url);
  }

  async getMany(urls: string[]) {
    return urls.map((u) => this.docs.get(u)).filter((d): d is IndexedDoc => d !== undefined);
  }

  async putMany(docs: IndexedDoc[]) {
    for (const given of docs) {
      const doc = { ...given, terms: this.intern(given.terms), names: this.intern(given.names), keys: this.intern(given.keys) };
      this.unfile(doc.url);
      this.docs.set(doc.url, doc);
      for (const key of doc.keys) {
        const urls = this.postings.get(key) ?? new Set<string>();
        urls.add(doc.url);
        this.postings.set(key, urls);
      }
    }
  }

  async delete(url: string) {
    this.unfile(url);
    this.docs.delete(url);
  }

  async urlsForKeys(keys: string[], limit: number) {
    return keys.map((key) => {
      const urls: string[] = [];
      for (const url of this.postings.get(key) ?? []) {
        if (urls.length >= limit) break;
        urls.push(url);
      }
      return urls;
    });
  }

  async count() {
    return this.docs.size;
  }

  async clear() {
    this.docs.clear();
    this.postings.clear();
    this.stats = undefined;
  }

  async forEach(visit: (doc: IndexedDoc) => void) {
    this.docs.forEach(visit);
  }

  async loadStats() {
    return this.stats;
  }

  async saveStats(stats: StatsSnapshot) {
    this.stats = stats;
  }

  private unfile(url: string): void {
    const old = this.docs.get(url);
    if (!old) return;
    for (const key of old.keys) {
      const urls = this.postings.get(key);
      urls?.delete(url);
      if (urls?.size === 0) this.postings.delete(key);
    }
  }
}
