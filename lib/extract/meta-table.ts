/**
 * Every meta tag's content by lowercased name / property / itemprop, first one wins: one pass over
 * the head. Detection reads at most `limit` tags (it runs on every page); extraction reads them all.
 */
export function metaTable(doc: Document, limit = Infinity): Map<string, string> {
  const table = new Map<string, string>();
  const tags = doc.getElementsByTagName('meta');
  for (let i = 0; i < tags.length && i < limit; i++) {
    const content = tags[i].getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = tags[i].getAttribute(attribute)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}
