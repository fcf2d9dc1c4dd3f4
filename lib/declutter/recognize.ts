import type { ArticleGuard } from './guard';
import type { WidgetKind } from './kinds';
import { boxStats, hasVisibleText, leadingText, linkDensity, visibleTextLength, type BoxStats } from './box';
import { elementNameWords, headingKind, isChromeName, isVendorName, nameKind, startsWithLinkBoxLabel, HEADING_NAME_WORDS, MAX_HEADING_CHARS } from './match';

/** Evidence that a block is a widget. Each has a weight; a block is hidden when they add up to HIDE_SCORE. */
export type Signal =
  | 'vendor' | 'heading' | 'name' | 'weak-name' | 'link-box' | 'teaser-list'
  | 'dense' | 'list' | 'empty' | 'signup' | 'embed' | 'titled' | 'lone-teaser';

export const SIGNAL_WEIGHTS: Record<Signal, number> = {
  vendor: 5, // a third-party recommendation vendor's container
  'link-box': 3, // "Related: …" / "Lire aussi" link box
  heading: 2, // a widget heading in one of our languages
  name: 2, // a widget class/id name
  'teaser-list': 2, // outside the article: a run of items each led by a link to another story
  'weak-name': 1, // a class/id hint ("popular", "promo", "next")
  dense: 1, // mostly link text
  list: 1, // three or more teaser links
  empty: 1, // an empty placeholder filled later by script
  signup: 1, // a newsletter block with a form field
  embed: 1, // a sponsored block or comment module holding an iframe
  titled: 1, // outside the article: a block its widget heading opens, holding links, a form or a frame
  'lone-teaser': 1, // a next / previous block that is one story link and nothing else
};

export const HIDE_SCORE = 3;

/** Largest non-link text a widget inside the article body may hold (a sentence or two of blurb). */
const MAX_TEXT_INSIDE_BODY = 300;
const EMPTY_MAX_CHARS = 40;
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** Site navigation: a widget never holds it, and is never found inside it. */
const SITE_NAVIGATION = 'nav, [role="navigation"], input[type="search"]';
const LINK_BOX_TAGS = new Set(['P', 'LI', 'DIV', 'ASIDE', 'SECTION', 'SPAN', 'STRONG', 'B']);
const NEVER_BOXES = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'A', 'IMG', 'BUTTON']);

export interface Candidate {
  box: Element;
  kind: WidgetKind;
  signals: Signal[];
}

/** What the label of `el` says (vendor, heading, link box, class/id name), and the block it labels. */
export function labelledCandidate(el: Element, guard: ArticleGuard): Candidate | null {
  const words = elementNameWords(el);
  if (isVendorName(words) && !NEVER_BOXES.has(el.tagName)) return { box: growVendorBox(el, guard), kind: 'sponsored', signals: ['vendor'] };
  const headingKindHere = headingLabel(el, words);
  if (headingKindHere) return { box: growFromLabel(el, guard), kind: headingKindHere, signals: ['heading'] };
  if (LINK_BOX_TAGS.has(el.tagName) && guard.insideArticleBody(el) && isLinkBox(el)) {
    return { box: el, kind: 'recommended', signals: ['link-box'] };
  }
  const named = nameKind(words);
  if (named && !NEVER_BOXES.has(el.tagName) && (named.weight === 2 || !isChromeName(words))) {
    const textChars = visibleTextLength(el, MAX_HEADING_CHARS);
    const small = el.querySelector('a[href]') === null && textChars >= 3 && textChars < MAX_HEADING_CHARS;
    const box = small && isHeadingLike(el, words) ? growFromLabel(el, guard) : el;
    return { box, kind: named.kind, signals: [named.weight === 2 ? 'name' : 'weak-name'] };
  }
  if (isTeaserList(el, guard)) return { box: el, kind: 'other', signals: ['teaser-list'] };
  return null;
}

const TEASER_LIST_MIN_ITEMS = 4;
const TEASER_TITLE_MIN_WORDS = 4;
const TEASER_LIST_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE']);

/**
 * Structure alone: a list outside the article whose items (4 or more) each hold a link titled
 * like a story (4+ words), the shape of every "more news" feed, labelled or not.
 */
function isTeaserList(el: Element, guard: ArticleGuard): boolean {
  if (el.childElementCount < TEASER_LIST_MIN_ITEMS || !TEASER_LIST_TAGS.has(el.tagName)) return false;
  if (guard.insideArticleBody(el) || guard.containsArticle(el)) return false;
  const allowedMisses = Math.floor(el.childElementCount * 0.4);
  let teasers = 0;
  let misses = 0;
  for (let child = el.firstElementChild; child && misses <= allowedMisses; child = child.nextElementSibling) {
    const link = child.tagName === 'A' ? child : child.querySelector('a[href]');
    const words = (link?.textContent ?? '').trim().split(/\s+/).length;
    if (link && words >= TEASER_TITLE_MIN_WORDS) teasers++;
    else misses++;
  }
  return misses <= allowedMisses && teasers >= TEASER_LIST_MIN_ITEMS;
}

const MAX_INNER_HEADINGS = 8;

/**
 * The kinds the headings inside a box name ("News latest" inside an aside named "related"): a
 * site's container names are often generic, its headings say what the lists are.
 */
export function innerHeadingKinds(box: Element): WidgetKind[] {
  const kinds: WidgetKind[] = [];
  const headings = box.querySelectorAll('h2, h3, h4, h5, h6, [role="heading"]');
  for (let i = 0; i < headings.length && i < MAX_INNER_HEADINGS; i++) {
    const heading = headings[i]!;
    if (visibleTextLength(heading, MAX_HEADING_CHARS) > MAX_HEADING_CHARS) continue;
    const kind = headingKind(heading.textContent ?? '');
    if (kind) kinds.push(kind);
  }
  return kinds;
}

/**
 * The kind a vendor's feed names itself by its first line of text ("Recommended Stories" on a
 * Taboola feed), if any: such a feed mixes the site's own stories in and may be trimmed like a list.
 */
export function vendorTitleKind(box: Element): WidgetKind | null {
  const title = firstText(box);
  return title && title.length <= MAX_HEADING_CHARS ? headingKind(title) : null;
}

/** The first non-blank text node under `root`, within a few dozen nodes. */
function firstText(root: Element): string | null {
  let node: Node | null = root.firstChild;
  for (let seen = 0; node && seen < 60; seen++) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return (node.nodeValue ?? '').trim();
    if (node.firstChild && node.nodeType === 1 && !['SCRIPT', 'STYLE'].includes((node as Element).tagName)) node = node.firstChild;
    else {
      while (node && !node.nextSibling && node !== root) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return null;
}

/** Adds structural evidence and says whether the block may and should be hidden. */
export function shouldHide(candidate: Candidate, guard: ArticleGuard): { hide: boolean; signals: Signal[]; stats: BoxStats } {
  const stats = boxStats(candidate.box);
  const signals = [...candidate.signals, ...boxNameSignals(candidate), ...structureSignals(candidate.kind, stats)];
  if (isTitledBlock(candidate, stats, guard)) signals.push('titled');
  const score = signals.reduce((sum, signal) => sum + SIGNAL_WEIGHTS[signal], 0);
  const hide = score >= HIDE_SCORE && isSafeToHide(candidate.box, signals, stats, guard);
  return { hide, signals, stats };
}

/** A box reached from its heading may also carry a widget name ("most-popular"). */
function boxNameSignals(candidate: Candidate): Signal[] {
  if (candidate.signals.some((s) => s === 'name' || s === 'weak-name' || s === 'vendor')) return [];
  const named = nameKind(elementNameWords(candidate.box));
  if (!named) return [];
  return [named.weight === 2 ? 'name' : 'weak-name'];
}

/** Kinds whose blocks often hold nothing but a third-party frame. */
const EMBED_KINDS = new Set<WidgetKind>(['sponsored', 'comments']);
const LONE_TEASER_DENSITY = 0.8;

/** Outside the article, a block opened by a widget heading and holding links, a form or a frame is that widget. */
function isTitledBlock(candidate: Candidate, stats: BoxStats, guard: ArticleGuard): boolean {
  if (!candidate.signals.includes('heading') || guard.insideArticleBody(candidate.box)) return false;
  return stats.links > 0 || stats.hasForm || stats.hasFrame;
}

function structureSignals(kind: WidgetKind, stats: BoxStats): Signal[] {
  const signals: Signal[] = [];
  if (EMBED_KINDS.has(kind) && stats.hasFrame) signals.push('embed');
  if (kind === 'more-news' && stats.teaserLinks === 1 && linkDensity(stats) >= LONE_TEASER_DENSITY) signals.push('lone-teaser');
  if (stats.links > 0 && linkDensity(stats) >= 0.5) signals.push('dense');
  if (stats.teaserLinks >= 3 || (stats.links >= 2 && stats.images >= 2)) signals.push('list');
  if (stats.textChars < EMPTY_MAX_CHARS && stats.links === 0 && !stats.hasMedia && !stats.hasForm) signals.push('empty');
  if (kind === 'newsletter' && stats.hasForm) signals.push('signup');
  return signals;
}

function isSafeToHide(box: Element, signals: Signal[], stats: BoxStats, guard: ArticleGuard): boolean {
  if (NEVER_BOXES.has(box.tagName) || guard.containsArticle(box, { vendor: signals.includes('vendor') })) return false;
  if (!signals.includes('vendor') && (box.matches(SITE_NAVIGATION) || box.querySelector(SITE_NAVIGATION) || box.closest('nav'))) return false;
  // Clearly marked blocks (a link box, a vendor's container) go even when the extractor kept their text.
  if (guard.insideProtected(box)) return signals.includes('link-box') || signals.includes('vendor');
  if (!guard.insideArticleBody(box)) return true;
  // Inside the article body only clearly labelled, mostly-link blocks go.
  const labelled = signals.some((s) => s === 'vendor' || s === 'heading' || s === 'name' || s === 'link-box');
  const blurb = stats.textChars - stats.linkChars;
  const shortBlurb = blurb <= MAX_TEXT_INSIDE_BODY || (signals.includes('vendor') && !holdsProse(box));
  return labelled && shortBlurb;
}

function holdsProse(box: Element): boolean {
  return Array.from(box.querySelectorAll('p')).some((p) => (p.textContent ?? '').trim().length >= 150);
}

function isHeadingLike(el: Element, words: string[]): boolean {
  if (HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') return true;
  if (el.tagName === 'HEADER' || el.tagName === 'LEGEND') return true;
  return words.some((word) => HEADING_NAME_WORDS.has(word)) && el.childElementCount <= 3;
}

/** The widget kind a heading (or an untagged block title) names, or null. Cheap tests first. */
function headingLabel(el: Element, words: string[]): WidgetKind | null {
  const tagged = isHeadingLike(el, words);
  if (!tagged && !(el.nextElementSibling && el.childElementCount <= 3 && ownsText(el) && mayTitleNext(el))) return null;
  const length = visibleTextLength(el, MAX_HEADING_CHARS);
  if (length < 3 || length > MAX_HEADING_CHARS) return null;
  const kind = headingKind(el.textContent ?? '');
  if (!kind) return null;
  return tagged || isTitleOfNext(el) ? kind : null;
}

/** Previous siblings read, at most, to tell that a title opens its block. */
const MAX_PREVIOUS_READ = 4;

/** Followed by a sibling, preceded by no text (a few empty siblings at most). */
function mayTitleNext(el: Element): boolean {
  if (!el.nextElementSibling || el.childElementCount > 3 || !el.parentElement) return false;
  let read = 0;
  for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (++read > MAX_PREVIOUS_READ || hasVisibleText(prev)) return false;
  }
  return true;
}

/** True when a text node is a direct child (a label holds its words itself, or in one inline child). */
function ownsText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim().length > 0) return true;
  }
  return el.childElementCount === 1 && el.firstElementChild!.childElementCount === 0;
}

/**
 * A block title without heading markup: the first text of its parent, short, and followed by a
 * sibling holding links ("<span class=name>Most read</span><ul>…").
 */
function isTitleOfNext(el: Element): boolean {
  const next = el.nextElementSibling;
  if (!next || !mayTitleNext(el)) return false;
  return next.tagName === 'UL' || next.tagName === 'OL' || next.querySelector('a[href]') !== null;
}

const MAX_VENDOR_CLIMB = 3;
/** Text a vendor's wrapper may add: a widget title, or the stray output of a blocked script. */
const MAX_WRAPPER_EXTRA_CHARS = 120;
const SCRIPT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const WRAPPER_CONTENT = 'p, img:not([src=""]), picture, video, a[href]';

/**
 * A vendor container's wrappers go with it when all they add is a short title or stray script
 * output: no paragraph, picture or link of their own.
 */
function growVendorBox(el: Element, guard: ArticleGuard): Element {
  let box = el;
  for (let i = 0; i < MAX_VENDOR_CLIMB; i++) {
    const parent = box.parentElement;
    if (!parent || NEVER_BOXES.has(parent.tagName) || guard.containsArticle(parent)) break;
    if (!addsOnlyTitle(parent, box)) break;
    box = parent;
  }
  return box;
}

function addsOnlyTitle(wrapper: Element, box: Element): boolean {
  let extra = 0;
  for (let node = wrapper.firstChild; node; node = node.nextSibling) {
    if (node === box) continue;
    if (node.nodeType === 3) extra += (node.nodeValue ?? '').trim().length;
    else if (node.nodeType === 1 && !SCRIPT_TAGS.has((node as Element).tagName)) {
      const el = node as Element;
      if (el.matches(WRAPPER_CONTENT) || el.querySelector(WRAPPER_CONTENT) !== null) return false;
      extra += visibleTextLength(el, MAX_WRAPPER_EXTRA_CHARS);
    }
    if (extra > MAX_WRAPPER_EXTRA_CHARS) return false;
  }
  return true;
}

const LINK_BOX_LABEL_CHARS = 60;

function isLinkBox(el: Element): boolean {
  if (el.querySelector('a[href]') === null) return false;
  if (!startsWithLinkBoxLabel(leadingText(el, LINK_BOX_LABEL_CHARS))) return false;
  return visibleTextLength(el, MAX_TEXT_INSIDE_BODY) <= MAX_TEXT_INSIDE_BODY;
}

/** Parents that add at most this share of text are part of the same widget. */
const GROWTH_RATIO = 1.3;
const GROWTH_SLACK_CHARS = 60;
const MAX_LABEL_CLIMB = 4;
const MAX_BOX_CLIMB = 6;
const MAX_SHELL_PARENT_CHARS = 3000;

/**
 * From a heading to the widget it titles: first up to the block that holds more than the
 * heading (its list or form), then on while each parent adds little else. Never into the article.
 */
export function growFromLabel(label: Element, guard: ArticleGuard): Element {
  let box = label.parentElement ?? label;
  for (let i = 0; i < MAX_LABEL_CLIMB && holdsOnlyLabel(box, label); i++) {
    const parent = box.parentElement;
    if (!parent || guard.containsArticle(parent) || visibleTextLength(parent, MAX_SHELL_PARENT_CHARS) > MAX_SHELL_PARENT_CHARS) break;
    box = parent;
  }
  let length = visibleTextLength(box);
  for (let i = 0; i < MAX_BOX_CLIMB; i++) {
    const parent = box.parentElement;
    if (!parent || NEVER_BOXES.has(parent.tagName) || guard.containsArticle(parent)) break;
    const limit = length * GROWTH_RATIO + GROWTH_SLACK_CHARS;
    const parentLength = visibleTextLength(parent, limit);
    if (parentLength > limit) break;
    [box, length] = [parent, parentLength]; // under the cap the count is exact
  }
  return box;
}

function holdsOnlyLabel(box: Element, label: Element): boolean {
  if (box.querySelector('a[href], form, input, ul, ol, iframe') !== null) return false;
  const limit = visibleTextLength(label) + 10;
  return visibleTextLength(box, limit) <= limit;
}
