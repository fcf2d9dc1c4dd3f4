/**
 * What the content script costs the page's main thread, on each seed page, in real Chromium:
 * the sum and the longest of its script tasks (from a trace), against Readability's full parse
 * run on the same page's main thread (what Backstory avoids by parsing off the page).
 * Also the size of each bundle. Last line: one JSON object.
 *
 *   npm run build && npm run bench:page
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startServer } from './serve.mjs';
import type { BrowserContext, Page } from 'playwright-core';
import { buildDir, launch } from '../tests/e2e/harness';
import { mainThreadCost } from './lib/trace';
import { SITE_ROOT, sitePages } from '../tests/e2e/site';
import { median, percentile, round } from './lib/stats';

const RUNS = Number(process.env.RUNS ?? 5);
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
  const server = await startServer({ root: SITE_ROOT });
  const browser = await launch('chromium');
  const rows: { page: string; contentMs: number; longestMs: number; readabilityMs: number }[] = [];
  try {
    const page = await (browser.raw as BrowserContext).newPage();
    for (const article of sitePages().filter((p) => p.seed)) {
      const costs = [];
      const readability = [];
      for (let run = 0; run < RUNS; run++) {
        const url = `${server.url}/${article.path}`;
        costs.push(
          await mainThreadCost(
            page,
            async () => {
              await page.goto(url, { waitUntil: 'load' });
              await page.waitForTimeout(1500); // idle-time work and the ingest round trip
            },
            (u) => u.startsWith('chrome-extension://'),
          ),
        );
        readability.push(await readabilityOnMainThread(page));
      }
      rows.push({
        page: article.path,
        contentMs: round(median(costs.map((c) => c.totalMs))),
        longestMs: round(Math.max(...costs.map((c) => c.longestMs))),
        readabilityMs: round(median(readability)),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log('page'.padEnd(70), 'content ms', 'longest ms', 'readability ms', 'ratio');
  for (const r of rows) {
    console.log(r.page.padEnd(70), String(r.contentMs).padStart(10), String(r.longestMs).padStart(10), String(r.readabilityMs).padStart(14), round(r.contentMs / r.readabilityMs));
  }
  const sizes = bundleSizes(buildDir('chromium'));
  console.log('\nbundle sizes (chrome-mv3, bytes)');
  for (const [file, size] of Object.entries(sizes)) console.log(`  ${file.padEnd(50)} ${size}`);
  const content = rows.map((r) => r.contentMs);
  console.log(
    JSON.stringify({
      pages: rows.length,
      contentMainThreadMsP50: round(median(content)),
      contentMainThreadMsP95: round(percentile(content, 95)),
      longestTaskMs: round(Math.max(...rows.map((r) => r.longestMs))),
      readabilityMainThreadMsP50: round(median(rows.map((r) => r.readabilityMs))),
      contentScriptBytes: sizes['content-scripts/content.js'],
    }),
  );
}

void main();
