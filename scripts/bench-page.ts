/**
 * What the content script costs the page's main thread, on each seed page, in real Chromium:
 * the sum and the longest of its script tasks (from a trace), against Readability's full parse
 * run on the same page's main thread (what Backstory avoids by parsing off the page).
 * Also the size of each bundle. Last line: one JSON object.
 *
 *   npm run build && npm run bench:page
 *   npm run bench:page -- --real      # Mozilla Readability's 117 real test pages instead, one load each
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startServer } from './serve.mjs';
import type { BrowserContext, Page } from 'playwright-core';
import { buildDir, launch } from '../tests/e2e/harness';
import { mainThreadCost } from './lib/trace';
import { SITE_ROOT, sitePages } from '../tests/e2e/site';
import { median, percentile, round } from './lib/stats';

const REAL = process.argv.includes('--real');
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
}

interface BenchPage {
  name: string;
  /** Path under the served root. */
  path: string;
}

const seedPages = (): BenchPage[] => sitePages().filter((p) => p.seed).map((p) => ({ name: p.path, path: p.path }));

function realPages(): BenchPage[] {
  return readdirSync(READABILITY_PAGES)
    .filter((name) => existsSync(join(READABILITY_PAGES, name, 'source.html')))
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
  const rows: Row[] = [];
  let coldStart = 0;
  try {
    const page = await (browser.raw as BrowserContext).newPage();
    const pages = REAL ? realPages() : seedPages();
    const cost = (url: string) =>
      mainThreadCost(
        page,
        async () => {
          await page.goto(url, { waitUntil: 'load' });
          await page.waitForTimeout(1500); // idle-time work and the ingest round trip
        },
        (u) => u.startsWith('chrome-extension://'),
      );
    // The first page of a fresh profile pays the content script's cold compile: measured apart, not counted below.
    coldStart = (await cost(`${server.url}/${pages[0].path}`)).longestMs;
    for (const article of pages) {
      const costs = [];
      const readability = [];
      for (let run = 0; run < RUNS; run++) {
        costs.push(await cost(`${server.url}/${article.path}`));
        readability.push(await readabilityOnMainThread(page));
      }
      rows.push({
        page: article.name,
        contentMs: round(median(costs.map((c) => c.totalMs))),
        outsideIdleMs: round(median(costs.map((c) => c.totalMs - c.idleMs))),
        longestMs: round(Math.max(...costs.map((c) => c.longestMs))),
        readabilityMs: round(median(readability)),
      });
    }
  } finally {
    await browser.close();
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
    }),
  );
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
