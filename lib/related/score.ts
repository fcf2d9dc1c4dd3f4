import { stem } from '../text';
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
  /** Shared terms that are neither names nor numbers, most telling first. */
  sharedTerms: string[];
}

/** A weighted sparse vector: key → weight, and its Euclidean norm. */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

const NUMBER = /^\d[\d.,]*$/;

/** How telling a term is: its rarity, and more for a number (see RANKING.numberWeight). */
export function termWeight(stats: CorpusStats, term: string): number {
  const idf = stats.idf(term);
  return NUMBER.test(term) ? idf * RANKING.numberWeight : idf;
}

/** Sublinear count: a word said ten times is not ten times as telling. */
const damped = (count: number) => 1 + Math.log(count);

/** TF-IDF weights of a bag of keys. */
export function vectorOf(keys: string[], counts: ArrayLike<number>, idf: (key: string) => number): Vector {
  const weights = new Map<string, number>();
  let sum = 0;
  keys.forEach((key, i) => {
    const w = damped(counts[i]) * idf(key);
    weights.set(key, w);
    sum += w * w;
  });
  return { weights, norm: Math.sqrt(sum) || 1 };
}

/** Norm of an article's TF-IDF term vector under the current statistics. */
export function termNorm(doc: Pick<IndexedDoc, 'terms' | 'tfs'>, stats: CorpusStats): number {
  let sum = 0;
  for (let i = 0; i < doc.terms.length; i++) {
    const w = damped(doc.tfs[i]) * termWeight(stats, doc.terms[i]);
    sum += w * w;
  }
  return Math.sqrt(sum) || 1;
}

/**
 * Cosine of the query vector with a candidate's bag (weighted on the fly, only shared keys looked up),
 * and each shared key's contribution, largest first.
 */
function cosine(
  query: Vector,
  keys: string[],
  counts: ArrayLike<number>,
  norm: number,
  idf: (key: string) => number,
): { value: number; shared: [string, number][] } {
  const shared: [string, number][] = [];
  let dot = 0;
  for (let i = 0; i < keys.length; i++) {
    const w = query.weights.get(keys[i]);
    if (w === undefined) continue;
    const part = w * damped(counts[i]) * idf(keys[i]);
    dot += part;
    shared.push([keys[i], part]);
  }
  return { value: dot / (query.norm * norm), shared: shared.sort((x, y) => y[1] - x[1]) };
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
  /** Words of the query's names, stemmed as terms are: a shared term that is one of them is reported as a name, not a word. */
  nameWords: Set<string>;
}

export function prepare(doc: Scorable, stats: CorpusStats): PreparedQuery {
  return {
    doc,
    terms: vectorOf(doc.terms, doc.tfs, (t) => termWeight(stats, t)),
    names: vectorOf(doc.names, doc.nameCounts, (n) => stats.idf(NAME_PREFIX + n)),
    nameWords: new Set(doc.names.flatMap((n) => n.split(' ').map(stem))),
  };
}

/** Labels of shared name keys (a surname shown once under its longest form). */
function nameLabels(shared: [string, number][], doc: Scorable): string[] {
  const labels = shared.map(([key]) => doc.nameLabels[doc.names.indexOf(key)] ?? key);
  return [...new Set(labels)];
}

/**
 * How close a candidate is to the query: lexical TF-IDF cosine over title and text, plus the cosine of
 * the names they mention, times closeness in time. `candidateNorm` is the candidate's term-vector norm.
 */
export function scoreMatch(query: PreparedQuery, candidate: Scorable, stats: CorpusStats, candidateNorm: number): Match {
  const weighTerm = (t: string) => termWeight(stats, t);
  const nameIdf = (n: string) => stats.idf(NAME_PREFIX + n);
  const lexical = cosine(query.terms, candidate.terms, candidate.tfs, candidateNorm, weighTerm);
  const nameNorm = vectorOf(candidate.names, candidate.nameCounts, nameIdf).norm;
  const names = cosine(query.names, candidate.names, candidate.nameCounts, nameNorm, nameIdf);
  const daysApart =
    query.doc.day !== undefined && candidate.day !== undefined ? Math.abs(query.doc.day - candidate.day) : undefined;
  const score = (lexical.value + RANKING.nameWeight * names.value) * timeFactor(daysApart);
  return {
    score,
    lexical: lexical.value,
    names: names.value,
    daysApart,
    sharedNames: nameLabels(names.shared, query.doc),
    // A bare number ("30", "4.4") is evidence but says nothing to a reader out of its sentence.
    sharedTerms: lexical.shared.map(([t]) => t).filter((t) => !query.nameWords.has(t) && !NUMBER.test(t)),
  };
}

/** Same event, background on the topic, or unrelated. */
export function kindOf(match: Match): 'sameStory' | 'background' | 'unrelated' {
  const near = match.daysApart === undefined || match.daysApart <= RANKING.sameStoryMaxDays;
  if (match.score >= RANKING.sameStoryScore && near) return 'sameStory';
  return match.score >= RANKING.backgroundScore ? 'background' : 'unrelated';
}
