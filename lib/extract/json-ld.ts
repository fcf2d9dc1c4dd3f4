/** The schema.org objects a page declares in JSON-LD, flattened (@graph and arrays unpacked). */
export type SchemaObject = Record<string, unknown>;

const ARTICLE_TYPE = /^(\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|SatiricalArticle|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/i;

export function schemaObjects(doc: Document): SchemaObject[] {
  const objects: SchemaObject[] = [];
  // getElementsByTagName and a type check: cheaper in jsdom than an attribute selector.
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    if (scripts[i].getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      flatten(JSON.parse(unwrappedJson(scripts[i].textContent ?? '')), objects, 0);
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return objects;
}

/** The JSON inside the wrappers older pages put around it: an HTML comment, a CDATA section, `//` lines. */
export function unwrappedJson(text: string): string {
  return text
    .replace(/^\s*(?:<!--|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\]\]>)\s*$/, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function flatten(node: unknown, into: SchemaObject[], depth: number): void {
  if (depth > 5 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) flatten(item, into, depth + 1);
    return;
  }
  const object = node as SchemaObject;
  into.push(object);
  if (object['@graph']) flatten(object['@graph'], into, depth + 1);
  if (object.mainEntity && typeof object.mainEntity === 'object') flatten(object.mainEntity, into, depth + 1);
}

export function typesOf(object: SchemaObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

/** The object that describes the article itself: an article type, most specific first, WebPage last. */
export function articleObject(objects: SchemaObject[]): SchemaObject | null {
  let best: SchemaObject | null = null;
  let bestRank = Infinity;
  for (const object of objects) {
    for (const type of typesOf(object)) {
      if (!ARTICLE_TYPE.test(type)) continue;
      const rank = /^WebPage$/i.test(type) ? 3 : /NewsArticle$/i.test(type) ? 0 : /^(Article|BlogPosting)$/i.test(type) ? 1 : 2;
      if (rank < bestRank) {
        best = object;
        bestRank = rank;
      }
    }
  }
  return best;
}

/** The object that names the publisher / site. */
export function publisherName(objects: SchemaObject[], article: SchemaObject | null): string | null {
  const publisher = article?.publisher;
  const fromArticle = nameOf(Array.isArray(publisher) ? publisher[0] : publisher, objects);
  if (fromArticle) return fromArticle;
  for (const object of objects) {
    if (typesOf(object).some((t) => /^(WebSite|NewsMediaOrganization|Organization)$/i.test(t))) {
      const name = nameOf(object, objects);
      if (name) return name;
    }
  }
  return null;
}

/** A name from a string or an object with `name` (following an @id reference within the page). */
export function nameOf(value: unknown, objects: SchemaObject[]): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (!value || typeof value !== 'object') return null;
  const object = value as SchemaObject;
  if (typeof object.name === 'string' && object.name.trim()) return object.name.trim();
  const given = stringOf(object.givenName);
  const family = stringOf(object.familyName);
  if (given || family) return [given, family].filter(Boolean).join(' ');
  const id = object['@id'];
  if (typeof id === 'string') {
    const target = objects.find((o) => o['@id'] === id && o !== object);
    if (target && typeof target.name === 'string') return target.name.trim() || null;
  }
  return null;
}

export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === 'object') {
    const object = value as SchemaObject;
    return stringOf(object.url ?? object.contentUrl ?? object['@value']);
  }
  return null;
}
