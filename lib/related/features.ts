import type { Article } from '../article';
import { countOf, nameKey, namePhrases, terms } from '../text';
import { dayNumber } from './day';
import { minhash } from './minhash';
import type { IndexedDoc } from './types';

/** The article fields the index reads. */
export type IndexableArticle = Pick<Article, 'url' | 'title' | 'outlet' | 'text'> & { published?: string; lang?: string };

/** How much a title word weighs against a body word. */
export const TITLE_WEIGHT = 3;
/** Terms kept per article, the most frequent first (bounds the record size). */
export const MAX_TERMS = 300;
/** Name keys kept per article. */
export const MAX_NAMES = 40;

/** Weighted term counts: body words once, title words TITLE_WEIGHT times; the MAX_TERMS most frequent. */
function termCounts(article: IndexableArticle): [string, number][] {
  const counts = countOf(terms(article.text, article.lang));
  for (const term of new Set(terms(article.title, article.lang))) counts.set(term, (counts.get(term) ?? 0) + TITLE_WEIGHT);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
}

/**
 * Name keys with mentions. A multi-word name also counts under its last word, so "Putin" in one report
 * meets "Vladimir Putin" in another. The display label is the longest form seen.
 */
function nameCounts(text: string, lang?: string): { key: string; count: number; label: string }[] {
  const byKey = new Map<string, { key: string; count: number; label: string }>();
  const note = (key: string, label: string) => {
    const entry = byKey.get(key) ?? { key, count: 0, label };
    entry.count++;
    if (label.length > entry.label.length) entry.label = label;
    byKey.set(key, entry);
  };
  for (const phrase of namePhrases(text, lang)) {
    note(nameKey(phrase), phrase);
    const parts = phrase.split(' ');
    if (parts.length > 1) note(nameKey(parts[parts.length - 1]), phrase);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count).slice(0, MAX_NAMES);
}

/** Everything the index derives from an article, except the lookup keys (they depend on corpus statistics). */
export function articleFeatures(article: IndexableArticle): Omit<IndexedDoc, 'keys' | 'norm' | 'normDocs'> {
  const counted = termCounts(article);
  const names = nameCounts(`${article.title}\n${article.text}`, article.lang);
  return {
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    ...(article.lang ? { lang: article.lang } : {}),
    day: dayNumber(article.published),
    terms: counted.map(([t]) => t),
    tfs: Uint16Array.from(counted, ([, n]) => Math.min(n, 0xffff)),
    length: counted.reduce((sum, [, n]) => sum + n, 0),
    names: names.map((n) => n.key),
    nameCounts: names.map((n) => n.count),
    nameLabels: names.map((n) => n.label),
    minhash: minhash(`${article.title}\n${article.text}`),
  };
}
