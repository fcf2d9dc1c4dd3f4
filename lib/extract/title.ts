import { decodeEntities } from './entities';

/** Separators between an article title and the site's name in <title> / og:title. */
const SITE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' • ', ' / '];

/**
 * The article's title without the site suffix/prefix. Prefers the visible <h1> when a declared
 * title agrees with it; otherwise the declared title with the site part stripped.
 */
export function articleTitle(declared: (string | null)[], h1: string | null, outlet: string | null): string {
  const titles = declared.map((t) => clean(t)).filter((t): t is string => !!t);
  const heading = clean(h1);
  if (heading && titles.some((t) => sameText(t, heading) || fold(t).includes(fold(heading)) && heading.length >= 15)) return heading;
  for (const title of titles) {
    const stripped = stripSite(title, outlet);
    if (stripped) return stripped;
  }
  return heading ?? '';
}

export function stripSite(title: string, outlet: string | null): string {
  for (const separator of SITE_SEPARATORS) {
    const parts = title.split(separator);
    if (parts.length < 2) continue;
    const first = parts[0].trim();
    const last = parts[parts.length - 1].trim();
    if (outlet && sameSite(last, outlet)) return parts.slice(0, -1).join(separator).trim();
    if (outlet && sameSite(first, outlet)) return parts.slice(1).join(separator).trim();
    if (last.split(/\s+/).length <= 4 && first.split(/\s+/).length >= 3) return parts.slice(0, -1).join(separator).trim();
  }
  return title;
}

function sameSite(part: string, outlet: string): boolean {
  const a = fold(part).replace(/[^\p{L}\p{N}]/gu, '');
  const b = fold(outlet).replace(/[^\p{L}\p{N}]/gu, '');
  return a.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

function clean(text: string | null | undefined): string | null {
  const cleaned = text && decodeEntities(text).replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
}

export const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();

function sameText(a: string, b: string): boolean {
  return fold(a) === fold(b);
}
