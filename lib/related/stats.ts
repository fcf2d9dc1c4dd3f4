import type { IndexedDoc } from './types';

/** Name keys share the document-frequency table with terms under this prefix. */
export const NAME_PREFIX = '@';

/** Serialized form kept in the index database. */
export interface StatsSnapshot {
  docs: number;
  df: [string, number][];
}

/**
 * Corpus statistics for weighting: how many articles hold each term or name (document frequency).
 * Updated on every add/remove; its memory grows with the vocabulary, not the number of articles.
 */
export class CorpusStats {
  docs = 0;
  private readonly df = new Map<string, number>();

  static from(snapshot: StatsSnapshot | undefined): CorpusStats {
    const stats = new CorpusStats();
    if (!snapshot) return stats;
    stats.docs = snapshot.docs;
    for (const [key, n] of snapshot.df) stats.df.set(key, n);
    return stats;
  }

  snapshot(): StatsSnapshot {
    return { docs: this.docs, df: [...this.df] };
  }

  add(doc: Pick<IndexedDoc, 'terms' | 'names'>, sign: 1 | -1 = 1): void {
    this.docs += sign;
    for (const term of doc.terms) this.bump(term, sign);
    for (const name of doc.names) this.bump(NAME_PREFIX + name, sign);
  }

  remove(doc: Pick<IndexedDoc, 'terms' | 'names'>): void {
    this.add(doc, -1);
  }

  /** Articles holding the key. */
  frequency(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Inverse document frequency, smoothed: rare keys weigh more, unseen keys weigh most. */
  idf(key: string): number {
    return Math.log(1 + (this.docs + 1) / (this.frequency(key) + 0.5));
  }

  vocabulary(): number {
    return this.df.size;
  }

  private bump(key: string, sign: 1 | -1): void {
    const n = (this.df.get(key) ?? 0) + sign;
    if (n > 0) this.df.set(key, n);
    else this.df.delete(key);
  }
}
