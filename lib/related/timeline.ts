import { DAY_MS, dayLabel, wallClockMs } from './day';
import type { RelatedCoverage } from './types';

/** One dot of the timeline: an article at a date, on its outlet's row. */
export interface TimelineDot {
  x: number;
  y: number;
  url: string;
  outlet: string;
  label: string;
  current: boolean;
  kind: 'sameStory' | 'background' | 'current';
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: { outlet: string; y: number }[];
  dots: TimelineDot[];
  first?: string;
  last?: string;
}

/** The picture's measures, as data. */
export const TIMELINE = { width: 380, rowHeight: 16, left: 110, right: 12, top: 8, bottom: 18, maxRows: 8 } as const;

interface Dated {
  url: string;
  outlet: string;
  ms: number;
  kind: TimelineDot['kind'];
}

function datedArticles(coverage: RelatedCoverage, current: { url: string; outlet: string; published?: string }): Dated[] {
  const out: Dated[] = [];
  const push = (url: string, outlet: string, published: string | undefined, kind: Dated['kind']) => {
    const ms = published ? wallClockMs(published) : NaN;
    if (!Number.isNaN(ms)) out.push({ url, outlet: outlet || 'unknown', ms, kind });
  };
  push(current.url, current.outlet, current.published, 'current');
  for (const e of coverage.sameStory) push(e.url, e.outlet, e.published, 'sameStory');
  for (const e of coverage.background) push(e.url, e.outlet, e.published, 'background');
  return out;
}

/** Where each dated article sits: x by date (linear between the first and last), y by outlet (most articles first). */
export function layoutTimeline(
  coverage: RelatedCoverage,
  current: { url: string; outlet: string; published?: string },
): TimelineLayout | undefined {
  const dated = datedArticles(coverage, current);
  if (dated.length < 2) return undefined;
  const perOutlet = new Map<string, number>();
  for (const d of dated) perOutlet.set(d.outlet, (perOutlet.get(d.outlet) ?? 0) + (d.kind === 'current' ? 100 : 1));
  const outlets = [...perOutlet].sort((a, b) => b[1] - a[1]).slice(0, TIMELINE.maxRows).map(([o]) => o);
  const rows = outlets.map((outlet, i) => ({ outlet, y: TIMELINE.top + i * TIMELINE.rowHeight + TIMELINE.rowHeight / 2 }));
  const shown = dated.filter((d) => outlets.includes(d.outlet));
  const min = Math.min(...shown.map((d) => d.ms));
  const max = Math.max(...shown.map((d) => d.ms));
  const span = Math.max(max - min, DAY_MS);
  const plotWidth = TIMELINE.width - TIMELINE.left - TIMELINE.right;
  const dots = shown.map((d) => ({
    x: TIMELINE.left + ((d.ms - min) / span) * plotWidth,
    y: rows[outlets.indexOf(d.outlet)].y,
    url: d.url,
    outlet: d.outlet,
    label: `${d.outlet}, ${dayLabel(new Date(d.ms).toISOString())}`,
    current: d.kind === 'current',
    kind: d.kind,
  }));
  const height = TIMELINE.top + rows.length * TIMELINE.rowHeight + TIMELINE.bottom;
  return {
    width: TIMELINE.width,
    height,
    rows,
    dots,
    first: dayLabel(new Date(min).toISOString()),
    last: dayLabel(new Date(max).toISOString()),
  };
}
