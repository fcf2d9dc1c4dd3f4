/**
 * A timestamp written in UTC ("…T03:05:00Z", "+00:00") says the moment of publication, not the day
 * the publisher dated it: a post written at 7 pm in California is already the next day in UTC. The
 * page itself says the publisher's day: the same moment written in local time (a `<time>` element's
 * "2025-12-18T19:05:00-08:00"), the day a `<time>` element shows for the moment, or the date a blog
 * files the post under in its address (WordPress dates permalinks in the site's own time zone).
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The time zones in use run from UTC−12:00 to UTC+14:00. */
const WESTMOST_OFFSET_MS = -12 * HOUR_MS;
const EASTMOST_OFFSET_MS = 14 * HOUR_MS;

const WRITTEN_IN_UTC = /T[\d:.]+(?:Z|[+-]00:?00)$/;
const WRITTEN_WITH_OFFSET = /T[\d:.]+[+-]\d\d:?\d\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A timestamp the page declares, with the day its element shows for it (a `<time>`'s text), if any. */
export interface DeclaredMoment {
  iso: string;
  shownDay?: string;
}

/**
 * The declared publication timestamp in the publisher's day. When it is written in UTC: the same
 * moment written in another time zone; else the day an element shows for that same moment
 * (`<time datetime="…T04:13:00Z">February 23, 2026</time>`); else the day in the page's address.
 * A day counts only when the moment falls on it somewhere on Earth. A date merely shown near the
 * headline does not count: it is as often the day of an update. `moments` is read only for a UTC
 * timestamp (it walks the page's `<time>` elements).
 */
export function inPublishersDay(declared: string, moments: () => readonly DeclaredMoment[], urlDay: string | undefined): string {
  if (!WRITTEN_IN_UTC.test(declared)) return declared;
  const moment = Date.parse(declared);
  if (Number.isNaN(moment)) return declared;
  const same = moments().filter(({ iso }) => Date.parse(iso) === moment);
  const local = same.find(({ iso }) => WRITTEN_WITH_OFFSET.test(iso) && !WRITTEN_IN_UTC.test(iso));
  if (local) return local.iso;
  const days = [...same.map(({ shownDay }) => shownDay), urlDay];
  return days.find((day) => day !== undefined && DAY.test(day) && day !== declared.slice(0, 10) && fallsOn(moment, day)) ?? declared;
}

/** Whether some time zone's clock shows the moment on the given day. */
function fallsOn(moment: number, day: string): boolean {
  const start = Date.parse(day);
  return moment + EASTMOST_OFFSET_MS >= start && moment + WESTMOST_OFFSET_MS < start + DAY_MS;
}
