import { RANKING } from './ranking';
import { NAME_PREFIX, type CorpusStats } from './stats';
import type { IndexedDoc } from './types';

/** The part of an indexed article that scoring reads. */
export type Scorable = Pick<IndexedDoc, 'terms' | 'tfs' | 'names' | 'nameCounts' | 'nameLabels' | 'day'>;

export interface Match {
  score: number;
  lexical: number;
  names: number;
  daysApart?: number;
  /** Shared names, most telling first (display forms). */
  sharedNames: string[];
  /** Shared non-name terms, most telling first. */
  sharedTerms: string[];
}

/** A weighted sparse vector: key → weight, and its Euclidean norm. */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** Sublinear count times rarity: TF-IDF weights of a bag of keys. */
export function vectorOf(keys: string[], counts: number[], idf: (key: string) => number): Vector {
  const weights = new Map<string, number>();
  let sum = 0;
  keys.forEach((key, i) => {
    const w = (1 + Math.log(counts[i])) * idf(key);
    weights.set(key, w);
    sum += w * w;
  });
  return { weights, norm: Math.sqrt(sum) || 1 };
}

/** Cosine of two vectors, with each shared key's contribution (largest first). */
function cosine(a: Vector, b: Vector): { value: number; shared: [string, number][] } {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  const shared: [string, number][] = [];
  let dot = 0;
  for (const [key, w] of small.weights) {
    const v = large.weights.get(key);
    if (v === undefined) continue;
    dot += w * v;
    shared.push([key, w * v]);
  }
  return { value: dot / (a.norm * b.norm), shared: shared.sort((x, y) => y[1] - x[1]) };
}

/** Closeness in time as a factor in [timeFloor, 1]; 1 when either date is unknown. */
export function timeFactor(daysApart: number | undefined): number {
  if (daysApart === undefined) return 1;
  return RANKING.timeFloor + (1 - RANKING.timeFloor) * Math.exp(-daysApart / RANKING.timeScaleDays);
}

/** The query side, prepared once per query. */
export interface PreparedQuery {
  doc: Scorable;
  terms: Vector;
  names: Vector;
  /** Words of the query's names: a shared term that is one of them is reported as a name, not a word. */
  nameWords: Set<string>;
}

export function prepare(doc: Scorable, stats: CorpusStats): PreparedQuery {
  return {
    doc,
    terms: vectorOf(doc.terms, doc.tfs, (t) => stats.idf(t)),
    names: vectorOf(doc.names, doc.nameCounts, (n) => stats.idf(NAME_PREFIX + n)),
    nameWords: new Set(doc.names.flatMap((n) => n.split(' '))),
  };
}

/** Labels of shared name keys, dropping a surname already shown in a longer shared name. */
function nameLabels(shared: [string, number][], doc: Scorable): string[] {
  const labels = shared.map(([key]) => doc.nameLabels[doc.names.indexOf(key)] ?? key);
  return [...new Set(labels)];
}

/**
 * How close a candidate is to the query: lexical TF-IDF cosine over title and text, plus the cosine of
 * the names they mention, times closeness in time.
 */
export function scoreMatch(query: PreparedQuery, candidate: Scorable, stats: CorpusStats): Match {
  const lexical = cosine(query.terms, vectorOf(candidate.terms, candidate.tfs, (t) => stats.idf(t)));
  const names = cosine(query.names, vectorOf(candidate.names, candidate.nameCounts, (n) => stats.idf(NAME_PREFIX + n)));
  const daysApart =
    query.doc.day !== undefined && candidate.day !== undefined ? Math.abs(query.doc.day - candidate.day) : undefined;
  const score = (lexical.value + RANKING.nameWeight * names.value) * timeFactor(daysApart);
  return {
    score,
    lexical: lexical.value,
    names: names.value,
    daysApart,
    sharedNames: nameLabels(names.shared, query.doc),
    sharedTerms: lexical.shared.map(([t]) => t).filter((t) => !query.nameWords.has(t)),
  };
}

/** Same event, background on the topic, or unrelated. */
export function kindOf(match: Match): 'sameStory' | 'background' | 'unrelated' {
  const near = match.daysApart === undefined || match.daysApart <= RANKING.sameStoryMaxDays;
  if (match.score >= RANKING.sameStoryScore && near) return 'sameStory';
  return match.score >= RANKING.backgroundScore ? 'background' : 'unrelated';
}
