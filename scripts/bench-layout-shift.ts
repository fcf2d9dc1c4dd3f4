/**
 * Does Backstory make the page jump? Cumulative Layout Shift (the Web Vitals measure: the sum of
 * 'layout-shift' entries without recent input) of each labeled real page in real Chromium, loaded
 * with the built extension and without it (the baseline, in the same run), reader at the top of a
 * 1280 × 900 window, measured once the page and the idle-time pass have settled. Known widgets are
 * hidden by CSS before they paint; the generic pass hides the rest later, and that is what could
 * move the text a reader is looking at.
 *
 *   npm run build && npm run bench:layout-shift      (RUNS=2 by default)
 *
 * Last line of stdout: one JSON object.
 */
import { loadavg } from 'node:os';
import { type EvalBrowser, LABELED_PAGES_ROOT, labeledPages, openBrowser, serveRoot } from './declutter-harness';

const RUNS = Number(process.env.RUNS ?? 2);
const SETTLE_MS = 3000;
/** Web Vitals' thresholds: good up to 0.1, poor from 0.25. */
const GOOD_CLS = 0.1;
const pages = labeledPages();

/** Runs in the page: the layout shifts so far (buffered), summed as CLS counts them. */
function layoutShift(): Promise<number> {
  return new Promise((done) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done(total), 100);
  });
}

async function measure(browser: EvalBrowser, url: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.wait(SETTLE_MS);
    return await page.evaluate(layoutShift);
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 1000) / 1000;

async function main() {
  const server = await serveRoot(LABELED_PAGES_ROOT);
  const withExtension = await openBrowser('chromium', { extension: true });
  const without = await openBrowser('chromium', { extension: false });
  const rows: { page: string; off: number; on: number }[] = [];
  try {
    for (const name of pages) {
      const url = `${server.url}/${name}/source.html`;
      const off: number[] = [];
      const on: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        off.push(await measure(without, url));
        on.push(await measure(withExtension, url));
      }
      rows.push({ page: name, off: round(median(off)), on: round(median(on)) });
    }
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
  console.log(`layout shift (CLS), Chromium, ${RUNS} runs per page (median), load average ${loadavg()[0].toFixed(2)}`);
  console.log('page            without   with   added');
  for (const r of rows) console.log(`${r.page.padEnd(14)}${r.off.toFixed(3).padStart(9)}${r.on.toFixed(3).padStart(7)}${(r.on - r.off).toFixed(3).padStart(8)}`);
  const added = rows.map((r) => r.on - r.off);
  const summary = {
    browser: 'chromium',
    pages: rows.length,
    runs: RUNS,
    clsMedianWithout: round(median(rows.map((r) => r.off))),
    clsMedianWith: round(median(rows.map((r) => r.on))),
    addedMedian: round(median(added)),
    addedMax: round(Math.max(...added)),
    pagesAddingOverGood: rows.filter((r) => r.on - r.off > GOOD_CLS).map((r) => r.page),
    pagesWithoutGood: rows.filter((r) => r.off <= GOOD_CLS).length,
    pagesWithGood: rows.filter((r) => r.on <= GOOD_CLS).length,
  };
  console.log(JSON.stringify(summary));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
