/**
 * Corpus search speed (the options page's search box): one query over a corpus of 20,000 articles,
 * the matching step alone (the IndexedDB scan around it is the browser's), per query p50 over
 * several passes. Ours: `matchesAll` with `searchFold` (accents, apostrophes and soft hyphens folded);
 * baseline in the same run: lower-case and `includes`, the search before folding.
 * Articles: the Fundus bodies (40 countries) and the WCXB article golds, repeated up to the size.
 *   npx tsx scripts/bench-search.ts [--articles N]
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { matchesAll, searchedText } from '../lib/storage/corpus';
import { searchFold } from '../lib/text/search-fold';
import { DEFAULT_ROOT, fundusPages, wcxbPages } from './lib/dataset-pages';

type Searchable = Parameters<typeof searchedText>[0];

const PASSES = 5;
const QUERIES = ['putin', 'climate change', 'müller', 'muller', 'zzyzx-not-there'];

function pool(): Searchable[] {
  const pages = [...fundusPages(join(DEFAULT_ROOT, 'fundus')), ...wcxbPages(join(DEFAULT_ROOT, 'wcxb-dev')).filter((page) => page.pageType === 'article')];
  return pages.filter((page) => page.gold.body).map((page) => ({ title: page.gold.title ?? '', outlet: page.set, authors: page.gold.authors, text: page.gold.body }));
}

/** The search before folding: lower case and substring. */
function lowerCaseMatch(article: Searchable, words: string[]): boolean {
  const haystack = searchedText(article).toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function timeQuery(corpus: Searchable[], match: (article: Searchable) => boolean): { ms: number; hits: number } {
  const times: number[] = [];
  let hits = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    hits = corpus.filter(match).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(PASSES / 2)]), hits };
}

function main(): void {
  const sizeIndex = process.argv.indexOf('--articles');
  const size = sizeIndex >= 0 ? Number(process.argv[sizeIndex + 1]) : 20_000;
  const source = pool();
  const corpus = Array.from({ length: size }, (_, i) => source[i % source.length]);
  const chars = corpus.reduce((sum, a) => sum + a.text.length, 0);
  console.log(`${corpus.length} articles (${source.length} distinct), ${(chars / 1e6).toFixed(0)} M characters of text; median of ${PASSES} passes`);
  const rows = QUERIES.map((query) => {
    const folded = searchFold(query).split(/\s+/).filter(Boolean);
    const plain = query.toLowerCase().split(/\s+/).filter(Boolean);
    const ours = timeQuery(corpus, (a) => matchesAll(a, folded));
    const baseline = timeQuery(corpus, (a) => lowerCaseMatch(a, plain));
    return { query, oursMs: ours.ms, oursHits: ours.hits, baselineMs: baseline.ms, baselineHits: baseline.hits, ratio: Number((ours.ms / Math.max(1, baseline.ms)).toFixed(2)) };
  });
  console.log('query            ours ms  hits   lower-case ms  hits   ratio');
  for (const r of rows) {
    console.log(`${r.query.padEnd(16)} ${String(r.oursMs).padStart(7)}  ${String(r.oursHits).padStart(5)}  ${String(r.baselineMs).padStart(13)}  ${String(r.baselineHits).padStart(5)}  ${r.ratio}`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    JSON.stringify({
      articles: corpus.length,
      megaChars: Number((chars / 1e6).toFixed(1)),
      queryMs: { ours: median(rows.map((r) => r.oursMs)), baseline: median(rows.map((r) => r.baselineMs)) },
      ratio: median(rows.map((r) => r.ratio)),
      hits: Object.fromEntries(rows.map((r) => [r.query, { ours: r.oursHits, baseline: r.baselineHits }])),
    }),
  );
}

main();
