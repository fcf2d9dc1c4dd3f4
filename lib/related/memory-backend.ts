import type { IndexBackend } from './backend';
import { packCounts } from './record';
import type { StatsSnapshot } from './stats';
import type { DocRecord, IndexedDoc } from './types';

/** A record as kept in memory: its term, name and key strings as numbers of one shared dictionary. */
type PackedDoc = Omit<IndexedDoc, 'terms' | 'names' | 'nameLabels' | 'nameCounts' | 'keys'> & {
  terms: Uint32Array;
  names: Uint32Array;
  nameLabels: Uint32Array;
  nameCounts: Uint16Array;
  keys: Uint32Array;
};

/**
 * The index held in memory (Node evaluation and benchmark): a record map and an inverted key map.
 * Strings are stored once, in a dictionary, and records hold their numbers: a database would not
 * hold them twice either, and 300 numbers take a quarter of the room of 300 references.
 */
export class MemoryBackend implements IndexBackend {
  private readonly docs = new Map<string, PackedDoc>();
  private readonly postings = new Map<string, string[]>();
  private readonly ids = new Map<string, number>();
  private readonly dictionary: string[] = [];
  private stats?: StatsSnapshot;

  private pack(list: string[]): Uint32Array {
    return Uint32Array.from(list, (word) => {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.dictionary.push(word) - 1;
        this.ids.set(word, id);
      }
      return id;
    });
  }

  private words(ids: Uint32Array): string[] {
    return Array.from(ids, (id) => this.dictionary[id]!);
  }

  private unpack({ keys: _, ...doc }: PackedDoc): DocRecord {
    return {
      ...doc,
      terms: this.words(doc.terms),
      names: this.words(doc.names),
      nameLabels: this.words(doc.nameLabels),
      nameCounts: Array.from(doc.nameCounts),
    };
  }

  async get(url: string) {
    const doc = this.docs.get(url);
    return doc && this.unpack(doc);
  }

  async has(url: string) {
    return this.docs.has(url);
  }

  async getMany(urls: string[]) {
    const found = urls.map((u) => this.docs.get(u)).filter((d): d is PackedDoc => d !== undefined);
    return found.map((doc) => this.unpack(doc));
  }

  async putMany(docs: IndexedDoc[]) {
    for (const doc of docs) {
      this.unfile(doc.url);
      this.docs.set(doc.url, {
        ...doc,
        terms: this.pack(doc.terms),
        names: this.pack(doc.names),
        nameLabels: this.pack(doc.nameLabels),
        nameCounts: packCounts(doc.nameCounts),
        keys: this.pack(doc.keys),
      });
      for (const key of doc.keys) {
        const urls = this.postings.get(key);
        if (urls) urls.push(doc.url);
        else this.postings.set(key, [doc.url]);
      }
    }
  }

  async delete(url: string) {
    this.unfile(url);
    this.docs.delete(url);
  }

  async urlsForKeys(keys: string[], limit: number) {
    return keys.map((key) => (this.postings.get(key) ?? []).slice(0, limit));
  }

  async count() {
    return this.docs.size;
  }

  async clear() {
    this.docs.clear();
    this.postings.clear();
    this.stats = undefined;
  }

  async forEach(visit: (doc: DocRecord) => void) {
    this.docs.forEach((doc) => visit(this.unpack(doc)));
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
    for (const key of this.words(old.keys)) {
      const urls = this.postings.get(key)?.filter((u) => u !== url);
      if (urls?.length) this.postings.set(key, urls);
      else this.postings.delete(key);
    }
  }
}
