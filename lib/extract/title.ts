import { decodeEntities } from './entities';
import { withoutInvisibles } from '../text/invisible';
import { NOT_VISIBLE_TEXT } from './near-headline';

/** Separators between an article title and the site's name in <title> / og:title. */
export const SITE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' • ', ' / '];

/** A visible heading shorter than this many words is a section or site label ("Blog", "Roma"), not a headline. */
const HEADLINE_MIN_WORDS = 3;
/** A visible heading longer than this many words is a standfirst or an SEO blurb set in an <h1>, not a headline. */
const HEADLINE_MAX_WORDS = 30;
/** In scripts written without spaces (Chinese, Japanese, Thai), a headline is at least this many characters. */
const HEADLINE_MIN_UNSPACED_CHARS = 8;
/** How many <h1>s are considered: the headline is among the first few, later ones are body sections. */
const MAX_HEADINGS = 5;
/** Class words of headings that are only for screen readers ("Post navigation", "Search"). */
const HIDDEN_HEADING_CLASS = /sr-only|screen-reader|visually-hidden|visuallyhidden|a11y-hidden/i;

/**
 * The page's <h1>s that may be the headline, in order: not hidden for screen readers and not the
 * site's name (a heading that links to the home page: `<h1><a href="/">Site</a></h1>`).
 */
export function headlineElements(doc: Document, pageUrl: string): Element[] {
  const found: Element[] = [];
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && found.length < MAX_HEADINGS; i++) {
    const h1 = h1s[i];
    if (HIDDEN_HEADING_CLASS.test(h1.getAttribute('class') ?? '') || linksHome(h1, pageUrl) || !h1.textContent?.trim()) continue;
    found.push(h1);
  }
  return found;
}

/** Where a part of a heading set on its own line meets the next without a space: a line break, or a word ending where a capitalized one begins across an element's edge ("<span>Nationale Demo</span>Der 9. Juli"). */
const GLUED_AT_EDGE = /[\p{L}\p{N})]$/u;
const STARTS_CAPITALIZED = /^\p{Lu}/u;

/**
 * A heading's text as the reader sees it: textContent glues a kicker or a subtitle set on its own
 * line to the headline ("The Best Notion Alternatives<span class="block">Top Note-taking Tools");
 * a space goes where a <br> is, or where a word and a capitalized one meet across an element's edge.
 */
export function headingText(heading: Element): string {
  let text = '';
  let atEdge = false;
  const read = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (atEdge && GLUED_AT_EDGE.test(text) && STARTS_CAPITALIZED.test(value)) text += ' ';
        text += value;
        atEdge = false;
      } else if (child.nodeType === 1) {
        if ((child as Element).tagName === 'BR') text += ' ';
        atEdge = true;
        read(child);
        atEdge = true;
      }
    }
  };
  read(heading);
  return text;
}

/** The first <h2>s: read (lazily) when no <h1> says the declared title. */
export function subheadingTexts(doc: Document): string[] {
  const texts: string[] = [];
  const h2s = doc.getElementsByTagName('h2');
  for (let i = 0; i < h2s.length && texts.length < MAX_HEADINGS; i++) texts.push(headingText(h2s[i]));
  return texts;
}

/**
 * The headline element: the candidate heading whose words the title holds, else the element whose
 * own text is the title (a headline set in a <legend> or a <div>, the <h1>s being sections), else the first heading.
 * `texts` are the headings' `headingText`, when the caller has read them already.
 */
export function headlineOf(title: string, headings: Element[], doc: Document, texts = headings.map(headingText)): Element | null {
  const key = words(title);
  return headings.find((_, i) => key.includes(words(texts[i]) || '\u0000')) ?? elementSaying(key, doc) ?? headings[0] ?? null;
}

/** Text nodes read looking for the title's own element: it sits near the top of the page. */
const MAX_TEXT_NODES = 3000;

function elementSaying(key: string, doc: Document): Element | null {
  if (!key || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = 0; n < MAX_TEXT_NODES && walker.nextNode(); n++) {
    const text = walker.currentNode.nodeValue ?? '';
    if (text.length >= key.length && text.length < key.length * 2 && words(text) === key) {
      const parent = walker.currentNode.parentElement;
      const tag = parent?.tagName.toUpperCase() ?? '';
      if (parent && tag !== 'TITLE' && !NOT_VISIBLE_TEXT.has(tag)) return parent;
    }
  }
  return null;
}

function linksHome(heading: Element, pageUrl: string): boolean {
  const link = heading.closest('a') ?? heading.querySelector('a');
  if (!link) return false;
  if (/\bhome\b/i.test(link.getAttribute('rel') ?? '')) return true;
  try {
    const target = new URL(link.getAttribute('href') ?? '', pageUrl);
    return target.pathname === '/' && !target.search && target.host === new URL(pageUrl).host;
  } catch {
    return false;
  }
}

/**
 * The article's title without the site suffix/prefix, from the titles the page declares
 * (JSON-LD headline, og:title, <title>…, most trusted first) and its visible <h1>s:
 * - a heading that says the same words as a declared title, or as its part before a site
 *   separator: the declared text (a heading's textContent loses the punctuation between its spans:
 *   "Kicker Headline");
 * - a declared title that is a heading with a kicker, or a heading that is a declared title with
 *   one: the declared title;
 * - otherwise the first heading that reads as a headline (what the reader sees) and shares a word
 *   of four letters or more with a declared title, else the declared title with the site part
 *   stripped: an <h1> that shares nothing with what the page declares is a site's or a box's label
 *   ("Return to Nationwide Website", a gist's file name).
 */
export function articleTitle(
  declared: (string | null)[],
  headings: (string | null)[],
  outlet: string | null,
  subheadings: () => (string | null)[] = () => [],
  pageUrl = '',
): string {
  const titles = untruncated(declared.map(clean).filter((t): t is string => !!t && !t.includes(REPLACEMENT_CHARACTER)).map((t) => stripSite(t, outlet)));
  const visible = headings.map(clean).filter((t): t is string => !!t);
  for (const heading of visible) {
    const same = titles.flatMap(headParts).find((t) => words(t) === words(heading));
    if (same) return undecorated(same, heading);
  }
  // An <h1> that is the section's or the site's name, shorter than the headline an <h2> says ("Allergies Health Center" over
  // "Babies Who Eat Peanuts Early May Avoid Allergy"); a longer <h1> is the headline, the <h2> a section ("What is social commerce?").
  const h2s = subheadings();
  const subheading = titles.flatMap(headParts).find((t) => h2s.some((h) => !!h && words(h) === words(t)));
  if (subheading && visible.every((h) => wordCount(h) < wordCount(subheading))) return subheading;
  for (const heading of visible) {
    if (wordCount(heading) < 2) continue;
    const kicked = titles.find((t) => endsWithWords(t, heading) || (endsWithWords(heading, t) && kickerIsWords(heading, t)));
    if (kicked) return kicked;
  }
  const headline = visible.find((h) => isHeadline(h, outlet) && agreesWithPage(h, titles, pageUrl));
  return headline ?? titles[0] ?? visible[0] ?? '';
}

/** What a decoder leaves of a character cut in half: a CMS that cuts a declared title by bytes (a JSON-LD headline cut at 110 bytes of Arabic). */
const REPLACEMENT_CHARACTER = '\uFFFD';

/** Declared titles this long that are the start of a longer one were cut (Yoast cuts JSON-LD headlines at 110 characters). */
const TRUNCATED_MIN_CHARS = 90;

/** Each declared title, or the longer declared title it is the cut start of. */
function untruncated(titles: string[]): string[] {
  return titles.map((title) => (title.length < TRUNCATED_MIN_CHARS ? title : (titles.find((other) => other.length > title.length && other.startsWith(title)) ?? title)));
}

/**
 * The declared text, unless it adds marks the heading does not show (quotes, markdown, a trailing "⋆")
 * or leaves out the question or full stop the heading ends with.
 */
function undecorated(declared: string, heading: string): string {
  const addsStart = /^[^\p{L}\p{N}]/u.test(declared) && declared[0] !== heading[0];
  const addsEnd = /[^\p{L}\p{N}?!.)]$/u.test(declared) && declared.at(-1) !== heading.at(-1);
  const dropsEnd = /[?!.]$/u.test(heading) && /[\p{L}\p{N}]$/u.test(declared);
  return addsStart || addsEnd || dropsEnd ? heading : declared;
}

/** A title and what comes before each of its site separators ("Headline – Tagline – Site"). */
function headParts(title: string): string[] {
  const heads = [title];
  for (const separator of SITE_SEPARATORS) {
    for (let at = title.lastIndexOf(separator); at > 0; at = title.lastIndexOf(separator, at - 1)) heads.push(title.slice(0, at));
  }
  return heads;
}

function isHeadline(heading: string, outlet: string | null): boolean {
  const long = wordCount(heading) >= HEADLINE_MIN_WORDS || (!/\s/.test(heading) && heading.length >= HEADLINE_MIN_UNSPACED_CHARS);
  return long && wordCount(heading) <= HEADLINE_MAX_WORDS && !(outlet && sameSite(heading, outlet));
}

/**
 * A title without the site's name and, written with the same separator, one short part before it
 * ("Headline | Opinion | Site"): a part before another separator is the headline's own
 * ("Rückschlag im Titelkampf - Liverpool verliert bei Everton | sportschau.de"), unless it is the
 * site's name again ("Headline – Artlyst - Artlyst").
 */
export function stripSite(title: string, outlet: string | null): string {
  const first = stripOnePart(title, outlet, SITE_SEPARATORS);
  if (!first.separator) return title;
  return stripOnePart(first.title, outlet, [first.separator]).title;
}

/** The title without its site's name (after any separator) or, after one of `guessed`, a short last part. */
function stripOnePart(title: string, outlet: string | null, guessed: string[]): { title: string; separator?: string } {
  for (const separator of SITE_SEPARATORS) {
    const parts = title.split(separator);
    if (parts.length < 2) continue;
    const first = parts[0].trim();
    const last = parts[parts.length - 1].trim();
    if (outlet && sameSite(last, outlet)) return { title: parts.slice(0, -1).join(separator).trim(), separator };
    if (outlet && sameSite(first, outlet)) return { title: parts.slice(1).join(separator).trim(), separator };
    if (guessed.includes(separator) && last.split(/\s+/).length <= 4 && first.split(/\s+/).length >= 3) return { title: parts.slice(0, -1).join(separator).trim(), separator };
  }
  return { title };
}

function sameSite(part: string, outlet: string): boolean {
  const a = fold(part).replace(/[^\p{L}\p{N}]/gu, '');
  const b = fold(outlet).replace(/[^\p{L}\p{N}]/gu, '');
  return a.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

function clean(text: string | null | undefined): string | null {
  const cleaned = text && withoutInvisibles(decodeEntities(text)).replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
}

export const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();

/** The words of a text, whatever the punctuation and case between them. */
const words = (text: string) => (fold(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).join(' ');
/**
 * Whether a heading can be the headline beside the declared titles: it shares a word with one of
 * them, or the page's address agrees with it more than with any of them (a site that declares the
 * same slogan on every page, "The heart of the internet", over a post whose address is its title).
 */
function agreesWithPage(heading: string, titles: string[], pageUrl: string): boolean {
  if (titles.length === 0 || titles.some((t) => sharesWord(heading, t))) return true;
  const address = pathWords(pageUrl);
  const inAddress = (text: string) => [...contentWords(text)].filter((w) => address.has(w)).length;
  return inAddress(heading) > Math.max(...titles.map(inAddress));
}

/** The words of an address's path ("/r/castiron/comments/x1/enameled_cast_iron_pan/" → castiron, enameled, …). */
function pathWords(pageUrl: string): Set<string> {
  try {
    // `words` splits at the path's slashes, hyphens, underscores and dots as at any other mark.
    return contentWords(decodeURIComponent(new URL(pageUrl).pathname));
  } catch {
    return new Set();
  }
}

const contentWords = (text: string) => new Set(words(text).split(' ').filter((w) => w.length >= 4));
/** Whether two titles have a word of four letters or more in common (short words are often function words). */
const sharesWord = (a: string, b: string) => {
  const theirs = contentWords(b);
  return [...contentWords(a)].some((w) => theirs.has(w));
};
const wordCount = (text: string) => (words(text) ? words(text).split(' ').length : 0);
const endsWithWords = (text: string, tail: string) => words(text).endsWith(` ${words(tail)}`);
/** What a heading sets before the title is a kicker when it has a word; a number alone ("2025") begins the headline. */
const kickerIsWords = (heading: string, title: string) => /\p{L}/u.test(words(heading).slice(0, -words(title).length));
