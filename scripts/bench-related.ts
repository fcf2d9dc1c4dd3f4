/**
 * Related coverage at scale: 1k, 10k and 100k stored articles (ECB+, the Reuters distractors, then
 * synthetic distractors mixing two wire stories each). Per size: bulk load, then ingest time per article
 * for articles added one by one, query time p50/p95 for ECB+ queries, heap used by the index, and the
 * records' estimated size. The same engine runs over memory (all sizes: an upper bound on memory, as it
 * also holds what IndexedDB keeps on disk) and over fake-indexeddb (1k, 10k: the IndexedDB code path in
 * Node; real IndexedDB is measured in Chromium by bench-related-browser). MiniSearch (BM25+) over the same
 * articles, same run, is the comparison.
 *   node --expose-gc --import tsx scripts/bench-related.ts [--sizes 1000,10000,100000]
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import MiniSearch from 'minisearch';
import { performance } from 'node:perf_hooks';
import { RelatedIndex, type IndexableArticle } from '../lib/related';
import { CorpusStats } from '../lib/related/stats';
import { flagValues, readArticles } from './related/dataset';
import { distractors } from './related/synthetic';

const DATA = '../shared/datasets/related';
const sizes = (flagValues(process.argv.slice(2), '--sizes')?.[0] ?? '1000,10000,100000').split(',').map(Number);
const SINGLE_ADDS = 500;
const QUERIES = 200;
/** MiniSearch answers a long query slowly: fewer of them (title and the first 200 characters). */
const MINISEARCH_QUERIES = 50;

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapMB = () => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const f1 = (x: number) => Number(x.toFixed(1));
const f2 = (x: number) => Number(x.toFixed(2));

const ecb = readArticles(`${DATA}/ecbplus.jsonl`);
const reuters = readArticles(`${DATA}/reuters21578.jsonl`);
const largest = Math.max(...sizes);
const all: IndexableArticle[] = [...ecb, ...reuters];
if (largest > all.length) all.push(...distractors(reuters, largest - all.length));
const queries = ecb.filter((_, i) => i % Math.ceil(ecb.length / QUERIES) === 0);

async function timeQueries(run: (a: IndexableArticle) => Promise<unknown> | unknown, n = QUERIES): Promise<number[]> {
  const ms: number[] = [];
  for (const q of queries.slice(0, n)) {
    const t0 = performance.now();
    await run(q);
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** Heap held by the corpus statistics alone: what stays in memory when the records are in IndexedDB. */
function residentStatsMB(index: RelatedIndex): number {
  const before = heapMB();
  const stats = CorpusStats.from(index.engine.statsSnapshot());
  const after = heapMB();
  return stats.docs >= 0 ? after - before : 0;
}

async function measureOurs(pool: IndexableArticle[], open: () => Promise<RelatedIndex>) {
  const before = heapMB();
  const index = await open();
  const bulk = pool.slice(0, pool.length - SINGLE_ADDS);
  const t0 = performance.now();
  await index.addMany(bulk);
  const bulkMs = (performance.now() - t0) / bulk.length;
  const adds: number[] = [];
  for (const article of pool.slice(bulk.length)) {
    const t = performance.now();
    await index.add(article);
    adds.push(performance.now() - t);
  }
  await index.flush();
  const ms = await timeQueries((q) => index.query(q));
  const memoryMB = heapMB() - before;
  const statsMB = residentStatsMB(index);
  const result = {
    bulkMsPerArticle: f2(bulkMs),
    ingestMsPerArticle: f2(adds.reduce((a, b) => a + b, 0) / adds.length),
    ingestP95Ms: f2(pct(adds, 0.95)),
    queryP50Ms: f2(pct(ms, 0.5)),
    queryP95Ms: f2(pct(ms, 0.95)),
    memoryMB: f1(memoryMB),
    statsMB: f1(statsMB),
    vocabulary: index.engine.vocabulary(),
  };
  await index.clear();
  return result;
}

async function measureMiniSearch(pool: IndexableArticle[]) {
  const before = heapMB();
  const search = new MiniSearch<IndexableArticle>({ idField: 'url', fields: ['title', 'text'] });
  const t0 = performance.now();
  search.addAll(pool);
  const ingestMs = (performance.now() - t0) / pool.length;
  const ms = await timeQueries((q) => search.search(`${q.title} ${q.text.slice(0, 200)}`).slice(0, 20), MINISEARCH_QUERIES);
  const memoryMB = heapMB() - before;
  return { ingestMsPerArticle: f2(ingestMs), queryP50Ms: f2(pct(ms, 0.5)), queryP95Ms: f2(pct(ms, 0.95)), memoryMB: f1(memoryMB), search };
}

const results: Record<string, unknown> = {};
console.log('size     backend          bulk ms/art  add ms/art  add p95  query p50  query p95  heap MB  stats MB');
for (const size of sizes) {
  const pool = all.slice(0, size);
  const rows: [string, Awaited<ReturnType<typeof measureOurs>>][] = [['memory', await measureOurs(pool, () => RelatedIndex.inMemory())]];
  if (size <= 10_000) {
    const factory = new IDBFactory();
    rows.push(['fake-indexeddb', await measureOurs(pool, () => RelatedIndex.open({ dbName: `bench-${size}`, factory }))]);
  }
  for (const [backend, r] of rows) {
    console.log(`${String(size).padEnd(8)} ${backend.padEnd(16)} ${String(r.bulkMsPerArticle).padEnd(12)} ${String(r.ingestMsPerArticle).padEnd(11)} ${String(r.ingestP95Ms).padEnd(8)} ${String(r.queryP50Ms).padEnd(10)} ${String(r.queryP95Ms).padEnd(10)} ${String(r.memoryMB).padEnd(8)} ${r.statsMB}`);
    results[`n${size / 1000}k${backend === 'memory' ? '' : 'FakeIdb'}`] = r;
  }
  const { search: _, ...mini } = await measureMiniSearch(pool);
  console.log(`${String(size).padEnd(8)} MiniSearch BM25+  ${String(mini.ingestMsPerArticle).padEnd(12)} -           -        ${String(mini.queryP50Ms).padEnd(10)} ${String(mini.queryP95Ms).padEnd(10)} ${mini.memoryMB}`);
  results[`minisearch${size / 1000}k`] = mini;
}
console.log(JSON.stringify(results));
