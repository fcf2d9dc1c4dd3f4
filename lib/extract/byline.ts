import { deskName, NOT_THE_WRITER, ROLE_WORDS, visibleNames } from './authors';
import { BYLINE_OPENERS } from './byline-words';
import { NOT_VISIBLE_TEXT } from './near-headline';
import { dateLine } from './written-dates';

/** A byline line longer than this is a sentence, not a byline. */
const MAX_BYLINE_CHARS = 100;
/** Lines that join two names split over elements ("By <a>A</a> and <a>B</a>"). */
const JOINERS = /^(?:,|&|and|und|et|y|e|en|og|och|i|,? and)$/i;

/**
 * Names from the first byline line in the text around the headline (text nodes one per line):
 * the opener's own line, or the next one when the opener stands alone, continued over "and" lines.
 */
export function bylineNames(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const opened = lines[i].match(BYLINE_OPENERS);
    if (!opened || lines[i].length > MAX_BYLINE_CHARS || NOT_THE_WRITER.test(lines[i - 1] ?? '')) continue;
    const parts = opened[1] ? [opened[1]] : [];
    let next = i + 1;
    if (!parts.length && next < lines.length) parts.push(lines[next++]);
    while (next + 1 < lines.length && JOINERS.test(lines[next])) {
      parts.push(lines[next], lines[next + 1]);
      next += 2;
    }
    // A byline line is names only: "By signing up, you agree to our Privacy Policy" is not one.
    const names = visibleNames(parts.join(' '));
    if (names.length && names.every(looksLikeName)) return names;
  }
  return [];
}

/** A bare name line is this short, of this many words: "Elliot Raba", not a sentence. */
const MAX_BARE_NAME_CHARS = 40;
const BARE_NAME_WORDS = { min: 2, max: 4 };
/** Labels of the lines around a date that read like names ("Posted On", "No Comments", "In This Article"). */
const LABEL_LINE = /^(?:posted|published|updated|last updated|written|no comments?|\d+ comments?|in this article|table of contents|contents|share|leave a (?:comment|reply)|reading time)\b/i;
/** A mark set between the name and the date on a line of its own. */
const SEPARATOR_LINE = /^[·|•\-–—,/]$/;

/**
 * A name printed without "By" beside the date under the headline ("Elliot Raba" / "23.07.2025" /
 * "·" / "6 min read"): a line of two to four capitalized words next to a short date line.
 */
export function datedNameLine(lines: string[], lang?: string): string[] {
  // The first line is the headline itself.
  for (let i = 1; i < lines.length; i++) {
    const inLine = nameBesideDateInLine(lines[i], lang);
    if (inLine) return inLine;
    const names = bareName(lines[i]);
    if (!names) continue;
    const beside = (step: number) => (SEPARATOR_LINE.test(lines[i + step] ?? '') ? lines[i + 2 * step] : lines[i + step]);
    if (dateLine(beside(1), lang) || dateLine(beside(-1), lang)) return names;
  }
  return [];
}

/** Marks that set a name, a role and a date apart on one line ("Aaron Ricadela | Senior Writer | July 2, 2025"). */
const IN_LINE_SEPARATOR = /\s+[·|•]\s+/;

/** The bare name on a short line that also holds a date, the two set apart by a separator. */
function nameBesideDateInLine(line: string, lang?: string): string[] | null {
  if (line.length > MAX_BYLINE_CHARS) return null;
  const parts = line.split(IN_LINE_SEPARATOR);
  if (parts.length < 2 || !parts.some((part) => dateLine(part, lang))) return null;
  for (const part of parts) {
    const names = bareName(part);
    if (names) return names;
  }
  return null;
}

function bareName(line: string): string[] | null {
  const words = line.split(' ').length;
  if (line.length > MAX_BARE_NAME_CHARS || words < BARE_NAME_WORDS.min || words > BARE_NAME_WORDS.max || LABEL_LINE.test(line)) return null;
  const names = visibleNames(line);
  return names.length === 1 && line.startsWith(names[0]) && looksLikeName(names[0]) && /^\p{Lu}/u.test(names[0].split(' ').at(-1) ?? '') ? names : null;
}

/** Every word capitalized but name particles (van, de, bin…): "Marna van der Merwe", not "the author". */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return /^\p{Lu}/u.test(words[0]) && words.every((word) => /^(\p{Lu}|\p{Lo}|[a-z]{1,3}$|d'|O')/u.test(word));
}

/** Elements that end a line of text: blocks, line breaks, and the <time> a date sits in. */
const LINE_BREAKING = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH', 'TIME', 'TR', 'UL']);

/** How much of an element's text is read for a byline: an author box's name comes before its bio. */
const MAX_BYLINE_ELEMENT_CHARS = 400;

/**
 * An element's text as lines: blocks, line breaks and <time>s end a line, inline elements do not
 * ("<p>Luke Kim</p><small>…</small>" is two lines, "By <a>Jane Doe</a>" one), so a name is not
 * glued to the date or reading time set beside it. The walk stops after about `maxChars`, and
 * leaves out the elements under `element` that `skip` says.
 */
export function elementLines(element: Element, maxChars = MAX_BYLINE_ELEMENT_CHARS, skip?: (element: Element) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      length += node.nodeValue?.length ?? 0;
      return length <= maxChars;
    }
    if (node.nodeType !== 1) return true;
    const tag = (node as Element).tagName.toUpperCase();
    if (NOT_VISIBLE_TEXT.has(tag) || (node !== element && skip?.(node as Element))) return true;
    const breaks = LINE_BREAKING.has(tag);
    if (breaks) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) if (!visit(child)) return false;
    if (breaks) flush();
    return true;
  };
  visit(element);
  flush();
  return lines;
}

/** The names on the first line of an element's text that has any ("By" / "Jane Doe" / "March 3, 2024"). */
export function elementNames(element: Element): string[] {
  for (const line of elementLines(element)) {
    const names = visibleNames(line);
    if (names.length) return names;
  }
  return [];
}

/** Lines of a byline element read for a desk: the label, if any, and the line after it ("Written by" / "Podium Staff"). */
const DESK_LINES = 2;

/** A desk or staff name a byline element shows instead of a person ("Podium Staff"; a role alone, "Staff Writer", is a label), or null. */
export function elementDesk(element: Element): string | null {
  const desk = (line: string) => {
    const name = deskName(line);
    return name && !name.split(' ').every((word) => ROLE_WORDS.test(word)) ? name : null;
  };
  return elementLines(element).slice(0, DESK_LINES).map(desk).find((name) => name !== null) ?? null;
}

/**
 * Class or id tokens of boxes whose "By …" lines are not the article's: comments, related and
 * recommended links, menus, sidebars, share bars; the word begins or ends the token
 * ("comment-list", "post-related"), and a page's state classes ("has-share-buttons") do not count.
 */
const NOT_THE_ARTICLE = /^(?!has-|with-|no-)(?:(?:comments?|related|recommend\w*|nav|navbar|navigation|menu|sidebar|share|sharing)(?:[-_]|$)|.*[-_](?:comments?|related|nav|navigation|menu|sidebar|share|sharing)$)/i;

/**
 * The page's visible text as lines (as elementLines), without comments, related links, menus and
 * sidebars: read for a byline far from the headline ("Written by Jane Doe" in an author box at
 * the foot) when nothing nearer names anyone.
 */
export function pageLines(doc: Document): string[] {
  const skip = (element: Element) => {
    const marks = `${element.getAttribute('class') ?? ''} ${element.id}`.trim();
    return !!marks && marks.split(/\s+/).some((token) => NOT_THE_ARTICLE.test(token));
  };
  return elementLines(doc.body ?? doc.documentElement, Infinity, skip);
}
