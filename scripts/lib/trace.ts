import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

export interface MainThreadCost {
  /** Sum of the top-level script tasks attributed to URLs matching the filter (ms). */
  totalMs: number;
  /** The longest such task (ms). */
  longestMs: number;
  tasks: number;
  /** The part of `totalMs` run inside idle callbacks (requestIdleCallback): work that yields to the page. */
  idleMs: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'].join(',');

/**
 * Records a Chromium trace while `run` loads a page, and returns the main-thread time spent in
 * scripts whose URL matches `matches` (e.g. our content script: chrome-extension://…).
 */
export async function mainThreadCost(page: Page, run: () => Promise<void>, matches: (url: string) => boolean): Promise<MainThreadCost> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return scriptCost(events, matches);
}

/** The renderer main threads (pid:tid) of the trace: the only threads a page's reader can feel. */
function rendererMainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
}

/** Top-level (non-nested) script events of the matching URLs on a renderer main thread, complete ('X') events only. */
function scriptCost(events: TraceEvent[], matches: (url: string) => boolean): MainThreadCost {
  const mainThreads = rendererMainThreads(events);
  const scripts = events
    .filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`))
    .filter((e) => ['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'TimerFire', 'FireIdleCallback'].includes(e.name))
    .filter((e) => matches(e.args?.data?.url ?? ''))
    .sort((a, b) => a.ts - b.ts);
  const idle = events.filter((e) => e.ph === 'X' && e.name === 'FireIdleCallback' && mainThreads.has(`${e.pid}:${e.tid}`));
  const inIdleCallback = (e: TraceEvent) => idle.some((i) => e.ts >= i.ts && e.ts < i.ts + (i.dur ?? 0));
  let totalUs = 0;
  let idleUs = 0;
  let longestUs = 0;
  let tasks = 0;
  let coveredUntil = 0;
  for (const e of scripts) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < coveredUntil) continue; // nested in a task already counted
    totalUs += e.dur ?? 0;
    if (e.name === 'FireIdleCallback' || inIdleCallback(e)) idleUs += e.dur ?? 0;
    longestUs = Math.max(longestUs, e.dur ?? 0);
    tasks++;
    coveredUntil = end;
  }
  return { totalMs: totalUs / 1000, longestMs: longestUs / 1000, tasks, idleMs: idleUs / 1000 };
}
