/** Tags a page repeats to list several values (OpenGraph arrays: one `article:author` per author): joined with REPEATED_SEPARATOR. */
const REPEATED_KEYS = new Set(['article:author', 'author', 'dc.creator', 'dcterms.creator']);
export const REPEATED_SEPARATOR = '; ';

/**
 * Every meta tag's content by lowercased name / property / itemprop, first one wins (all of them for
 * REPEATED_KEYS): one pass over the head. Detection reads at most `limit` tags (it runs on every
 * page); extraction reads them all.
 */
export function metaTable(doc: Document, limit = Infinity): Map<string, string> {
  const table = new Map<string, string>();
  const tags = doc.getElementsByTagName('meta');
  for (let i = 0; i < tags.length && i < limit; i++) {
    const content = tags[i].getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = tags[i].getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const first = table.get(key);
      if (first === undefined) table.set(key, content);
      else if (REPEATED_KEYS.has(key) && !first.split(REPEATED_SEPARATOR).includes(content)) table.set(key, `${first}${REPEATED_SEPARATOR}${content}`);
    }
  }
  return table;
}
