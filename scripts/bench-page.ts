/**
 * What the content script costs the page's main thread, on each seed page, in real Chromium:
 * the sum and the longest of its script tasks (from a trace), against Readability's full parse
 * run on the same page's main thread (what Backstory avoids by parsing off the page).
 * Also the size of each bundle. Last line: one JSON object.
 *
 *   npm run build && npm run bench:page
 *   npm run bench:page -- --real      # Mozilla Readability's 117 real test pages instead, one load each
 *   npm run bench:page:keep-space     # the same real pages, also loaded with a build whose hidden blocks
 *                                     # collapse at once: what keeping their space costs, page by page
 *   PAGES=lwn-1,yahoo-2 RUNS=7 npm run bench:page:keep-space   # a few pages again, median of 7 loads
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startServer } from './serve.mjs';
import type { BrowserContext, Page } from 'playwright-core';
import { buildDir, launch } from '../tests/e2e/harness';
import { mainThreadCost, type MainThreadCost } from './lib/trace';
import { SITE_ROOT, sitePages } from '../tests/e2e/site';
import { median, percentile, round } from './lib/stats';

const REAL = process.argv.includes('--real');
/** Also measure the build made with `wxt build --mode collapse-at-once` (no kept space), in the same run. */
const KEEP_SPACE_AB = process.argv.includes('--keep-space-ab');
const COLLAPSE_AT_ONCE_BUILD = resolve('.output/chrome-mv3-collapse-at-once');
const RUNS = Number(process.env.RUNS ?? (REAL ? 1 : 5));
/** Mozilla Readability's test pages: the real pages the brief's Readability timings (24 ms p50, 84 ms p95) were measured on. */
const READABILITY_PAGES = resolve('../shared/datasets/extraction/readability');

interface Row {
  page: string;
  /** All the content script's main-thread time. */
  contentMs: number;
  /** The part not run in idle callbacks: what competes with the page's own work. */
  outsideIdleMs: number;
  longestMs: number;
  readabilityMs: number;
  /** With `--keep-space-ab`: the same page's outside-idle time with the build that collapses at once. */
  collapseAtOnceOutsideIdleMs?: number;
}

interface BenchPage {
  name: string;
  /** Path under the served root. */
  path: string;
}

const seedPages = (): BenchPage[] => sitePages().filter((p) => p.seed).map((p) => ({ name: p.path, path: p.path }));

/** PAGES=a,b: only these of the real pages (to look again at a few, with more RUNS). */
const ONLY = process.env.PAGES?.split(',').filter(Boolean);

function realPages(): BenchPage[] {
  return readdirSync(READABILITY_PAGES)
    .filter((name) => existsSync(join(READABILITY_PAGES, name, 'source.html')) && (!ONLY || ONLY.includes(name)))
    .map((name) => ({ name, path: `${name}/source.html` }));
}
const READABILITY = readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8');

async function readabilityOnMainThread(page: Page): Promise<number> {
  await page.addScriptTag({ content: READABILITY });
  return page.evaluate(() => {
    const start = performance.now();
    // @ts-expect-error Readability is the injected global
    new Readability(document.cloneNode(true)).parse();
    return performance.now() - start;
  });
}

function bundleSizes(dir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) sizes[relative(dir, path)] = statSync(path).size;
    }
  };
  walk(dir);
  return sizes;
}

async function main() {
  const server = await startServer({ root: REAL ? READABILITY_PAGES : SITE_ROOT });
  // Saved real pages name third-party scripts and frames: only 127.0.0.1 is reached.
  const browser = await launch('chromium', { loopbackOnly: REAL });
  const other = KEEP_SPACE_AB ? await launch('chromium', { loopbackOnly: REAL, extensionDir: COLLAPSE_AT_ONCE_BUILD }) : null;
  const rows: Row[] = [];
  let coldStart = 0;
  try {
    const page = await (browser.raw as BrowserContext).newPage();
    const cost = pageCost(page);
    const otherCost = other ? pageCost(await (other.raw as BrowserContext).newPage()) : null;
    const pages = REAL ? realPages() : seedPages();
    // The first page of a fresh profile pays the content script's cold compile: measured apart, not counted below.
    coldStart = (await cost(`${server.url}/${pages[0].path}`)).longestMs;
    if (otherCost) await otherCost(`${server.url}/${pages[0].path}`);
    for (const [index, article] of pages.entries()) {
      const url = `${server.url}/${article.path}`;
      const costs = [];
      const otherCosts = [];
      const readability = [];
      for (let run = 0; run < RUNS; run++) {
        // The two builds take turns going first, so neither always meets a warmer machine.
        if (otherCost && (index + run) % 2 === 1) otherCosts.push(await otherCost(url));
        costs.push(await cost(url));
        if (otherCost && (index + run) % 2 === 0) otherCosts.push(await otherCost(url));
        readability.push(await readabilityOnMainThread(page));
      }
      const outsideIdle = (list: MainThreadCost[]) => round(median(list.map((c) => c.totalMs - c.idleMs)));
      rows.push({
        page: article.name,
        contentMs: round(median(costs.map((c) => c.totalMs))),
        outsideIdleMs: outsideIdle(costs),
        longestMs: round(Math.max(...costs.map((c) => c.longestMs))),
        readabilityMs: round(median(readability)),
        ...(otherCost ? { collapseAtOnceOutsideIdleMs: outsideIdle(otherCosts) } : {}),
      });
    }
  } finally {
    await browser.close();
    await other?.close();
    await server.close();
  }

  console.log('page'.padEnd(70), 'content ms', 'not idle', 'longest ms', 'readability ms', 'ratio');
  for (const r of REAL ? [] : rows) {
    console.log(r.page.padEnd(70), String(r.contentMs).padStart(10), String(r.outsideIdleMs).padStart(8), String(r.longestMs).padStart(10), String(r.readabilityMs).padStart(14), round(r.contentMs / r.readabilityMs));
  }
  const sizes = bundleSizes(buildDir('chromium'));
  console.log('\nbundle sizes (chrome-mv3, bytes)');
  for (const [file, size] of Object.entries(sizes)) console.log(`  ${file.padEnd(50)} ${size}`);
  const content = rows.map((r) => r.contentMs);
  const readabilityMs = rows.map((r) => r.readabilityMs);
  const longest = rows.map((r) => r.longestMs);
  if (REAL) printDistribution(rows);
  if (KEEP_SPACE_AB) printKeepSpaceCost(rows);
  console.log(`first page of the fresh profile (the content script's cold compile, not counted above): longest task ${round(coldStart)} ms`);
  console.log(
    JSON.stringify({
      set: REAL ? 'readability' : 'seeds',
      pages: rows.length,
      contentMainThreadMsP50: round(median(content)),
      contentMainThreadMsP95: round(percentile(content, 95)),
      contentOutsideIdleMsP50: round(median(rows.map((r) => r.outsideIdleMs))),
      contentOutsideIdleMsP95: round(percentile(rows.map((r) => r.outsideIdleMs), 95)),
      longestTaskMs: round(Math.max(...longest)),
      coldStartTaskMs: round(coldStart),
      longestTaskMsP95: round(percentile(longest, 95)),
      readabilityMainThreadMsP50: round(median(readabilityMs)),
      readabilityMainThreadMsP95: round(percentile(readabilityMs, 95)),
      contentScriptBytes: sizes['content-scripts/content.js'],
      ...(KEEP_SPACE_AB ? keepSpaceFigures(rows) : {}),
    }),
  );
}

/** A page's content-script cost, from a trace of one load and the idle-time work after it. */
function pageCost(page: Page): (url: string) => Promise<MainThreadCost> {
  return (url) =>
    mainThreadCost(
      page,
      async () => {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(1500); // idle-time work and the ingest round trip
      },
      (u) => u.startsWith('chrome-extension://'),
    );
}

/** Kept space against collapsing at once, page by page: the median of the paired differences, and both medians. */
function keepSpaceFigures(rows: Row[]) {
  const paired = rows.filter((r) => r.collapseAtOnceOutsideIdleMs !== undefined);
  const differences = paired.map((r) => r.outsideIdleMs - r.collapseAtOnceOutsideIdleMs!);
  return {
    keepSpaceOutsideIdleMsP50: round(median(paired.map((r) => r.outsideIdleMs))),
    collapseAtOnceOutsideIdleMsP50: round(median(paired.map((r) => r.collapseAtOnceOutsideIdleMs!))),
    // Both tails: single loads are noisy, and noise spreads the differences both ways.
    keepSpaceAddedMsP5: round(percentile(differences, 5)),
    keepSpaceAddedMsP50: round(median(differences)),
    keepSpaceAddedMsP95: round(percentile(differences, 95)),
  };
}

function printKeepSpaceCost(rows: Row[]): void {
  const figures = keepSpaceFigures(rows);
  console.log(
    `\nkept space against collapsing at once (outside idle callbacks, same run, paired by page): p50 ${figures.keepSpaceOutsideIdleMsP50} ms against ${figures.collapseAtOnceOutsideIdleMsP50} ms; ` +
      `added per page p5 ${figures.keepSpaceAddedMsP5}, p50 ${figures.keepSpaceAddedMsP50}, p95 ${figures.keepSpaceAddedMsP95} ms`,
  );
  const added = (r: Row) => round(r.outsideIdleMs - (r.collapseAtOnceOutsideIdleMs ?? r.outsideIdleMs));
  const most = [...rows].sort((a, b) => added(b) - added(a)).slice(0, 5);
  console.log(`most added: ${most.map((r) => `${r.page} ${added(r)} ms (${r.outsideIdleMs} against ${r.collapseAtOnceOutsideIdleMs})`).join(', ')}`);
}

/** On many pages: percentiles side by side, and the pages whose longest content-script task is over 50 ms (a long task). */
function printDistribution(rows: Row[]): void {
  const line = (label: string, values: number[]) =>
    console.log(label.padEnd(34), [50, 95].map((p) => String(round(percentile(values, p))).padStart(8)).join(''), String(round(Math.max(...values))).padStart(8));
  console.log(`\n${rows.length} pages`.padEnd(35), '     p50     p95     max');
  line('content script, main thread ms', rows.map((r) => r.contentMs));
  line('  of which outside idle callbacks', rows.map((r) => r.outsideIdleMs));
  line('content script, longest task ms', rows.map((r) => r.longestMs));
  line('Readability on the page, ms', rows.map((r) => r.readabilityMs));
  const long = rows.filter((r) => r.longestMs > 50);
  console.log(`long tasks (> 50 ms) from the content script: ${long.length}${long.length ? ` (${long.map((r) => `${r.page} ${r.longestMs} ms`).join(', ')})` : ''}`);
  const slowest = [...rows].sort((a, b) => b.contentMs - a.contentMs).slice(0, 5);
  console.log(`slowest for the content script: ${slowest.map((r) => `${r.page} ${r.contentMs} ms (Readability ${r.readabilityMs})`).join(', ')}`);
}

void main();
