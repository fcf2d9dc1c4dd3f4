/**
 * npm run eval:detect [-- --data DIR] [--limit N] [--workers N] [--misses]
 * Precision/recall/F1 of detectArticle on WCXB dev (page-types.csv), recall on the Readability
 * news pages and on Fundus; Readability's isProbablyReaderable scored in the same run.
 * WCXB dev is also scored in two fixed halves (a hash of the file id): rules are tuned looking at
 * half A only, and a change is kept only when half B, held out, gains too.
 * `--misses` lists every misclassified page with its half, score and reasons.
 * Last line of stdout: one JSON object of the headline figures.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../lib/detect';
import { dataOption, type DatasetPage, keepsScripts, limitPages, loadPages, percentile, printTable, lightHtml, readHtml, round, runInWorkers } from './lib/dataset-pages';

interface DetectResult {
  dataset: string;
  id: string;
  url: string;
  pageType: string;
  gold: boolean;
  ours: boolean;
  score: number;
  reasons: string[];
  baseline: boolean;
  ms: number;
  /** See keepsScripts. */
  scriptsKept: boolean;
}

export function parse(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  try {
    return new JSDOM(html, { url, virtualConsole }).window.document;
  } catch {
    return new JSDOM(html, { virtualConsole }).window.document;
  }
}

function detectPage(page: DatasetPage): DetectResult {
  const html = readHtml(page);
  const doc = parse(lightHtml(html), page.url);
  const detection = detectArticle(doc, page.url);
  const ms = medianTime(() => detectArticle(doc, page.url));
  const baseline = isProbablyReaderable(doc);
  doc.defaultView?.close();
  return { dataset: page.set, id: page.id, url: page.url, pageType: page.pageType, gold: page.isArticle, ours: detection.isArticle, score: detection.score, reasons: detection.reasons, baseline, ms, scriptsKept: keepsScripts(html) };
}

/** Median of three timed runs: one page's detection cost without a garbage collection pause in it. */
function medianTime(run: () => unknown): number {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[1];
}

/** The fixed half of a WCXB page: FNV-1a of its file id, odd → B (held out), even → A (tuning). */
export function half(id: string): 'A' | 'B' {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 2 ? 'B' : 'A';
}

interface Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  n: number;
}

function scores(results: DetectResult[], pick: (r: DetectResult) => boolean): Counts {
  const tp = results.filter((r) => r.gold && pick(r)).length;
  const fp = results.filter((r) => !r.gold && pick(r)).length;
  const fn = results.filter((r) => r.gold && !pick(r)).length;
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : NaN;
  return { precision: round(precision), recall: round(recall), f1: round(f1), n: results.length };
}

async function main(): Promise<void> {
  const pages = limitPages(loadPages(dataOption(process.argv)), process.argv);
  const started = performance.now();
  const results = await runInWorkers<DetectResult>(new URL(import.meta.url), pages, process.argv, (done) => {
    if (done % 200 === 0) process.stderr.write(`  ${done}/${pages.length}\n`);
  });
  const sets: [string, DetectResult[]][] = [
    ['wcxbDev', results.filter((r) => r.dataset === 'wcxb')],
    ['wcxbDevA', results.filter((r) => r.dataset === 'wcxb' && half(r.id) === 'A')],
    ['wcxbDevB', results.filter((r) => r.dataset === 'wcxb' && half(r.id) === 'B')],
    ['wcxbScriptsKept', results.filter((r) => r.dataset === 'wcxb' && r.scriptsKept)],
    ['wcxbScriptsStripped', results.filter((r) => r.dataset === 'wcxb' && !r.scriptsKept)],
    ['readabilityNews', results.filter((r) => r.dataset === 'readability' && r.gold)],
    ['fundus', results.filter((r) => r.dataset === 'fundus')],
  ];
  const rows = sets.filter(([, rs]) => rs.length).flatMap(([name, rs]) => [
    { set: name, detector: 'Backstory', ...scores(rs, (r) => r.ours) },
    { set: name, detector: 'isProbablyReaderable', ...scores(rs, (r) => r.baseline) },
  ]);
  printTable(rows);
  const set = (name: string) => sets.find(([setName]) => setName === name)![1];

  const wcxb = set('wcxbDev');
  console.log('\nWCXB by page type (share called article: Backstory / baseline)');
  const types = [...new Set(wcxb.map((r) => r.pageType))];
  printTable(types.map((type) => {
    const rs = wcxb.filter((r) => r.pageType === type);
    return { pageType: type, n: rs.length, backstory: round(rs.filter((r) => r.ours).length / rs.length), baseline: round(rs.filter((r) => r.baseline).length / rs.length) };
  }));
  const ms = results.map((r) => r.ms);
  console.log(`\ndetectArticle time per page (jsdom): p50 ${round(percentile(ms, 50), 2)} ms, p95 ${round(percentile(ms, 95), 2)} ms; run ${round((performance.now() - started) / 1000, 1)} s`);

  if (process.argv.includes('--misses')) {
    for (const r of results.filter((x) => x.gold !== x.ours)) {
      console.log(`${r.gold ? 'FN' : 'FP'} ${r.dataset}/${r.id}${r.dataset === 'wcxb' ? ` [${half(r.id)}]` : ''} ${r.pageType} ${r.score} ${r.url}\n    ${r.reasons.join('; ')}`);
    }
  }
  const headline = (rs: DetectResult[], pick: (r: DetectResult) => boolean) => {
    const { precision, recall, f1 } = scores(rs, pick);
    return { precision, recall, f1 };
  };
  const [news, fundus] = [set('readabilityNews'), set('fundus')];
  console.log(
    JSON.stringify({
      wcxbDev: headline(wcxb, (r) => r.ours),
      wcxbDevA: headline(set('wcxbDevA'), (r) => r.ours),
      wcxbDevB: headline(set('wcxbDevB'), (r) => r.ours),
      wcxbScriptsKept: headline(set('wcxbScriptsKept'), (r) => r.ours),
      wcxbScriptsStripped: headline(set('wcxbScriptsStripped'), (r) => r.ours),
      readabilityNewsRecall: news.length ? scores(news, (r) => r.ours).recall : null,
      fundusRecall: fundus.length ? scores(fundus, (r) => r.ours).recall : null,
      detectMs: { p50: round(percentile(ms, 50), 2), p95: round(percentile(ms, 95), 2) },
      baseline: {
        wcxbDev: headline(wcxb, (r) => r.baseline),
        readabilityNewsRecall: news.length ? scores(news, (r) => r.baseline).recall : null,
        fundusRecall: fundus.length ? scores(fundus, (r) => r.baseline).recall : null,
      },
    }),
  );
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  parentPort!.on('message', (page: DatasetPage) => parentPort!.postMessage(detectPage(page)));
}
