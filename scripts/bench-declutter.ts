/**
 * Main-thread cost of the declutter pass on the labeled real pages, in real Chromium: the
 * synchronous start plus every idle-time slice (requestIdleCallback, timed around each callback
 * in the page; the page's own idle callbacks are few and counted too), the longest of them, and the page's long tasks (PerformanceObserver 'longtask',
 * > 50 ms) in the same window with and without the pass (baseline: same page, no pass).
 * The module is injected at load (no extension needed, so the figure is the pass alone).
 *
 *   npm run bench:declutter        (RUNS=3 by default)
 *
 * Last line of stdout: one JSON object.
 */
import { loadavg } from 'node:os';
import { type Bundle, declutterBundle, type EvalPage, LABELED_PAGES_ROOT, labeledPages, openBrowser, serveRoot } from './declutter-harness';

const RUNS = Number(process.env.RUNS ?? 3);
const WINDOW_MS = 1500;
const pages = labeledPages();

interface Run {
  /** Same page, no pass: one plain walk over every element reading its class (the least any DOM pass costs). */
  referenceMs: number;
  passMs: number;
  longestMs: number;
  callbacks: number;
  longTasks: number[];
}

/** Runs in the page: observes long tasks and times every idle/timeout callback from now on. */
function instrument(): void {
  const w = window as unknown as { __bench: { calls: number[]; longTasks: number[] } };
  w.__bench = { calls: [], longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const timed = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => {
    const start = performance.now();
    try {
      fn(...args);
    } finally {
      w.__bench.calls.push(performance.now() - start);
    }
  };
  const ric = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = (fn, opts) => ric(timed(fn), opts);
}

async function measure(page: EvalPage, url: string, bundle: Bundle | null): Promise<Run> {
  await page.goto(url);
  if (bundle) {
    // Install the bundle first (not timed), then time the start and everything it schedules.
    await page.evaluate((js: string) => {
      (window as unknown as { __api: unknown }).__api = new Function(`${js}\nreturn __backstoryDeclutter;`)();
    }, bundle.js);
  }
  await page.evaluate(instrument);
  if (bundle) {
    await page.evaluate(() => {
      const w = window as unknown as { __api: { startDeclutter(o: { doc: Document }): unknown }; __bench: { calls: number[] } };
      const start = performance.now();
      w.__api.startDeclutter({ doc: document });
      w.__bench.calls.push(performance.now() - start);
    });
  }
  await page.wait(WINDOW_MS);
  const referenceMs = bundle
    ? 0
    : ((await page.evaluate(() => {
        const start = performance.now();
        let n = 0;
        for (const el of Array.from(document.body.getElementsByTagName('*'))) n += (el.getAttribute('class') ?? '').length;
        return performance.now() - start + (n < 0 ? 1 : 0);
      })) as number);
  const data = (await page.evaluate(() => (window as unknown as { __bench: { calls: number[]; longTasks: number[] } }).__bench)) as {
    calls: number[];
    longTasks: number[];
  };
  return {
    referenceMs,
    passMs: bundle ? data.calls.reduce((a, b) => a + b, 0) : 0,
    longestMs: bundle ? Math.max(0, ...data.calls) : 0,
    callbacks: bundle ? data.calls.length : 0,
    longTasks: data.longTasks,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const round = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const server = await serveRoot(LABELED_PAGES_ROOT);
  const browser = await openBrowser('chromium', { extension: false });
  const bundle = await declutterBundle();
  const rows: { page: string; referenceMs: number; passMs: number; longestMs: number; callbacks: number; longTasksWith: number; longTasksWithout: number }[] = [];
  try {
    for (const name of pages) {
      const url = `${server.url}/${name}/source.html`;
      const withPass: Run[] = [];
      const without: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage();
        without.push(await measure(page, url, null));
        await page.close();
        const page2 = await browser.newPage();
        withPass.push(await measure(page2, url, bundle));
        await page2.close();
      }
      rows.push({
        page: name,
        referenceMs: round(median(without.map((r) => r.referenceMs))),
        passMs: round(median(withPass.map((r) => r.passMs))),
        longestMs: round(Math.max(...withPass.map((r) => r.longestMs))),
        callbacks: median(withPass.map((r) => r.callbacks)),
        longTasksWith: Math.max(...withPass.map((r) => r.longTasks.length)),
        longTasksWithout: Math.max(...without.map((r) => r.longTasks.length)),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`declutter pass, Chromium, median of ${RUNS} runs per page (ms of main thread)`);
  console.log('page            pass ms  longest ms  callbacks  long tasks with / without  reference walk ms');
  for (const r of rows) {
    console.log(`${r.page.padEnd(16)}${String(r.passMs).padStart(7)}${String(r.longestMs).padStart(12)}${String(r.callbacks).padStart(11)}${`${r.longTasksWith} / ${r.longTasksWithout}`.padStart(16)}${String(r.referenceMs).padStart(19)}`);
  }
  const passes = rows.map((r) => r.passMs);
  const summary = {
    pages: rows.length,
    runs: RUNS,
    passMsP50: round(median(passes)),
    passMsMax: round(Math.max(...passes)),
    longestTaskMs: round(Math.max(...rows.map((r) => r.longestMs))),
    tasksOver50ms: rows.filter((r) => r.longestMs > 50).length,
    longTasksWithPass: rows.reduce((s, r) => s + r.longTasksWith, 0),
    longTasksWithoutPass: rows.reduce((s, r) => s + r.longTasksWithout, 0),
    referenceWalkMsP50: round(median(rows.map((r) => r.referenceMs))),
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
  };
  console.log(JSON.stringify(summary));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
