/**
 * Quote extraction speed: findQuotes per article (seeds + the own set's Fundus articles; then the
 * German set's 20 articles, with their own speaker rules), p50/p95, against a baseline in the same
 * run: a plain regex scan for quoted spans (no attribution).
 *   npx tsx scripts/bench-quotes.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findQuotes } from '../lib/quotes';
import { quoteText } from './lib/quote-texts';

const ROUNDS = 20;

/** The texts a gold file annotates (quote-texts.ts: headline, then body), as paragraphs. */
function annotated(goldPath: string): string[][] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { quotes: { file: string }[] };
  return [...new Set(gold.quotes.map((q) => q.file))].map((file) => quoteText(file).split(/\n\s*\n/));
}

function articles(): string[][] {
  const seeds = readdirSync('../shared/seeds').map((f) => readFileSync(join('../shared/seeds', f), 'utf8').split(/\n\s*\n/));
  return [...seeds, ...annotated('tests/fixtures/quotes-own/quotes.json')];
}

function baseline(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += (p.match(/[“"„»][^”"“«]+[”"“«]/g) ?? []).length;
  return n;
}

function timeEach(docs: string[][], run: (p: string[]) => unknown): number[] {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const paragraphs of docs) {
      const t0 = performance.now();
      run(paragraphs);
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

const docs = articles();
timeEach(docs, (paragraphs) => findQuotes({ title: '', paragraphs })); // warm-up
const ours = timeEach(docs, (paragraphs) => findQuotes({ title: '', paragraphs }));
const base = timeEach(docs, baseline);
const f = (x: number) => x.toFixed(3);
console.log(`articles: ${docs.length} × ${ROUNDS} rounds`);
console.log('method               p50 ms   p95 ms   max ms');
console.log(`findQuotes           ${f(pct(ours, 0.5))}    ${f(pct(ours, 0.95))}    ${f(ours[ours.length - 1])}`);
console.log(`regex “…” scan       ${f(pct(base, 0.5))}    ${f(pct(base, 0.95))}    ${f(base[base.length - 1])}`);
const ratio = pct(ours, 0.5) / Math.max(1e-6, pct(base, 0.5));
console.log(`ratio p50 findQuotes / regex scan: ${ratio.toFixed(1)}× (budget: p50 ≤ 5 ms)`);
const germanDocs = annotated('tests/fixtures/quotes-heldout-de/quotes.json');
timeEach(germanDocs, (paragraphs) => findQuotes({ title: '', paragraphs, lang: 'de' })); // warm-up
const german = timeEach(germanDocs, (paragraphs) => findQuotes({ title: '', paragraphs, lang: 'de' }));
const germanBase = timeEach(germanDocs, baseline);
console.log(`German articles: ${germanDocs.length} × ${ROUNDS} rounds`);
console.log(`findQuotes (de)      ${f(pct(german, 0.5))}    ${f(pct(german, 0.95))}    ${f(german[german.length - 1])}`);
console.log(`regex „…“ scan       ${f(pct(germanBase, 0.5))}    ${f(pct(germanBase, 0.95))}    ${f(germanBase[germanBase.length - 1])}`);
console.log(
  JSON.stringify({
    articles: docs.length,
    rounds: ROUNDS,
    findQuotesP50Ms: +f(pct(ours, 0.5)),
    findQuotesP95Ms: +f(pct(ours, 0.95)),
    regexScanP50Ms: +f(pct(base, 0.5)),
    ratioP50: +ratio.toFixed(1),
    budgetP50Ms: 5,
    germanArticles: germanDocs.length,
    germanFindQuotesP50Ms: +f(pct(german, 0.5)),
    germanFindQuotesP95Ms: +f(pct(german, 0.95)),
    germanRegexScanP50Ms: +f(pct(germanBase, 0.5)),
  }),
);
