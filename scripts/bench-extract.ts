/**
 * npm run bench:extract [-- --data DIR] [--limit N] [--workers N]
 * Speed, not accuracy: detectArticle per page (p50/p95), and detection + extraction against
 * Readability alone on the same pages, in the same run (jsdom, one page at a time per worker;
 * parsing is not timed, each timed step gets its own fresh parse). Default: 100 pages of each set.
 * Last line of stdout: one JSON object of the figures.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectArticle } from '../lib/detect';
import { extractArticle } from '../lib/extract';
import { dataOption, type DatasetPage, lightHtml, limitPages, loadPages, parseDocument, percentile, printTable, readHtml, round, runInWorkers } from './lib/dataset-pages';

interface Timing {
  set: string;
  detectMs: number;
  readerableMs: number;
  extractMs: number;
  readabilityMs: number;
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The median of three runs, for the cheap steps that can be repeated on one parse. */
function medianOf3(run: () => unknown): number {
  return [timed(run), timed(run), timed(run)].sort((a, b) => a - b)[1];
}

function benchPage(page: DatasetPage): Timing {
  const html = lightHtml(readHtml(page));
  const live = parseDocument(html, page.url);
  const detectMs = medianOf3(() => detectArticle(live, page.url));
  const readerableMs = medianOf3(() => isProbablyReaderable(live));
  // Alternate the order so neither side always runs on a warmer heap.
  const copyA = parseDocument(html, page.url);
  const copyB = parseDocument(html, page.url);
  const quiet = console.warn;
  console.warn = () => {};
  let extractMs = 0;
  let readabilityMs = 0;
  if (page.id.length % 2) {
    extractMs = timed(() => extractArticle(copyA, page.url));
    readabilityMs = timed(() => new Readability(copyB).parse());
  } else {
    readabilityMs = timed(() => new Readability(copyB).parse());
    extractMs = timed(() => extractArticle(copyA, page.url));
  }
  console.warn = quiet;
  return { set: page.set, detectMs, readerableMs, extractMs: detectMs + extractMs, readabilityMs };
}

function row(name: string, timings: Timing[]) {
  const sum = (pick: (t: Timing) => number) => timings.reduce((total, t) => total + pick(t), 0);
  return {
    set: name,
    pages: timings.length,
    'detect p50 ms': round(percentile(timings.map((t) => t.detectMs), 50), 2),
    'detect p95 ms': round(percentile(timings.map((t) => t.detectMs), 95), 2),
    'readerable p50 ms': round(percentile(timings.map((t) => t.readerableMs), 50), 2),
    'detect+extract p50 ms': round(percentile(timings.map((t) => t.extractMs), 50), 1),
    'readability p50 ms': round(percentile(timings.map((t) => t.readabilityMs), 50), 1),
    'total ratio': round(sum((t) => t.extractMs) / sum((t) => t.readabilityMs), 2),
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const limited = argv.includes('--limit') ? argv : [...argv, '--limit', '100'];
  const pages = limitPages(loadPages(dataOption(argv)), limited);
  const timings = await runInWorkers<Timing>(new URL(import.meta.url), pages, argv);
  const sets = [...new Set(timings.map((t) => t.set))];
  const rows = [...sets.map((set) => row(set, timings.filter((t) => t.set === set))), row('all', timings)];
  printTable(rows);
  const all = rows[rows.length - 1];
  console.log(
    JSON.stringify({
      pages: timings.length,
      detectMs: { p50: all['detect p50 ms'], p95: all['detect p95 ms'] },
      readerableMs: { p50: all['readerable p50 ms'] },
      detectExtractMs: { p50: all['detect+extract p50 ms'] },
      readabilityMs: { p50: all['readability p50 ms'] },
      ratioToReadability: all['total ratio'],
    }),
  );
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  parentPort!.on('message', (page: DatasetPage) => parentPort!.postMessage(benchPage(page)));
}
