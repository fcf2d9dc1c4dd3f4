/** Ranking metrics for one query: the ranked URLs and the relevant set. */
export interface QueryScores {
  p1: number;
  rprec: number;
  recall5: number;
  rr: number;
  /** Top-5 results that are wrong, and how many of those are the same topic but another event. */
  errors5: number;
  lookalikes5: number;
}

export function scoreQuery(ranked: string[], relevant: Set<string>, sameTopic: (url: string) => boolean): QueryScores {
  const r = relevant.size;
  const hit = (u: string) => relevant.has(u);
  const top5 = ranked.slice(0, 5);
  const firstHit = ranked.findIndex(hit);
  const wrong5 = top5.filter((u) => !hit(u));
  return {
    p1: ranked.length > 0 && hit(ranked[0]) ? 1 : 0,
    rprec: ranked.slice(0, r).filter(hit).length / r,
    recall5: top5.filter(hit).length / Math.min(5, r),
    rr: firstHit < 0 ? 0 : 1 / (firstHit + 1),
    errors5: wrong5.length,
    lookalikes5: wrong5.filter(sameTopic).length,
  };
}

export function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / (values.length || 1);
}

export function summarize(all: QueryScores[]) {
  const errors = all.reduce((n, q) => n + q.errors5, 0);
  return {
    p1: mean(all.map((q) => q.p1)),
    rprec: mean(all.map((q) => q.rprec)),
    recall5: mean(all.map((q) => q.recall5)),
    mrr: mean(all.map((q) => q.rr)),
    lookalikeShare: errors ? all.reduce((n, q) => n + q.lookalikes5, 0) / errors : 0,
  };
}
