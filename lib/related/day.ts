export const DAY_MS = 86_400_000;
const WRITTEN_CLOCK = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?/;

/**
 * A published date as the publisher's clock read it, placed on the UTC axis: the day and time it is
 * written in, whatever its offset. "2022-12-30T01:30:00+02:00" was published on 30 December in Kyiv,
 * though it was still the 29th in UTC; days, "same day" and the timeline follow the publisher.
 * Dates in other forms are read as Date.parse reads them. NaN when unreadable.
 */
export function wallClockMs(published: string): number {
  const text = published.trim();
  const written = WRITTEN_CLOCK.exec(text);
  if (!written) return Date.parse(text);
  return Date.parse(written[2] ? `${written[1]}T${written[2]}Z` : written[1]);
}

/** Days since the epoch of the day a published date is written in, or undefined when absent or unreadable. */
export function dayNumber(published: string | undefined): number | undefined {
  const ms = published ? wallClockMs(published) : NaN;
  return Number.isNaN(ms) ? undefined : Math.floor(ms / DAY_MS);
}

/** "30 Dec 2022": the day a published date is written in, or the raw text when unreadable. */
export function dayLabel(published: string): string {
  const ms = wallClockMs(published);
  if (Number.isNaN(ms)) return published;
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
