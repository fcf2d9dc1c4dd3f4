import { authorNames, deskName, inNameCase, mergeNames, visibleNames } from './authors';
import { absolute, canonicalUrl } from './canonical-url';
import { isoDate } from './dates';
import { inPublishersDay, type DeclaredMoment } from './publisher-day';
import { metaTable, REPEATED_SEPARATOR } from './meta-table';
import { forEachElement } from './walk';
import { bylineNames, datedNameLine, elementDesk, elementNames, pageLines } from './byline';
import { articleObject, nameOf, publisherName, schemaObjects, stringOf, type SchemaObject, typesOf } from './json-ld';
import { textAround, type TextAround } from './near-headline';
import { siteOwner } from './site-owner';
import { articleTitle, headingText, headlineElements, headlineOf, SITE_SEPARATORS, subheadingTexts } from './title';
import { dateLine, monthNumber, writtenDates } from './written-dates';

/** Everything about the article except its body, read from JSON-LD, meta tags, <time> and the byline. */
export interface ArticleMetadata {
  url: string;
  title: string;
  authors: string[];
  outlet: string;
  published?: string;
  modified?: string;
  lang?: string;
  excerpt?: string;
  leadImage?: string;
}

/** Meta tags per field, in order of trust. */
export const META_SOURCES = {
  title: ['og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title'],
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'dcterms.creator'],
  published: ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'date', 'og:published_time', 'article.published', 'published_time', 'cXenseParse:recs:publishtime'],
  modified: ['article:modified_time', 'dateModified', 'og:updated_time', 'last-modified', 'dcterms.modified'],
  outlet: ['og:site_name', 'application-name', 'twitter:site', 'publisher'],
  excerpt: ['description', 'og:description', 'twitter:description'],
  image: ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'],
} as const;

/** Other meta tags that name the publication date ("published", "w-published-date", "release_date"); not modified or expiry dates. */
export const PUBLISHED_META = /^(?!.*(?:modif|updat|expir|edit))(?:.*publi(?:shed|cation|sh)(?:[-_.:]?(?:date|time|on|at))?|.*release[-_.]?date|.*date[-_.]?publi\w*)$/i;

/** How much of the text before and from the headline on is read for the visible date and byline. */
const BEFORE_HEADLINE_CHARS = 200;
const AFTER_HEADLINE_CHARS = 1000;

/** An attribute's space-separated tokens with a space either side, for `includes(' token ')`. */
const tokens = (element: Element, name: string) => ` ${element.getAttribute(name) ?? ''} `;
const classes = (element: Element) => tokens(element, 'class');
const hasClass = (element: Element, names: string[]) => names.some((name) => classes(element).includes(` ${name} `));

/** Class tokens of an element that holds an author's name ("byline__name", "post-hero__author__name", "authors-name"). */
const AUTHOR_NAME_CLASS = /^(?:(?:[\w-]*[-_])?(?:author|byline)s?[-_]{0,2}name|[\w-]*name[-_]{0,2}(?:author|byline)|article-author|c-byline__author)$/i;
/** Any class token that speaks of the author ("the-author", "post_author", "resource-author-details"), in a few languages. */
const AUTHOR_CLASS = /author|autor|auteur/i;
/** Author class tokens that hold something else than the name: comments, pictures, bios, "more from" lists. */
const NOT_NAME_CLASS = /comment|avatar|image|img|photo|pic|thumb|bio|desc|about|social|follow|share|more|list|posts|archive|label|title|role|job/i;
/** Links to an author's page ("/author/jane-doe/", "/authors/chris-toy"): their text is the name. */
const AUTHOR_PAGE_LINK = /\/(?:authors?|autor(?:en)?|auteurs?|autore|writers?|contributors?|journalists?)\/([^/?#]+)\/?(?:[?#]|$)|[?&]_?author=([^&#]+)/i;

/** Words of a name spelt in an address ("juliette-carreiro"): two to four, letters only. */
const NAME_SLUG_WORDS = { min: 2, max: 4 };

/**
 * The name an author page's address spells ("/authors/juliette-carreiro"), when the link's own text
 * speaks of that person without giving the full name ("Articles by Juliette").
 */
function authorPageName(element: Element): string[] {
  const link = (element.getAttribute('href') ?? '').match(AUTHOR_PAGE_LINK);
  const slug = link?.[1] ?? link?.[2];
  if (!slug) return [];
  let words: string[];
  try {
    words = decodeURIComponent(slug).split(/[-_+\s]+/).filter(Boolean);
  } catch {
    return [];
  }
  if (words.length < NAME_SLUG_WORDS.min || words.length > NAME_SLUG_WORDS.max || !words.every((word) => /^\p{L}{2,}$/u.test(word))) return [];
  const text = ` ${(element.textContent ?? '').toLowerCase()} `;
  if (!words.some((word) => text.includes(` ${word.toLowerCase()} `))) return [];
  return [words.map((word) => word[0].toUpperCase() + word.slice(1)).join(' ')];
}

/**
 * The names a byline element shows, or, for a link to an author page that shows none, the name its
 * address spells. A byline that names someone also gives every co-author it links to an author
 * page further down ("Written by" / "Adrien Ramirez, 4+ years…" / "Joanna Nelius, senior editor…":
 * its text is read only up to the first name's line).
 */
const namesOfBylineElement = (element: Element): string[] => {
  const names = elementNames(element);
  if (!names.length) return element.tagName !== 'A' ? names : authorPageName(element);
  // A linked name that holds or is held in one already read is the same person or desk written twice.
  const overlaps = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
  return mergeNames([names, linkedAuthorNames(element).filter((linked) => !names.some((name) => overlaps(name, linked)))]);
};

/** The names of the links to author pages inside an element, each written as a name. */
function linkedAuthorNames(element: Element): string[] {
  return Array.from(element.getElementsByTagName('a')).flatMap((link) => (AUTHOR_PAGE_LINK.test(link.getAttribute('href') ?? '') ? visibleNames(link.textContent ?? '') : []));
}

/** A class attribute that mentions an author or a byline at all, in a few languages (most elements' do not). */
const AUTHOR_OR_BYLINE = /author|autor|auteur|byline/i;

/** Elements that hold a whole post, whose classes name its author ("post hentry author-jane"): not a byline. */
const WHOLE_ARTICLE = new Set(['ARTICLE', 'MAIN', 'BODY']);

/**
 * Whether a class token passes `test`; tokens are read only when the class attribute mentions an
 * author or byline at all (most elements do not), and never in comments ("comment byuser bypostauthor").
 */
const authorTokens = (element: Element, test: (token: string) => boolean): boolean => {
  const value = element.getAttribute('class');
  return !!value && !WHOLE_ARTICLE.has(element.tagName.toUpperCase()) && AUTHOR_OR_BYLINE.test(value) && !/comment/i.test(value) && value.split(/\s+/).some(test);
};

/** Elements that usually hold the visible byline, most trusted kind first; matched in one pass over the body. */
export const BYLINE_ELEMENTS: ((element: Element) => boolean)[] = [
  (e) => e.getAttribute('itemprop') === 'name' && !!e.parentElement?.closest('[itemprop="author"]'),
  (e) => e.getAttribute('itemprop') === 'author',
  (e) => /(^|\s)author(\s|$)/i.test(e.getAttribute('rel') ?? ''),
  (e) => authorTokens(e, (token) => AUTHOR_NAME_CLASS.test(token)),
  (e) => hasClass(e, ['byline', 'author']) || classes(e).includes('byline'),
  (e) => authorTokens(e, (token) => AUTHOR_CLASS.test(token) && !NOT_NAME_CLASS.test(token)),
  (e) => e.tagName === 'A' && AUTHOR_PAGE_LINK.test(e.getAttribute('href') ?? ''),
];
/** What every BYLINE_ELEMENTS test needs: most elements have none of it, and reading attributes is slow in jsdom. */
const mayHoldByline = (element: Element) =>
  element.tagName === 'A' || element.hasAttribute('itemprop') || element.hasAttribute('rel') || AUTHOR_OR_BYLINE.test(element.getAttribute('class') ?? '');

/** Elements of each kind read for names. */
const BYLINE_ELEMENTS_PER_KIND = 5;

export function readMetadata(doc: Document, pageUrl: string): ArticleMetadata {
  const objects = schemaObjects(doc);
  const article = articleObject(objects);
  const metas = metaTable(doc);
  const outlet = publisherName(objects, article) ?? meta(metas, META_SOURCES.outlet) ?? hostName(pageUrl);
  const headings = headlineElements(doc, pageUrl);
  const headingTexts = headings.map(headingText);
  const title = articleTitle([stringOf(article?.headline), meta(metas, META_SOURCES.title), doc.title], headingTexts, outlet, () => subheadingTexts(doc), pageUrl);
  // Read when a field is not declared, or to check a declared date: walking the text costs more than the lookups.
  let around: TextAround | undefined;
  let headlineFound: Element | null | undefined;
  const headline = () => (headlineFound === undefined ? (headlineFound = headlineOf(title, headings, doc, headingTexts)) : headlineFound);
  const nearHeadline = () => (around ??= textAround(headline() ?? doc.querySelector('article, main') ?? doc.body, BEFORE_HEADLINE_CHARS, AFTER_HEADLINE_CHARS));
  let lines: string[] | undefined;
  const allLines = () => (lines ??= pageLines(doc));
  const lang = language(doc, metas, article);
  const declared =
    firstDate([stringOf(article?.datePublished), meta(metas, META_SOURCES.published)]) ??
    firstDate([timeAttribute(doc), metaMatching(metas, PUBLISHED_META), stringOf(article?.dateCreated)]);
  const owner = () => siteOwner(siteNames(doc, metas, outlet, pageUrl), hostName(pageUrl), () => allLines().join('\n'));
  const authors = readAuthors(doc, metas, article, objects, outletNames(outlet, pageUrl), nearHeadline, allLines, lang, owner, headline);
  const modified = firstDate([stringOf(article?.dateModified), meta(metas, META_SOURCES.modified)]);
  return {
    url: canonicalUrl(doc, pageUrl, metas),
    title,
    // Names are matched against the page's text as written; only the answer is put in name case.
    authors: authors.map(inNameCase),
    outlet,
    // The declared date first (a page shows its "Updated" date as often as its publication date),
    // unless the page shows an earlier one under its headline.
    published: (declared && declaredAsShown(declared, nearHeadline, lang, () => declaredMoments(doc, metas, article, lang), pageUrl)) ?? orderedByUrl(dateNearHeadline(nearHeadline(), lang), pageUrl) ?? dateInUrl(pageUrl) ?? labelledDate(allLines(), lang) ?? dateBesideByline(allLines(), authors, lang) ?? labelledDate(allLines(), lang, UPDATED_LABELS) ?? modified,
    modified,
    lang,
    excerpt: stringOf(article?.description) ?? meta(metas, META_SOURCES.excerpt) ?? undefined,
    leadImage: leadImage(metas, article, pageUrl),
  };
}

/** A date in the page's path ("/2025/12/19/title", "/articles/2025-12-15+title"): where blogs file a post. */
const URL_DATE = /(?<![\d])((?:19|20)\d\d)[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\d|3[01])(?!\d)/;
/** The same with the month named ("/2025/dec/05/", "/2023/october/03/"): The Guardian, The Washington Times. */
const URL_DATE_NAMED = /(?<![\d])((?:19|20)\d\d)\/(\p{L}{3,12})\/(0?[1-9]|[12]\d|3[01])(?!\d)/u;

function dateInUrl(pageUrl: string): string | undefined {
  let path: string;
  try {
    path = new URL(pageUrl).pathname;
  } catch {
    return undefined;
  }
  try {
    path = decodeURIComponent(path); // a month name outside ASCII ("/2024/m%C3%A4rz/05/")
  } catch {
    // A broken escape elsewhere in the path: read it as it is.
  }
  const match = path.match(URL_DATE);
  if (match) return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  const named = path.match(URL_DATE_NAMED);
  const month = named && monthNumber(named[2]);
  return named && month ? `${named[1]}-${String(month).padStart(2, '0')}-${named[3].padStart(2, '0')}` : undefined;
}

/**
 * A written date read month first ("03/10/2023" on an English page) that the page's address dates
 * the other way round ("/2023/october/03/"): the address says how the site writes its dates.
 */
function orderedByUrl(date: string | undefined, pageUrl: string): string | undefined {
  const urlDay = date && dateInUrl(pageUrl);
  if (!date || !urlDay || date === urlDay) return date;
  const [year, month, day] = date.split('-');
  return `${year}-${day}-${month}` === urlDay ? urlDay : date;
}

/** "<label> [on|am|le…][:] <date>": a line labelled with one of `labels`; group 1 is what follows. */
function dateLabel(labels: string[], prepositions: string[]): RegExp {
  return new RegExp(`^(?:${labels.join('|')})(?:\\s+(?:${prepositions.join('|')}))?(?:\\s*:\\s*|\\s+|$)(.*)$`, 'i');
}

/** The little words between a date label and its date, per language ("Posted on", "Veröffentlicht am", "Publié le"). */
const LABEL_PREPOSITIONS = ['on', 'le', 'el', 'il', 'em', 'am', 'op', 'den'];

/** Labels that say a date is the publication's, per language ("Posted on", "Published:", "Veröffentlicht am"). */
export const PUBLISHED_LABELS = dateLabel(
  ['posted', 'published', 'first published', 'publié', 'publiée', 'publicado', 'publicada', 'pubblicato', 'veröffentlicht', 'gepubliceerd', 'publicerad', 'publisert', 'opublikowano', 'publikováno', 'yayınlanma'],
  [...LABEL_PREPOSITIONS, 'dne'], // Czech: "publikováno dne"
);

/** Labels of the date a page was last changed ("Last updated:", "Aktualisiert am"): the date given when the page shows no other. */
export const UPDATED_LABELS = dateLabel(
  ['last updated', 'updated', 'last modified', 'page last updated', 'mis à jour', 'actualizado', 'aggiornato', 'aktualisiert', 'bijgewerkt', 'uppdaterad', 'oppdatert'],
  LABEL_PREPOSITIONS,
);

/** The date after the first label of `labels` in the page's lines, on its line or the next ("Published" / "Feb 2, 2023"). */
function labelledDate(lines: string[], lang: string | undefined, labels = PUBLISHED_LABELS): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const labelled = lines[i].match(labels);
    if (!labelled) continue;
    const date = writtenDates(labelled[1] || (lines[i + 1] ?? ''), lang)[0];
    if (date && date.at < 20) return date.date;
  }
  return undefined;
}

/** Lines under the headline this long or shorter are metadata lines (byline, date), not prose that mentions a date. */
const METADATA_LINE_CHARS = 60;
/** Days a declared date may run ahead of the shown one without contradicting it (time zones). */
const DECLARED_DATE_SLACK_DAYS = 1;

/**
 * The declared publication date, or the date a metadata line under the headline shows when that
 * is earlier by more than a day: a page republished or regenerated by its CMS declares the new
 * date and still shows the original one ("Mar 1, 2024" under a 2024-07-05 datePublished). A
 * declared timestamp written in UTC is put in the publisher's day (see publisher-day.ts).
 */
function declaredAsShown(declared: string, nearHeadline: () => TextAround, lang: string | undefined, moments: () => DeclaredMoment[], pageUrl: string): string {
  const lines = nearHeadline().after.split('\n').filter((line) => line.length <= METADATA_LINE_CHARS);
  const shown = writtenDates(lines.join('\n'), lang)[0]?.date;
  if (shown && (Date.parse(declared.slice(0, 10)) - Date.parse(shown)) / 86_400_000 > DECLARED_DATE_SLACK_DAYS) return shown;
  return inPublishersDay(declared, moments, dateInUrl(pageUrl));
}

/** Every publication timestamp the page declares (JSON-LD, meta tags, `<time>` elements), with the day a `<time>` shows. */
function declaredMoments(doc: Document, metas: Map<string, string>, article: SchemaObject | null, lang: string | undefined): DeclaredMoment[] {
  const moments: DeclaredMoment[] = [stringOf(article?.datePublished), ...metaAll(metas, META_SOURCES.published)].flatMap((raw) => {
    const iso = isoDate(raw);
    return iso ? [{ iso }] : [];
  });
  for (const time of Array.from(doc.getElementsByTagName('time'))) {
    const iso = isoDate(time.getAttribute('datetime'));
    if (iso) moments.push({ iso, shownDay: dateLine(time.textContent?.trim(), lang) });
  }
  return moments;
}

/** A line this short that names an author is a byline. */
const MAX_BYLINE_LINE_CHARS = 100;

/** The date on a short line beside the first line that names an author (an author box far from the headline). */
function dateBesideByline(lines: string[], authors: string[], lang: string | undefined): string | undefined {
  if (!authors.length) return undefined;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_BYLINE_LINE_CHARS || !authors.some((name) => lines[i].includes(name))) continue;
    const date = dateLine(lines[i + 1], lang) ?? dateLine(lines[i + 2], lang) ?? dateLine(lines[i - 1], lang);
    if (date) return date;
  }
  return undefined;
}

/** The written date nearest the headline: the first one from it on, or the last one just before it if nearer. */
function dateNearHeadline({ before, after }: TextAround, lang: string | undefined): string | undefined {
  const next = writtenDates(after, lang)[0];
  const previous = writtenDates(before, lang).at(-1);
  if (previous && (!next || before.length - previous.end < next.at)) return previous.date;
  return next?.date;
}

/**
 * The article's authors, people first: JSON-LD, then a scholarly page's citation tags, then meta
 * tags, then the visible "By …" line near the headline, then byline elements, then a name beside
 * the date. An organization alone, or a name that is the outlet's ("Cleveland Clinic", "USA
 * TODAY"), is given only when no source names a person; a personal site's owner only when nothing
 * names anyone at all.
 */
function readAuthors(doc: Document, metas: Map<string, string>, article: SchemaObject | null, objects: SchemaObject[], isOutlet: (name: string) => boolean, nearHeadline: () => TextAround, allLines: () => string[], lang: string | undefined, siteOwner: () => string | null, headline: () => Element | null): string[] {
  const fallback: string[] = [];
  let bylines: Element[][] | undefined;
  // A source's names count when one of them is not the outlet's; the outlet beside a person is kept, as declared.
  const people = (names: string[]) => {
    const kept = names.filter((name) => !isOutlet(name));
    if (kept.length < names.length) fallback.push(...names.filter(isOutlet));
    return mergeNames([kept.length ? names : []]);
  };
  const schema = schemaAuthors(article?.author, objects);
  fallback.push(...schema.organizations);
  // A source, and where co-authors are read from: read once.
  let underHeadline: string[] | undefined;
  const bylineUnderHeadline = () => (underHeadline ??= bylineNames([...nearHeadline().after.split('\n'), ...nearHeadline().before.split('\n')]));
  // The names the page marks up as its authors (microdata, rel="author"): where co-authors the declared data leaves out are read.
  const markedAuthors = () => {
    const found = headline();
    return found ? markedAfter(found) : [];
  };
  const sources = [
    // Organizations the page lists beside people are kept, as declared ("Jane Doe; AFP").
    () => (schema.people.length ? mergeNames([schema.people, schema.organizations]) : []),
    () => scholarlyAuthors(doc),
    () => {
      const declared = [...metaAll(metas, META_SOURCES.author), ...labelledMeta(metas, AUTHOR_META_LABELS)].flatMap((value) => value.split(REPEATED_SEPARATOR)).filter((v) => !/^https?:/.test(v));
      const desks = declared.map(deskName).filter((name): name is string => !!name);
      fallback.push(...desks);
      // Desks declared beside names are kept, as declared ("Deutsche Presse-Agentur", "MM-Redaktion").
      const names = declared.flatMap(authorNames);
      return names.length ? mergeNames([names, desks]) : [];
    },
    bylineUnderHeadline,
    ...BYLINE_ELEMENTS.map((_, kind) => () => {
      const elements = (bylines ??= bylineElements(doc))[kind];
      fallback.push(...elements.map(elementDesk).filter((name): name is string => !!name));
      return elements.flatMap(namesOfBylineElement);
    }),
    // Then a "By …" line anywhere in the article's text (an author box at the foot).
    () => bylineNames(allLines()),
    // Last, a bare name beside the date under the headline.
    () => datedNameLine(nearHeadline().after.split('\n'), lang),
  ];
  for (const source of sources) {
    const names = people(source());
    if (!names.length) continue;
    const nearText = `${nearHeadline().before}\n${nearHeadline().after}`;
    return withOwnerFullName(withCoAuthors(withByline(names, people(bylineUnderHeadline()), nearText), people(markedAuthors()), nearText), siteOwner);
  }
  if (fallback.length) return mergeNames([fallback]);
  // A personal site's owner is its outlet too, so only here, where nothing else names anyone.
  const owner = siteOwner();
  return owner ? [owner] : [];
}

/** A first name alone that begins the site owner's name ("Brett" on brettlarkin.com): the owner's full name. */
function withOwnerFullName(names: string[], siteOwner: () => string | null): string[] {
  if (names.length !== 1 || /\s/.test(names[0])) return names;
  const owner = siteOwner();
  return owner?.startsWith(`${names[0]} `) ? [owner] : names;
}

/** Elements read after the headline for the authors it marks up: its byline follows it closely. */
const ELEMENTS_AFTER_HEADLINE = 150;

/** The names the page marks up as its authors (rel="author", itemprop="author") in the elements that follow the headline. */
function markedAfter(headline: Element): string[] {
  const walker = headline.ownerDocument.createTreeWalker(headline.ownerDocument.body ?? headline, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = headline;
  const names: string[] = [];
  for (let n = 0; n < ELEMENTS_AFTER_HEADLINE && walker.nextNode(); n++) {
    const element = walker.currentNode as Element;
    if (tokens(element, 'rel').includes(' author ') || tokens(element, 'itemprop').includes(' author ')) names.push(...namesOfBylineElement(element));
  }
  return names;
}

/**
 * The names, or the authors the page marks up beside the headline when those name every one of
 * them and more (a co-author the JSON-LD leaves out); authors marked up elsewhere are other
 * articles' (related posts, a comment).
 */
function withCoAuthors(names: string[], marked: string[], nearText: string): string[] {
  const key = (name: string) => name.toLowerCase();
  const near = nearText.replace(/\s+/g, ' ').toLowerCase();
  // A marked name that holds a known one with more after it is that person with furniture ("Tuva Løland Tips meg").
  const holdsKnownName = (name: string) => names.some((known) => key(name) !== key(known) && key(name).includes(key(known)));
  const beside = mergeNames([marked.filter((name) => near.includes(key(name)) && !holdsKnownName(name))]);
  const besideKeys = new Set(beside.map(key));
  return beside.length > names.length && names.every((name) => besideKeys.has(key(name))) ? beside : names;
}

/** A name of one word in Latin letters: a handle or a company ("KatieS", "MECLABS"), not a person's full name. */
const ONE_LATIN_WORD = /^[\p{Script=Latin}\p{N}._@-]+$/u;

/**
 * A source's names, or the byline under the headline instead: when it names everyone declared and
 * more (co-authors: "Written by Dr Jane Doe, John Roe"); when the source gives only one-word names
 * and the byline a full name of two words or more; or when the byline names someone else and the
 * declared names appear nowhere near the headline (a CMS account or an editor declared: "By: Paul
 * Fenaroli" under a declared "Luke Daigle"; a declared name shown there, in a caption or a second
 * byline, keeps its place).
 */
function withByline(names: string[], byline: string[], nearText: string): string[] {
  const fullName = byline.some((name) => /\s/.test(name));
  if (names.every((name) => ONE_LATIN_WORD.test(name)) && fullName) return byline;
  const shown = (name: string) => byline.some((visible) => ` ${visible.toLowerCase()} `.includes(` ${name.toLowerCase()} `));
  const seen = (name: string) => nearText.toLowerCase().includes(name.toLowerCase());
  if (fullName && !names.some(shown) && !names.some(seen)) return byline;
  return byline.length > names.length && names.every(shown) ? byline : names;
}

/** The first few elements of each BYLINE_ELEMENTS kind, in one walk over the body. */
function bylineElements(doc: Document): Element[][] {
  const found: Element[][] = BYLINE_ELEMENTS.map(() => []);
  forEachElement(doc.body, (element) => {
    if (!mayHoldByline(element)) return;
    BYLINE_ELEMENTS.forEach((matches, kind) => {
      if (found[kind].length < BYLINE_ELEMENTS_PER_KIND && matches(element)) found[kind].push(element);
    });
  });
  return found;
}

/** JSON-LD authors, people apart from organizations. */
function schemaAuthors(value: unknown, objects: SchemaObject[]): { people: string[]; organizations: string[] } {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const people: string[] = [];
  const organizations: string[] = [];
  for (const item of list) {
    const name = nameOf(item, objects);
    if (!name) continue;
    const desk = deskName(name);
    (isOrganization(item, objects) || desk ? organizations : people).push(...(desk ? [desk] : authorNames(name)));
  }
  return { people: mergeNames([people]), organizations: mergeNames([organizations]) };
}

function isOrganization(value: unknown, objects: SchemaObject[]): boolean {
  if (!value || typeof value !== 'object') return false;
  const object = value as SchemaObject;
  const target = typeof object['@id'] === 'string' && !object['@type'] ? objects.find((o) => o['@id'] === object['@id']) : object;
  return !!target && typesOf(target).some((type) => /Organization$|^(Corporation|NewsMediaOrganization|WebSite|Brand)$/i.test(type));
}

/** Links read for the site's links home: its header's, near the top. */
const MAX_LINKS_READ_FOR_HOME = 200;

/** The names a site gives itself: its declared name, the parts of its <title>, the text of its links home. */
function siteNames(doc: Document, metas: Map<string, string>, outlet: string, pageUrl: string): string[] {
  const names = [outlet, meta(metas, META_SOURCES.outlet) ?? ''];
  for (const separator of SITE_SEPARATORS) names.push(...doc.title.split(separator));
  let origin = '';
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    // A page without an address has no links home but "/".
  }
  // Compared by hand: a selector built per page is compiled, and kept, per page.
  const home = new Set(['/', origin, `${origin}/`]);
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS_READ_FOR_HOME; i++) if (home.has(links[i].getAttribute('href') ?? '')) names.push(links[i].textContent ?? '');
  return names;
}

/** Letters and digits only, lowercased ("USA TODAY", "USA Today" → "usatoday"). */
const nameKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The tests that tell the outlet given as an author rather than a person: the outlet's own name,
 * a domain name ("mdr.de"), a label of the page's host ("LTO" on lto.de, "VnExpress" on
 * vnexpress.net), or the initials of one ("Deutsche Welle" on dw.com).
 */
export const OUTLET_NAME_TESTS: ((name: string, outlet: string, hostLabels: string[]) => boolean)[] = [
  (name, outlet) => nameKey(name) === nameKey(outlet),
  (name) => /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(name.trim()),
  (name, _, hostLabels) => hostLabels.includes(nameKey(name)),
  (name, _, hostLabels) => {
    const words = name.trim().split(/\s+/);
    return words.length > 1 && hostLabels.includes(nameKey(words.map((word) => word[0]).join('')));
  },
];

/** Whether a name is the outlet's rather than a person's, for this outlet and page. */
function outletNames(outlet: string, pageUrl: string): (name: string) => boolean {
  const labels = hostName(pageUrl).split('.');
  // Every label but the top-level domain, two letters or more ("dw", "lto", "vnexpress").
  const hostLabels = labels.slice(0, -1).filter((label) => label.length > 1).map((label) => nameKey(label));
  return (name) => OUTLET_NAME_TESTS.some((test) => test(name, outlet, hostLabels));
}

function meta(metas: Map<string, string>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = metas.get(name.toLowerCase());
    if (value) return value;
  }
  return null;
}

/** Labels of the twitter:labelN / twitter:dataN pairs (Yoast, in the site's language) whose data is the author. */
export const AUTHOR_META_LABELS = /^(?:written by|authors?|by|geschrieben von|verfasst von|autor(?:in)?|écrit par|escrito por|scritto da|geschreven door|skrevet af|skrevet av|skrivet av|napisane przez|yazar)$/i;

/** The data of the twitter:labelN / twitter:dataN pairs whose label matches ("Written by" / "Jane Doe"). */
function labelledMeta(metas: Map<string, string>, label: RegExp): string[] {
  const values: string[] = [];
  for (let n = 1; n <= 4; n++) {
    const data = metas.get(`twitter:data${n}`);
    if (data && label.test(metas.get(`twitter:label${n}`)?.trim() ?? '')) values.push(data);
  }
  return values;
}

/** Scholarly pages name every author in a tag of their own (Highwire Press tags, read by Google Scholar). */
const SCHOLARLY_AUTHOR_META = new Set(['citation_author', 'citation_authors']);

/** The names in a scholarly page's citation_author tags, in order; "Doe, Jane" read as "Jane Doe". */
function scholarlyAuthors(doc: Document): string[] {
  const names: string[] = [];
  const tags = doc.getElementsByTagName('meta');
  for (let i = 0; i < tags.length; i++) {
    if (!SCHOLARLY_AUTHOR_META.has(tags[i].getAttribute('name')?.toLowerCase() ?? '')) continue;
    for (const name of (tags[i].getAttribute('content') ?? '').split(';')) {
      const [last, first, ...rest] = name.split(',').map((part) => part.trim());
      const ordered = first && !rest.length ? `${first} ${last}` : name;
      names.push(...authorNames(ordered));
    }
  }
  return names;
}

/** The first meta tag (in page order) whose name matches. */
function metaMatching(metas: Map<string, string>, pattern: RegExp): string | null {
  for (const [name, content] of metas) if (pattern.test(name)) return content;
  return null;
}

function metaAll(metas: Map<string, string>, names: readonly string[]): string[] {
  return names.map((name) => metas.get(name.toLowerCase())).filter((v): v is string => !!v);
}

/**
 * The datetime of the first <time> that has one or is marked as the publication date: one pass over
 * the <time>s (a selector list with descendant combinators is slow on big pages in jsdom).
 */
function timeAttribute(doc: Document): string | null {
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    if (times[i].hasAttribute('datetime') || times[i].getAttribute('itemprop') === 'datePublished') return times[i].getAttribute('datetime');
  }
  return null;
}

function firstDate(candidates: (string | null)[]): string | undefined {
  for (const candidate of candidates) {
    const date = isoDate(candidate);
    if (date) return date;
  }
  return undefined;
}

function language(doc: Document, metas: Map<string, string>, article: SchemaObject | null): string | undefined {
  const raw = doc.documentElement.getAttribute('lang') || stringOf(article?.inLanguage) || metas.get('og:locale') || metas.get('content-language');
  return raw ? raw.trim().replace(/_/g, '-') : undefined;
}

function leadImage(metas: Map<string, string>, article: SchemaObject | null, pageUrl: string): string | undefined {
  const raw = stringOf(article?.image) ?? meta(metas, META_SOURCES.image);
  return (raw && absolute(raw, pageUrl)) || undefined;
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
