/**
 * Related coverage evaluation (rules: ../shared/datasets/README.md).
 * Every labeled article queries the whole pool (ECB+ and the Reuters distractors by default); the relevant
 * articles are the others of its story, the query's gold near-duplicates set aside. Also: repost collapse
 * recall on the gold near-duplicate pairs and false collapses; TF-IDF cosine as the baseline, same run.
 * And German: how often unrelated German articles share names, and are listed as related (scripts/related/german.ts).
 *   npx tsx scripts/eval-related.ts [--labeled FILE…] [--pool FILE…] [--pairs FILE] [--misses]
 * --misses lists the queries whose first result is wrong, with that result and the first right one.
 * --ranking-only skips the baseline and the repost check and prints the ranking figures per half of the
 * topics (odd / even topic numbers): change the ranking looking at one half, confirm on the other.
 */
import { performance } from 'node:perf_hooks';
import { RelatedIndex } from '../lib/related';
import type { RankedEntry } from '../lib/related/engine';
import { jaccard, shingles } from '../lib/related/minhash';
import { TfIdfCosine } from './related/baseline';
import { germanFalseRelated, germanNameSharing } from './related/german';
import { flagValues, readArticles, readPairs, type LabeledArticle } from './related/dataset';
import { scoreQuery, summarize, type QueryScores } from './related/metrics';

const DATA = '../shared/datasets/related';
const argv = process.argv.slice(2);
const labeledFiles = flagValues(argv, '--labeled') ?? [`${DATA}/ecbplus.jsonl`];
const poolFiles = flagValues(argv, '--pool') ?? [`${DATA}/ecbplus.jsonl`, `${DATA}/reuters21578.jsonl`];
const pairsFile = flagValues(argv, '--pairs')?.[0] ?? `${DATA}/near_duplicate_pairs.tsv`;
const RANK_DEPTH = 60;

function uniqueByUrl(articles: LabeledArticle[]): LabeledArticle[] {
  return [...new Map(articles.map((a) => [a.url, a])).values()];
}

const pool = uniqueByUrl(poolFiles.flatMap(readArticles));
const labeled = uniqueByUrl(labeledFiles.flatMap(readArticles)).filter((a) => a.story);
const gold = readPairs(pairsFile);
const byUrl = new Map(pool.map((a) => [a.url, a]));

/** The query's own copies (gold pairs) are neither results nor relevant. */
function judged(query: LabeledArticle) {
  const excluded = new Set([query.url, ...(gold.copies.get(query.url) ?? [])]);
  const relevant = new Set(pool.filter((a) => a.story === query.story && !excluded.has(a.url)).map((a) => a.url));
  const sameTopic = (url: string) => byUrl.get(url)?.topic === query.topic && byUrl.get(url)?.story !== query.story;
  return { excluded, relevant, sameTopic };
}

const showMisses = argv.includes('--misses');

function printMiss(query: LabeledArticle, entries: RankedEntry[], ranked: string[], relevant: Set<string>) {
  const line = (url: string) => {
    const a = byUrl.get(url);
    const e = entries.find((x) => x.url === url);
    return `${e?.score ?? '?'} ${a?.story ?? 'distractor'} ${a?.published ?? ''} ${a?.title.slice(0, 70)} [${e?.reason ?? ''}]`;
  };
  const firstRight = ranked.findIndex((u) => relevant.has(u));
  console.log(`MISS ${query.story} ${query.published ?? ''} ${query.title.slice(0, 70)}`);
  console.log(`  #1 ${line(ranked[0])}`);
  console.log(firstRight < 0 ? '  no right result' : `  #${firstRight + 1} ${line(ranked[firstRight])}`);
}

async function evaluateOurs(index: RelatedIndex): Promise<{ scores: QueryScores[]; ms: number[]; topics: string[] }> {
  const scores: QueryScores[] = [];
  const topics: string[] = [];
  const ms: number[] = [];
  for (const query of labeled) {
    const { excluded, relevant, sameTopic } = judged(query);
    if (relevant.size === 0) continue;
    const t0 = performance.now();
    const { entries } = await index.engine.rank(query, RANK_DEPTH);
    ms.push(performance.now() - t0);
    const ranked = entries.flatMap((e) => [e.url, ...e.copies.map((c) => c.url)]).filter((u) => !excluded.has(u));
    scores.push(scoreQuery(ranked, relevant, sameTopic));
    topics.push(query.topic ?? '');
    if (showMisses && ranked.length > 0 && !relevant.has(ranked[0])) printMiss(query, entries, ranked, relevant);
  }
  return { scores, ms, topics };
}

function evaluateBaseline(): QueryScores[] {
  const baseline = new TfIdfCosine(pool);
  const position = new Map(pool.map((a, i) => [a.url, i]));
  const scores: QueryScores[] = [];
  for (const query of labeled) {
    const { excluded, relevant, sameTopic } = judged(query);
    if (relevant.size === 0) continue;
    const ranked = baseline.rank(position.get(query.url)!, RANK_DEPTH + excluded.size).filter((u) => !excluded.has(u));
    scores.push(scoreQuery(ranked, relevant, sameTopic));
  }
  return scores;
}

/** Gold pairs found as copies, and collapsed pairs that are not gold (by their exact shingle Jaccard). */
async function evaluateDedupe(index: RelatedIndex) {
  const collapsed = new Set<string>();
  const key = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);
  for (const article of pool) for (const copy of await index.engine.copiesOf(article.url)) collapsed.add(key(article.url, copy));
  const goldKeys = new Set(gold.pairs.filter(([a, b]) => byUrl.has(a) && byUrl.has(b)).map(([a, b]) => key(a, b)));
  const found = [...goldKeys].filter((k) => collapsed.has(k)).length;
  const text = (url: string) => { const a = byUrl.get(url)!; return `${a.title}\n${a.text}`; };
  const extra = [...collapsed].filter((k) => !goldKeys.has(k)).map((k) => {
    const [a, b] = k.split('\t');
    return { a, b, jaccard: jaccard(shingles(text(a)), shingles(text(b))) };
  });
  const falseCollapses = extra.filter((e) => e.jaccard < 0.5);
  return { gold: goldKeys.size, found, recall: found / (goldKeys.size || 1), extra, falseCollapses };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const f3 = (x: number) => x.toFixed(3);

const t0 = performance.now();
const index = await RelatedIndex.inMemory();
await index.addMany(pool);
const indexSeconds = (performance.now() - t0) / 1000;
const ours = await evaluateOurs(index);
const oursSummary = summarize(ours.scores);
if (argv.includes('--ranking-only')) {
  const half = (odd: number) => summarize(ours.scores.filter((_, i) => Number(/\d+/.exec(ours.topics[i])?.[0] ?? 0) % 2 === odd));
  for (const [name, s] of [['all', oursSummary], ['odd topics', half(1)], ['even topics', half(0)]] as const) {
    console.log(`${name.padEnd(12)} P@1 ${f3(s.p1)}  R-prec ${f3(s.rprec)}  Recall@5 ${f3(s.recall5)}  MRR ${f3(s.mrr)}`);
  }
  process.exit(0);
}
const baseSummary = summarize(evaluateBaseline());
const dedupe = await evaluateDedupe(index);

console.log(`pool: ${pool.length} articles (${poolFiles.join(', ')}); queries: ${ours.scores.length} labeled`);
console.log(`indexed in ${indexSeconds.toFixed(1)} s; query p50 ${f3(pct(ours.ms, 0.5))} ms, p95 ${f3(pct(ours.ms, 0.95))} ms (in memory)`);
console.log('method            P@1    R-prec  Recall@5  MRR    lookalike share of top-5 errors');
for (const [name, s] of [['Backstory', oursSummary], ['TF-IDF cosine', baseSummary]] as const) {
  console.log(`${name.padEnd(16)}  ${f3(s.p1)}  ${f3(s.rprec)}   ${f3(s.recall5)}     ${f3(s.mrr)}  ${f3(s.lookalikeShare)}`);
}
console.log(`reposts: ${dedupe.found}/${dedupe.gold} gold pairs collapsed (recall ${f3(dedupe.recall)}); ` +
  `${dedupe.extra.length} collapsed pairs outside the gold list, ${dedupe.falseCollapses.length} of them with shingle Jaccard < 0.5 (false collapses)`);
for (const e of dedupe.extra.slice(0, 10)) console.log(`  not in gold: ${e.a} ~ ${e.b} jaccard ${f3(e.jaccard)}`);
const german = germanNameSharing('de');
const germanAsEnglish = germanNameSharing(undefined);
console.log(
  `German names (${german.articles} Fundus articles, ${german.pairs} pairs by different publishers): pairs sharing 2+ names ` +
    `${f3(german.pairsSharingTwo)} (read as English ${f3(germanAsEnglish.pairsSharingTwo)}); names per article ${german.namesPerArticle.toFixed(1)} (${germanAsEnglish.namesPerArticle.toFixed(1)})`,
);
const germanRelated = await germanFalseRelated('de');
const germanRelatedAsEnglish = await germanFalseRelated(undefined);
console.log(
  `German related coverage (among ${german.articles} German and 2,000 Reuters articles): other stories listed per German article, ` +
    `same story ${germanRelated.sameStory.toFixed(2)} / background ${germanRelated.background.toFixed(2)} (read as English ${germanRelatedAsEnglish.sameStory.toFixed(2)} / ${germanRelatedAsEnglish.background.toFixed(2)})`,
);
const round = (x: number) => Number(x.toFixed(4));
console.log(JSON.stringify({
  ecbplus: { p1: round(oursSummary.p1), rprec: round(oursSummary.rprec), recall5: round(oursSummary.recall5), mrr: round(oursSummary.mrr), lookalikeShare: round(oursSummary.lookalikeShare) },
  dedupe: { recall: round(dedupe.recall), falseCollapses: dedupe.falseCollapses.length, collapsedOutsideGold: dedupe.extra.length },
  baseline: { p1: round(baseSummary.p1), rprec: round(baseSummary.rprec), recall5: round(baseSummary.recall5), mrr: round(baseSummary.mrr) },
  germanNames: { unrelatedPairsSharingTwo: round(german.pairsSharingTwo), asEnglish: round(germanAsEnglish.pairsSharingTwo), namesPerArticle: round(german.namesPerArticle) },
  germanRelated: { otherStoriesListed: round(germanRelated.sameStory + germanRelated.background), asEnglish: round(germanRelatedAsEnglish.sameStory + germanRelatedAsEnglish.background) },
}));
