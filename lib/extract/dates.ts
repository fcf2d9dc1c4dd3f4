/**
 * Normalizes a date string to ISO 8601, keeping the time zone when the page gives one.
 * Returns null for anything that does not parse as a plausible date.
 */
export function isoDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!plausible(+y, +mo, +d)) return null;
    if (!h) return `${y}-${mo}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${z}`;
  }
  const compact = text.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (compact && plausible(+compact[1], +compact[2], +compact[3])) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  if (!plausible(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) return null;
  return /(Z|GMT|UTC|[+-]\d{2}:?\d{2})\b/i.test(text) ? date.toISOString() : date.toISOString().replace(/\.\d{3}Z$/, '').replace(/T00:00:00$/, '');
}

function plausible(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
