import { RANKING } from './ranking';
import { termWeight, vectorOf, type Vector } from './score';
import type { CorpusStats } from './stats';
import type { DocRecord } from './types';

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, w] of small.weights) dot += w * (large.weights.get(key) ?? 0);
  return dot / (a.norm * b.norm);
}

/**
 * Reports of one event resemble each other: each of the best candidates gains a share of its mean
 * similarity to the few best others, so a lookalike event's article, close to the query but not to the
 * query's other reports, sinks below them. Re-sorts the best `neighbourPool` in place.
 */
export function boostByNeighbours<T extends { doc: DocRecord; match: { score: number } }>(scored: T[], stats: CorpusStats): T[] {
  const pool = scored.slice(0, RANKING.neighbourPool);
  const vectors = pool.map(({ doc }) => vectorOf(doc.terms, doc.tfs, (t) => termWeight(stats, t)));
  const leaders = Math.min(RANKING.neighbours, pool.length);
  const boosted = pool.map((item, i) => {
    let sum = 0;
    let n = 0;
    for (let j = 0; j <= leaders && n < leaders; j++) {
      if (j === i || j >= pool.length) continue;
      sum += cosine(vectors[i], vectors[j]);
      n++;
    }
    return { item, score: item.match.score + RANKING.neighbourWeight * (n ? sum / n : 0) };
  });
  boosted.sort((a, b) => b.score - a.score);
  return [...boosted.map((b) => b.item), ...scored.slice(pool.length)];
}
