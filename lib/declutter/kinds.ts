/**
 * What kind of widget a hidden block is; the popup shows counts per kind.
 * - recommended: "Recommended", "You might also like", "Related stories" lists
 * - news-feed: latest news, live tickers, "Today on…" columns
 * - most-read: most read / viewed / shared / popular
 * - trending: trending / popular now
 * - editors-picks: editors' or subscribers' picks, featured strips
 * - sponsored: third-party recommendation grids (Taboola, Outbrain…) and sponsor boxes
 * - newsletter: e-mail sign-up boxes
 * - more-news: "More news", "More from…", next / previous article teasers
 * - comments: reader comment modules (the site's own or a comment platform's)
 * - other: teaser lists recognised by structure only
 */
export const WIDGET_KINDS = [
  'recommended',
  'news-feed',
  'most-read',
  'trending',
  'editors-picks',
  'sponsored',
  'newsletter',
  'more-news',
  'comments',
  'other',
] as const;

export type WidgetKind = (typeof WIDGET_KINDS)[number];

export type HiddenCounts = Record<WidgetKind, number>;

export function emptyCounts(): HiddenCounts {
  return Object.fromEntries(WIDGET_KINDS.map((kind) => [kind, 0])) as HiddenCounts;
}

export function isWidgetKind(value: string | null): value is WidgetKind {
  return value !== null && (WIDGET_KINDS as readonly string[]).includes(value);
}
