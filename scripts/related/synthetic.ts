/** Distractor articles for scale: each mixes the sentences of two wire stories, so none is a copy of another. */
import type { IndexableArticle } from '../../lib/related';

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());

/** `count` new articles built from pairs of the given ones (first half of one, second half of another). */
export function distractors(base: IndexableArticle[], count: number, seed = 1): IndexableArticle[] {
  const next = random(seed);
  const pick = () => base[Math.floor(next() * base.length)];
  return Array.from({ length: count }, (_, i) => {
    const a = pick();
    const b = pick();
    const sa = sentences(a.text);
    const sb = sentences(b.text);
    const text = [...sa.slice(0, Math.ceil(sa.length / 2)), ...sb.slice(Math.floor(sb.length / 2))].join(' ');
    return { url: `synthetic:${i}`, title: a.title, outlet: b.outlet, published: a.published, text };
  });
}
