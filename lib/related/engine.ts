import type { IndexBackend } from './backend';
import { articleFeatures, type IndexableArticle } from './features';
import { areCopies } from './minhash';
import { boostByNeighbours } from './neighbours';
import { RANKING } from './ranking';
import { reasonFor } from './reason';
import { kindOf, prepare, scoreMatch, termNorm, termWeight, vectorOf, type Match, type PreparedQuery } from './score';
import { CorpusStats, NAME_PREFIX, type StatsSnapshot } from './stats';
import type { CopyRef, DocRecord, IndexedDoc, RelatedCoverage, RelatedEntry } from './types';

/** Statistics are written back after this many changes (and on flush); lost ones are rebuilt on open. */
const SAVE_STATS_EVERY = 500;
const BATCH = 200;
/** A stored norm is used until the corpus has grown by this factor since it was computed. */
const NORM_STALE = 1.2;
/** Recomputed norms kept in memory (bounded; cleared when full). */
const NORM_CACHE = 20_000;

export interface RankedEntry extends RelatedEntry {
  kind: 'sameStory' | 'background' | 'unrelated';
}

/** A candidate after scoring, before copies are folded together. */
interface Scored {
  doc: DocRecord;
  match: Match;
}

const copyRef = (doc: DocRecord): CopyRef => ({ url: doc.url, outlet: doc.outlet, title: doc.title });

function entryOf({ doc, match }: Scored): RankedEntry {
  return {
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    ...(doc.lang ? { lang: doc.lang } : {}),
    score: Math.round(match.score * 1000) / 1000,
    reason: reasonFor(match),
    sharedNames: match.sharedNames.slice(0, 5),
    daysApart: match.daysApart,
    copies: [],
    kind: kindOf(match),
  };
}

/**
 * Related coverage over any backend: files articles under their distinctive terms, names and MinHash
 * bands; a query looks those keys up, scores the best candidates in full and folds copies together.
 */
export class RelatedEngine {
  private unsaved = 0;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly norms = new Map<string, { norm: number; docs: number }>();

  private constructor(
    private readonly backend: IndexBackend,
    private stats: CorpusStats,
  ) {}

  static async open(backend: IndexBackend): Promise<RelatedEngine> {
    const snapshot = await backend.loadStats();
    const count = await backend.count();
    if (snapshot && snapshot.docs === count) return new RelatedEngine(backend, CorpusStats.from(snapshot));
    const stats = new CorpusStats();
    await backend.forEach((doc) => stats.add(doc));
    await backend.saveStats(stats.snapshot());
    return new RelatedEngine(backend, stats);
  }

  async add(article: IndexableArticle): Promise<void> {
    await this.addMany([article]);
  }

  /** Adds articles; counts them all before choosing their keys, so an import files them as well as one by one. */
  addMany(articles: IndexableArticle[]): Promise<void> {
    return this.serial(async () => {
      for (let i = 0; i < articles.length; i += BATCH) await this.addBatch(articles.slice(i, i + BATCH));
    });
  }

  private async addBatch(batch: IndexableArticle[]): Promise<void> {
    const previous = await this.backend.getMany(batch.map((a) => a.url));
    previous.forEach((doc) => this.stats.remove(doc));
    const features = batch.map(articleFeatures);
    features.forEach((f) => this.stats.add(f));
    const docs = features.map((f) => ({ ...f, norm: termNorm(f, this.stats), normDocs: this.stats.docs, keys: this.keysOf(f) }));
    await this.backend.putMany(docs);
    await this.changed(batch.length);
  }

  remove(url: string): Promise<void> {
    return this.serial(async () => {
      const doc = await this.backend.get(url);
      if (!doc) return;
      this.stats.remove(doc);
      await this.backend.delete(url);
      await this.changed(1);
    });
  }

  /** Whether the article is in the index. */
  has(url: string): Promise<boolean> {
    return this.backend.has(url);
  }

  clear(): Promise<void> {
    return this.serial(async () => {
      await this.backend.clear();
      this.stats = new CorpusStats();
      this.norms.clear();
      this.unsaved = 0;
    });
  }

  count(): Promise<number> {
    return this.backend.count();
  }

  /** Writes the statistics now (call when the background is about to go idle). */
  async flush(): Promise<void> {
    if (this.unsaved === 0) return;
    this.unsaved = 0;
    await this.backend.saveStats(this.stats.snapshot());
  }

  vocabulary(): number {
    return this.stats.vocabulary();
  }

  /** The statistics as kept in memory: with the IndexedDB backend, the index's resident state besides caches. */
  statsSnapshot(): StatsSnapshot {
    return this.stats.snapshot();
  }

  /** Related coverage of an article: same story first, then background; copies folded. */
  async query(article: IndexableArticle, opts: { limit?: number } = {}): Promise<RelatedCoverage> {
    const limit = opts.limit ?? 20;
    const { entries, copiesOfThis } = await this.rank(article, limit * 2);
    const pick = (kind: RankedEntry['kind']) =>
      entries.filter((e) => e.kind === kind).slice(0, limit).map(({ kind: _, ...entry }) => entry);
    return { sameStory: pick('sameStory'), background: pick('background'), copiesOfThis };
  }

  /** Every candidate ranked by score (unrelated ones included), copies folded; for evaluation and query. */
  async rank(article: IndexableArticle, limit: number): Promise<{ entries: RankedEntry[]; copiesOfThis: CopyRef[] }> {
    const indexed = this.backend.has(article.url); // its request runs while the features are computed
    const features = articleFeatures(article);
    const query = prepare(features, this.stats);
    const scored = await this.scoredCandidates(query, article.url, await indexed);
    return this.fold(scored, features.minhash, limit);
  }

  private async scoredCandidates(query: PreparedQuery, self: string, indexed: boolean): Promise<Scored[]> {
    const docs = await this.backend.getMany(await this.candidates(query, self, indexed));
    const scored = docs
      .map((doc) => ({ doc, match: scoreMatch(query, doc, this.stats, this.normOf(doc)) }))
      .sort((a, b) => b.match.score - a.match.score);
    return boostByNeighbours(scored, this.stats);
  }

  /** The candidate's term norm: as stored while fresh, else recomputed (and remembered, boundedly). */
  private normOf(doc: DocRecord): number {
    const docs = this.stats.docs;
    if (docs <= doc.normDocs * NORM_STALE) return doc.norm;
    const cached = this.norms.get(doc.url);
    if (cached && docs <= cached.docs * NORM_STALE) return cached.norm;
    if (this.norms.size >= NORM_CACHE) this.norms.clear();
    const norm = termNorm(doc, this.stats);
    this.norms.set(doc.url, { norm, docs });
    return norm;
  }

  /** Stored copies of a stored article (near-duplicates by MinHash), for evaluation. */
  async copiesOf(url: string): Promise<string[]> {
    const doc = await this.backend.get(url);
    if (!doc) return [];
    const docs = await this.backend.getMany(await this.candidates(prepare(doc, this.stats), url, true));
    return docs.filter((d) => areCopies(d.minhash, doc.minhash)).map((d) => d.url);
  }

  /** Candidate URLs: votes from shared distinctive terms and names, weighted by the query's weights. */
  private async candidates(query: PreparedQuery, self: string, indexed: boolean): Promise<string[]> {
    const lookups = this.lookupKeys(query, indexed ? 1 : 0);
    const cap = Math.ceil(Math.max(RANKING.minCommonKeyDocs, this.stats.docs * RANKING.maxKeyShare));
    const hits = await this.backend.urlsForKeys(lookups.map(([key]) => key), cap);
    const votes = new Map<string, number>();
    hits.forEach((urls, i) => {
      for (const url of urls) votes.set(url, (votes.get(url) ?? 0) + lookups[i][1]);
    });
    votes.delete(self);
    return [...votes].sort((a, b) => b[1] - a[1]).slice(0, RANKING.candidates).map(([url]) => url);
  }

  /**
   * The query's heaviest terms and names that other articles hold (`own` counts the query itself when it
   * is stored) and that are not too common, with their weights.
   */
  private lookupKeys(query: PreparedQuery, own: number): [string, number][] {
    const common = Math.max(RANKING.minCommonKeyDocs, this.stats.docs * RANKING.maxKeyShare);
    const heaviest = (weights: Map<string, number>, prefix: string, n: number): [string, number][] =>
      [...weights]
        .filter(([key]) => {
          const held = this.stats.frequency(prefix + key);
          return held > own && held <= common;
        })
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([key, w]) => [prefix + key, w]);
    return [...heaviest(query.terms.weights, '', RANKING.queryTerms), ...heaviest(query.names.weights, NAME_PREFIX, RANKING.queryNames)];
  }

  /** Keys an article is filed under: its most distinctive terms and its names. */
  private keysOf(doc: Pick<IndexedDoc, 'terms' | 'tfs' | 'names'>): string[] {
    const terms = vectorOf(doc.terms, doc.tfs, (t) => termWeight(this.stats, t));
    const distinctive = [...terms.weights].sort((a, b) => b[1] - a[1]).slice(0, RANKING.keyTerms).map(([t]) => t);
    return [...distinctive, ...doc.names.map((n) => NAME_PREFIX + n)];
  }

  /** Copies of the query go aside; a copy of a listed entry joins it; the rest become entries. */
  private fold(scored: Scored[], signature: Uint32Array, limit: number) {
    const copiesOfThis: CopyRef[] = [];
    const entries: { entry: RankedEntry; signature: Uint32Array }[] = [];
    for (const item of scored) {
      if (areCopies(item.doc.minhash, signature)) {
        copiesOfThis.push(copyRef(item.doc));
        continue;
      }
      const original = entries.find((e) => areCopies(e.signature, item.doc.minhash));
      if (original) original.entry.copies.push(copyRef(item.doc));
      else if (entries.length < limit) entries.push({ entry: entryOf(item), signature: item.doc.minhash });
    }
    return { entries: entries.map((e) => e.entry), copiesOfThis };
  }

  /** Writes run one after another: two adds of one URL at once would both count it in the statistics. */
  private serial<T>(write: () => Promise<T>): Promise<T> {
    const run = this.writes.then(write, write);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async changed(n: number): Promise<void> {
    this.unsaved += n;
    if (this.unsaved >= SAVE_STATS_EVERY) await this.flush();
  }
}
