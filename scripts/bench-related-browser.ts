/**
 * Related coverage at 10k articles in real Chromium with the real IndexedDB (the built extension).
 * 1. The product path: ECB+ then Reuters articles imported with `corpus/import` from the options page
 *    (corpus store, quotes and related index, one article after another), then ~100 ECB+ queries as
 *    `related/forUrl` round trips; the service worker's heap (CDP, after a GC) and the origin's storage
 *    (navigator.storage.estimate()).
 * 2. The engine alone, bundled into the options page: the same queries over the extension's index
 *    database, and, as the baseline, the same articles added one by one to a RelatedIndex over a scratch
 *    IndexedDB database and over memory (same page, same JS engine), queried the same way.
 * Last line: one JSON object.
 *
 *   npm run build && npm run bench:related:browser      (SIZE=1000 for a quick run)
 */
import { build } from 'esbuild';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Page } from 'playwright-core';
import type { Article } from '../lib/article';
import { toExport } from '../lib/storage/transfer';
import { launch, type TestPage } from '../tests/e2e/harness';
import { PROJECT_ROOT } from '../tests/e2e/harness/build';
import { readArticles, type LabeledArticle } from './related/dataset';
import { percentile, round } from './lib/stats';

const DATA = '../shared/datasets/related';
const SIZE = Number(process.env.SIZE ?? 10_000);
/** Articles per import message, as the options page sends them (50) or a little more. */
const SLICE = 100;
const QUERIES = 100;
/** Queries run untimed first on each path, so no path pays the JIT's and caches' first calls alone. */
const WARMUP = 10;
const MB = 1024 * 1024;

type Send = (method: string, params?: object) => Promise<any>;

/** A dataset record as an export record; the dataset id becomes the address (dataset URLs are missing or repeated). */
function asArticle(a: LabeledArticle, savedAt: number): Article {
  const [dataset, id] = a.url.split(':');
  const paragraphs = a.text.split('\n').map((line) => line.trim()).filter(Boolean);
  const url = `https://${dataset}.example/${id}`;
  return { url, pageUrl: url, title: a.title, authors: [], outlet: a.outlet, published: a.published, text: paragraphs.join('\n\n'), paragraphs, savedAt, updatedAt: savedAt };
}

function loadPool(): { pool: Article[]; queries: Article[]; storyOf: Map<string, string> } {
  const ecb = readArticles(`${DATA}/ecbplus.jsonl`);
  const labeled = [...ecb, ...readArticles(`${DATA}/reuters21578.jsonl`)].slice(0, SIZE);
  const pool = labeled.map((a, i) => asArticle(a, 1_700_000_000_000 + i));
  const storyOf = new Map(labeled.flatMap((a, i) => (a.story ? [[pool[i].url, a.story] as [string, string]] : [])));
  const stride = Math.ceil(ecb.length / QUERIES);
  return { pool, queries: pool.filter((a, i) => storyOf.has(a.url) && i % stride === 0), storyOf };
}

/** Nested CDP session on the extension's service worker (Playwright routes no flat child sessions). */
async function attachToWorker(context: BrowserContext): Promise<Send> {
  const session = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!worker) throw new Error('No extension service worker: is the build loaded?');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const pending = new Map<number, (result: unknown) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? message.error);
  });
  let id = 0;
  return (method, params = {}) =>
    new Promise((resolve) => {
      pending.set(++id, resolve);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}

async function pageProtocol(context: BrowserContext, page: TestPage): Promise<Send> {
  const session = await context.newCDPSession(page.raw as Page);
  return (method, params) => session.send(method as 'Runtime.getHeapUsage', params as never);
}

/** Used JS heap after a full GC, in MB. */
async function heapMB(send: Send): Promise<number> {
  await send('HeapProfiler.collectGarbage');
  const { usedSize } = (await send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / MB;
}

async function storageMB(page: TestPage): Promise<{ usage: number; indexedDB: number }> {
  const estimate = await page.evaluate(async () => {
    const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    return { usage: e.usage ?? 0, indexedDB: e.usageDetails?.indexedDB ?? 0 };
  });
  return { usage: round(estimate.usage / MB, 1), indexedDB: round(estimate.indexedDB / MB, 1) };
}

/** `corpus/import` of a slice, timed in the page around the message round trip. */
function importSlice(page: TestPage, articles: Article[]): Promise<number> {
  return page.evaluate(async (data: unknown) => {
    const t0 = performance.now();
    const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'corpus/import', payload: { data } });
    if (!reply?.ok || reply.value.imported === 0) throw new Error(`import failed: ${JSON.stringify(reply).slice(0, 200)}`);
    return performance.now() - t0;
  }, toExport(articles));
}

interface Timed {
  ms: number[];
  /** The first entry of each answer (same story first, else background), or null. */
  firsts: (string | null)[];
}

function queryByMessage(page: TestPage, urls: string[]): Promise<Timed> {
  return page.evaluate(async (list: string[]) => {
    const timed = { ms: [] as number[], firsts: [] as (string | null)[] };
    for (const url of list) {
      const t0 = performance.now();
      const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'related/forUrl', payload: { url } });
      timed.ms.push(performance.now() - t0);
      if (!reply?.ok || !reply.value) throw new Error(`no coverage for ${url}: ${JSON.stringify(reply).slice(0, 200)}`);
      timed.firsts.push(reply.value.sameStory[0]?.url ?? reply.value.background[0]?.url ?? null);
    }
    return timed;
  }, urls);
}

/** lib/related as one script that sets globalThis.__related = { RelatedIndex } in the page. */
async function relatedBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: "import { RelatedIndex } from './lib/related';\n(globalThis as any).__related = { RelatedIndex };", resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.trim().replace(/;$/, '');
}

/** Opens indexes in the page under globalThis.__indexes[name]: 'extension' (the extension's own database), 'scratch' (a new one), 'memory'. */
function openIndexes(page: TestPage): Promise<number> {
  return page.evaluate(async () => {
    const { RelatedIndex } = (globalThis as any).__related;
    const t0 = performance.now();
    const extension = await RelatedIndex.open();
    const openMs = performance.now() - t0;
    if ((await extension.count()) === 0) throw new Error("The extension's index database is empty in this page.");
    (globalThis as any).__indexes = { extension, scratch: await RelatedIndex.open({ dbName: 'bench-related-scratch' }), memory: await RelatedIndex.inMemory() };
    return openMs;
  });
}

/** Adds articles one by one to the scratch IndexedDB index and to the memory index; ms for each. */
function addInPage(page: TestPage, articles: Article[]): Promise<{ idb: number; memory: number }> {
  return page.evaluate(async (list: Article[]) => {
    const { scratch, memory } = (globalThis as any).__indexes;
    const timeAdds = async (index: any) => {
      const t0 = performance.now();
      for (const article of list) await index.add(article);
      return performance.now() - t0;
    };
    return { idb: await timeAdds(scratch), memory: await timeAdds(memory) };
  }, articles);
}

/** Runs in the page: each query against the named index, timed. */
async function timeQueriesInPage(which: string, list: Article[]): Promise<Timed> {
  const index = (globalThis as any).__indexes[which];
  const timed = { ms: [] as number[], firsts: [] as (string | null)[] };
  for (const article of list) {
    const t0 = performance.now();
    const coverage = await index.query(article);
    timed.ms.push(performance.now() - t0);
    timed.firsts.push(coverage.sameStory[0]?.url ?? coverage.background[0]?.url ?? null);
  }
  return timed;
}

async function queryInPage(page: TestPage, name: string, queries: Article[]): Promise<Timed> {
  await page.evaluate(timeQueriesInPage, name, queries.slice(0, WARMUP));
  return page.evaluate(timeQueriesInPage, name, queries);
}

const slices = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Ms per article over the whole run and over its last 1,000 articles. */
const perArticle = (sliceMs: number[], n: number) => ({ all: round(sum(sliceMs) / n), last1k: round(sum(sliceMs.slice(-Math.ceil(1000 / SLICE))) / Math.min(1000, n)) });

function summarize(timed: Timed, queries: Article[], storyOf: Map<string, string>) {
  const hits = timed.firsts.filter((url, i) => url && storyOf.get(url) === storyOf.get(queries[i].url)).length;
  return { p50: round(percentile(timed.ms, 50)), p95: round(percentile(timed.ms, 95)), firstSameEvent: round(hits / queries.length, 3) };
}

/** The product path: import through the background, query by message, heap of the worker, storage. */
async function measureExtension(page: TestPage, worker: Send, pool: Article[], queries: Article[], storyOf: Map<string, string>) {
  const workerBefore = await heapMB(worker);
  const sliceMs: number[] = [];
  for (const slice of slices(pool, SLICE)) {
    sliceMs.push(await importSlice(page, slice));
    if (sliceMs.length % 10 === 0) process.stderr.write(`imported ${sliceMs.length * SLICE}\n`);
  }
  const workerAfterImport = await heapMB(worker);
  const stored = (await page.sendMessage<{ value: { total: number } }>({ type: 'corpus/list', payload: { limit: 0 } })).value.total;
  const urls = queries.map((q) => q.url);
  await queryByMessage(page, urls.slice(0, WARMUP));
  const query = summarize(await queryByMessage(page, urls), queries, storyOf);
  return { stored, ingestMsPerArticle: perArticle(sliceMs, pool.length), query, workerHeapMB: { before: round(workerBefore, 1), afterImport: round(workerAfterImport, 1), afterQueries: round(await heapMB(worker), 1) }, storageMB: await storageMB(page) };
}

async function addAllInPage(page: TestPage, pool: Article[]): Promise<{ idbMs: number[]; memoryMs: number[] }> {
  const timed = { idbMs: [] as number[], memoryMs: [] as number[] };
  for (const slice of slices(pool, SLICE)) {
    const { idb, memory } = await addInPage(page, slice);
    timed.idbMs.push(idb);
    timed.memoryMs.push(memory);
    if (timed.idbMs.length % 10 === 0) process.stderr.write(`added in page ${timed.idbMs.length * SLICE}\n`);
  }
  return timed;
}

/** The engine alone in the page: queries over the extension's database; scratch IndexedDB and memory as the baseline. */
async function measureEngine(page: TestPage, protocol: Send, pool: Article[], queries: Article[], storyOf: Map<string, string>) {
  await page.evaluate(await relatedBundle());
  const heapBefore = await heapMB(protocol);
  const openMs = await openIndexes(page);
  const extension = summarize(await queryInPage(page, 'extension', queries), queries, storyOf);
  const { idbMs, memoryMs } = await addAllInPage(page, pool);
  const scratch = summarize(await queryInPage(page, 'scratch', queries), queries, storyOf);
  const memory = summarize(await queryInPage(page, 'memory', queries), queries, storyOf);
  const heapWithMemory = await heapMB(protocol);
  await page.evaluate(() => void ((globalThis as any).__indexes.memory = null));
  const heapIdbOnly = await heapMB(protocol);
  await page.evaluate(async () => {
    await (globalThis as any).__indexes.scratch.close();
    indexedDB.deleteDatabase('bench-related-scratch');
  });
  return {
    openExtensionIndexMs: round(openMs),
    extension,
    scratchIdb: { ingestMsPerArticle: perArticle(idbMs, pool.length), query: scratch, heapMB: round(heapIdbOnly - heapBefore, 1) },
    memory: { ingestMsPerArticle: perArticle(memoryMs, pool.length), query: memory, heapMB: round(heapWithMemory - heapIdbOnly, 1) },
  };
}

function printTable(r: { extension: Awaited<ReturnType<typeof measureExtension>>; engine: Awaited<ReturnType<typeof measureEngine>> }) {
  const { extension: x, engine: e } = r;
  const row = (what: string, ingest: string, p50: number, p95: number, first: number, heap: string) =>
    console.log(`${what.padEnd(44)} ${ingest.padEnd(16)} ${String(p50).padEnd(9)} ${String(p95).padEnd(9)} ${String(first).padEnd(11)} ${heap}`);
  console.log(`${'path'.padEnd(44)} ${'ms/art (last1k)'.padEnd(16)} ${'q p50'.padEnd(9)} ${'q p95'.padEnd(9)} ${'1st event'.padEnd(11)} heap MB`);
  const ms = (i: { all: number; last1k: number }) => `${i.all} (${i.last1k})`;
  row('extension: corpus/import + related/forUrl', ms(x.ingestMsPerArticle), x.query.p50, x.query.p95, x.query.firstSameEvent, `worker ${x.workerHeapMB.before} → ${x.workerHeapMB.afterImport} → ${x.workerHeapMB.afterQueries}`);
  row("engine in page, extension's IndexedDB", '-', e.extension.p50, e.extension.p95, e.extension.firstSameEvent, `(open ${e.openExtensionIndexMs} ms)`);
  row('engine in page, scratch IndexedDB (baseline)', ms(e.scratchIdb.ingestMsPerArticle), e.scratchIdb.query.p50, e.scratchIdb.query.p95, e.scratchIdb.query.firstSameEvent, `+${e.scratchIdb.heapMB}`);
  row('engine in page, memory (baseline)', ms(e.memory.ingestMsPerArticle), e.memory.query.p50, e.memory.query.p95, e.memory.query.firstSameEvent, `+${e.memory.heapMB}`);
  console.log(`stored ${x.stored} articles; storage (navigator.storage.estimate): ${x.storageMB.usage} MB, IndexedDB ${x.storageMB.indexedDB} MB`);
}

async function main() {
  const { pool, queries, storyOf } = loadPool();
  const load = [loadavg()[0]];
  const browser = await launch('chromium');
  try {
    const context = browser.raw as BrowserContext;
    const page = await browser.openExtensionPage('options.html');
    const started = performance.now();
    const extension = await measureExtension(page, await attachToWorker(context), pool, queries, storyOf);
    const engine = await measureEngine(page, await pageProtocol(context, page), pool, queries, storyOf);
    load.push(loadavg()[0]);
    printTable({ extension, engine });
    const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, ramGB: round(totalmem() / 1024 ** 3, 1), chromium: context.browser()?.version() };
    console.log(JSON.stringify({ articles: pool.length, queries: queries.length, minutes: round((performance.now() - started) / 60_000, 1), loadAverage: load.map((l) => round(l)), machine, extension, engine }));
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
