/** The baseline: plain TF-IDF cosine over title and text, exhaustive over an inverted index. */
import { countOf, terms } from '../../lib/text';
import type { IndexableArticle } from '../../lib/related';

export class TfIdfCosine {
  private readonly postings = new Map<string, [number, number][]>();
  private readonly norms: number[] = [];
  private readonly urls: string[] = [];
  private readonly vectors: Map<string, number>[] = [];

  constructor(articles: IndexableArticle[]) {
    const counts = articles.map((a) => countOf(terms(`${a.title}\n${a.text}`)));
    const df = new Map<string, number>();
    for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const idf = (t: string) => Math.log(articles.length / (df.get(t) ?? 1));
    counts.forEach((c, i) => {
      const vector = new Map<string, number>();
      let sum = 0;
      for (const [t, n] of c) {
        const w = (1 + Math.log(n)) * idf(t);
        vector.set(t, w);
        sum += w * w;
        const list = this.postings.get(t) ?? [];
        list.push([i, w]);
        this.postings.set(t, list);
      }
      this.vectors.push(vector);
      this.norms.push(Math.sqrt(sum) || 1);
      this.urls.push(articles[i].url);
    });
  }

  /** Pool URLs by cosine with the indexed article at `index`, best first, itself excluded. */
  rank(index: number, limit: number): string[] {
    const scores = new Map<number, number>();
    for (const [t, w] of this.vectors[index]) {
      for (const [j, v] of this.postings.get(t) ?? []) scores.set(j, (scores.get(j) ?? 0) + w * v);
    }
    scores.delete(index);
    return [...scores]
      .map(([j, dot]) => [j, dot / this.norms[j]] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([j]) => this.urls[j]);
  }
}
