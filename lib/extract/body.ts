import { Readability } from '@mozilla/readability';
import { startsWithLinkBoxLabel } from '../declutter/match';
import { charsOf, markProseBoxes, PROSE_TAGS, proseRegion, withMissedSections } from './sections';
import { forEachElement, linkTextLength } from './walk';
import { withoutInvisibles } from '../text/invisible';

/** Lines that are site furniture, not article prose (checked on each extracted paragraph). */
export const FURNITURE_LINES: RegExp[] = [
  /^(read|see|watch|listen)(( also| more):?|:)\s/i,
  /^(related|more|recommended|trending|most read|also read|read next)( stories| articles| coverage)?:/i,
  /^(advertisement|sponsored|sponsored content|adverti[sz]ement)$/i,
  /^(share|share this|share this article|follow us)( on .*)?$/i,
  /^(sign up|subscribe)( to| for| now).{0,80}$/i,
  /^(subscribe|join our newsletter|sign up)!?$/i,
  /^by (signing up|subscribing|registering|posting a comment|clicking|continuing)\b.{0,200}\byou (agree|consent|accept)/i,
  /^we use cookies\b/i,
  // A copyright notice, or an image's credit, alone on its line: "Copyright © 2025 WABC-TV. All Rights Reserved."
  /^(copyright\s*)?©.{0,160}$/i,
  /^(image|photo|picture|foto|bild)( credits?| sources?)?:\s.{0,200}$/i,
  // A picture agency's credit alone on its line: "Getty Images / Holger Leue", "FatCamera/Getty Images".
  /^((getty images|shutterstock|istock(photo)?|imago( images)?|picture alliance)\s*\/\s*.{1,60}|.{1,60}\/\s*(getty images|shutterstock|istock(photo)?))$/i,
  // What a player or slideshow says where scripts did not run, and an advert's label.
  /^(to view this (video|content),? please enable javascript|this (slideshow|video|content) requires javascript)\b.{0,160}$/i,
  /^advertisement[.:]?\s+(scroll|continue) (down )?to continue reading\.?$/i,
  // A two-click embed's consent box in German ("Empfohlener redaktioneller Inhalt … Externen Inhalt anzeigen").
  /^(empfohlener redaktioneller inhalt|externen inhalt anzeigen)$/i,
  /^an dieser stelle (findest du|finden sie) (einen )?externen inhalt\b.{0,300}$/i,
  /^(ich bin damit einverstanden, dass mir|ich stimme zu, dass mir) (externe )?inhalte\b.{0,200}$/i,
  /^(damit können )?personenbezogene daten (können )?an drittplattformen übermittelt werden\b.{0,200}$/i,
  // Reading time, alone or closing a byline ("·2 min read", "Lecture 3 min.", "Lesezeit: 4 Min.").
  /^.{0,120}\b\d{1,3}\s?(min|mins|minutes?)\.?\s*(read|de lecture)\.?$/i,
  /^.{0,120}\b(lecture|lesezeit|lectura|leitura|čtení|tempo di lettura)\s*:?\s*\d{1,3}\s?min(utes?|uten|utos|ut)?\.?$/i,
];

/**
 * Elements removed from the copy before Readability runs: they are never article prose. Scripts and
 * styles go first so that no code reaches the prose boxes read before Readability (it drops them too).
 */
export const NOT_PROSE_TAGS = new Set(['SCRIPT', 'STYLE', 'FIGCAPTION', 'ASIDE']);
/**
 * Dialogs: consent managers' preference centres (OneTrust's CCPA text), sign-up and paywall boxes.
 * A saved or serialized page holds them even while they are closed, and their prose is never the article.
 */
const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
/** The boxes looked at for a dialog role or the hidden attribute (reading attributes of every element costs time on big pages). */
const UNSEEN_BOX_TAGS = new Set(['DIV', 'SECTION', 'NAV', 'ASIDE', 'FORM', 'UL', 'HEADER', 'FOOTER', 'DIALOG']);
/**
 * The class CSS frameworks hide a box with ("hidden"), unless a responsive class shows it again
 * ("hidden md:block"). Such a box goes only while it holds few paragraphs: a site may hide the rest
 * of a long article behind a "Read more" button the same way.
 */
export const HIDDEN_CLASS = /^(?!.*(^|\s)(sm|md|lg|xl|2xl):)(.*\s)?hidden(\s|$)/;
/** Class-name words of boxes that are never article prose: related links, promos, share bars, modal dialogs, affiliate disclaimers. */
export const NOT_PROSE_CLASS = /related|newsletter|promo|share|social|modal|disclaimer|disclosure/i;
/**
 * Class-name words of the furniture around a headline (kicker, byline, reading time, audio player,
 * standfirst). Such boxes are short: a longer one with these words is a wrapper (an "entry-meta"
 * around the whole post), so it stays.
 */
export const HEADLINE_FURNITURE_CLASS = /byline|kicker|eyebrow|standfirst|reading-time|read-time|audio-player|(^|[\s_-])(dek|desc|meta)([\s_-]|$)/i;
const FURNITURE_MAX_CHARS = 400;
/** A box holding this many paragraphs is content, whatever its class says. */
const CONTENT_PARAGRAPHS = 3;
/** Boxes that may be a labelled link box ("À lire aussi", "Related: …"). */
const LINK_BOX_TAGS = new Set(['SECTION', 'DIV', 'ASIDE', 'UL', 'NAV']);

export interface Body {
  paragraphs: string[];
  readability: ReturnType<Readability<Element>['parse']>;
}

/** The article's paragraphs: Readability on the (mutable) copy, then our clean-up. */
export function extractBody(doc: Document): Body {
  const boxes = markProseBoxes(removeNotProse(doc));
  // The content comes back as the element itself: serializing it and parsing the HTML again cost time.
  // Readability's own JSON-LD read is skipped: readMetadata has read it (a second walk for scripts).
  const readability = new Readability(doc, { serializer: (node) => node as Element, disableJSONLD: true }).parse();
  const content = readability?.content;
  const kept = content ? withMissedSections(paragraphsOf(content), content, boxes) : [];
  const paragraphs = isThinPick(kept) ? proseIfMuchLonger(kept, proseRegion(boxes)) : kept;
  return { paragraphs: storedParagraphs(paragraphs), readability };
}

/** The paragraphs as stored: furniture lines out, and the invisible characters out of the words. */
function storedParagraphs(paragraphs: string[]): string[] {
  return paragraphs.map((p) => withoutInvisibles(p).trim()).filter((p) => p && !FURNITURE_LINES.some((line) => line.test(p)));
}

/**
 * Readability's pick may be thin: a stub (nothing, or an intro of a few paragraphs when the rest sits
 * in boxes of other kinds) or a run of short lines (names, figures, card captions: a sponsor list, a
 * ranking's stat cards) beside the article. The page's prose boxes then replace it, but only when they
 * hold PROSE_OVER_PICK times its text (a short article, or one made of short lines, stays).
 */
const STUB = { maxParagraphs: 3 };
const ITEM_LIST = { minParagraphs: 8, maxMeanChars: 60 };
const PROSE_OVER_PICK = 3;

function isThinPick(paragraphs: string[]): boolean {
  if (paragraphs.length <= STUB.maxParagraphs) return true;
  return paragraphs.length >= ITEM_LIST.minParagraphs && charsOf(paragraphs) / paragraphs.length < ITEM_LIST.maxMeanChars;
}

function proseIfMuchLonger(pick: string[], prose: string[]): string[] {
  return charsOf(prose) >= PROSE_OVER_PICK * charsOf(pick) ? prose : pick;
}

/**
 * One pass over the body, walking siblings by hand: far cheaper than attribute-substring
 * selectors or indexing a live HTMLCollection (both slow in jsdom on big pages). Returns the
 * paragraphs and headings it walked past (PROSE_TAGS), for the section boxes.
 */
export function removeNotProse(doc: Document): Element[] {
  const doomed: Element[] = [];
  const unseen: Element[] = [];
  const prose: Element[] = [];
  forEachElement(doc.body, (element) => {
    if (PROSE_TAGS.has(element.tagName)) prose.push(element);
    const className = element.getAttribute('class');
    if (UNSEEN_BOX_TAGS.has(element.tagName) && isUnseen(element)) unseen.push(element);
    if (NOT_PROSE_TAGS.has(element.tagName) || (className && NOT_PROSE_CLASS.test(className)) || isLabelledLinkBox(element)) doomed.push(element);
    else if (className && HEADLINE_FURNITURE_CLASS.test(className) && isShort(element)) doomed.push(element);
    else if (className && HIDDEN_CLASS.test(className)) doomed.push(element);
  });
  for (const element of doomed) {
    if (element.isConnected && !element.querySelector('article, main') && element.getElementsByTagName('p').length < CONTENT_PARAGRAPHS) element.remove();
  }
  // However many paragraphs a dialog or a hidden box holds, they are not the article the reader sees,
  // unless it holds the headline (an article shown in a dialog, or hidden while the page loads).
  for (const box of unseen) if (box.isConnected && !box.querySelector('article, main, h1')) box.remove();
  return prose;
}

const isUnseen = (element: Element) => isDialog(element) || isHidden(element);

const isDialog = (element: Element) =>
  element.tagName === 'DIALOG' || DIALOG_ROLES.has(element.getAttribute('role') ?? '') || element.getAttribute('aria-modal') === 'true';

/** The `hidden` attribute: the browser never shows such a box (a closed menu, a cookie notice); Readability's own check lets some through. */
const isHidden = (element: Element) => element.hasAttribute('hidden');

const isShort = (element: Element) => (element.textContent ?? '').length <= FURNITURE_MAX_CHARS;

/** A box labelled as further reading (by aria-label or its first heading) whose text is mostly links. */
function isLabelledLinkBox(element: Element): boolean {
  if (!LINK_BOX_TAGS.has(element.tagName)) return false;
  const heading = element.firstElementChild;
  const label = element.getAttribute('aria-label') ?? (heading && /^H[2-6]$/.test(heading.tagName) ? heading.textContent : null);
  if (!label || !startsWithLinkBoxLabel(label)) return false;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').length - label.length;
  const links = linkTextLength(element, (link) => link.replace(/\s+/g, ' ').length);
  return text > 0 && links / text > 0.6;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD', 'FIGCAPTION']);

/** Splits Readability's content into block-level text paragraphs. */
export function paragraphsOf(content: Element): string[] {
  const paragraphs: string[] = [];
  collect(content, paragraphs, blockHolders(content));
  return paragraphs;
}

function collect(element: Element, into: string[], holders: Set<Element>): void {
  let loose = '';
  const flush = () => {
    const text = loose.replace(/\s+/g, ' ').trim();
    if (text) into.push(text);
    loose = '';
  };
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) {
      loose += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.tagName === 'BR') {
      if (child.nextSibling && (child.nextSibling as Element).tagName === 'BR') flush();
      else loose += ' ';
      continue;
    }
    const holdsBlocks = holders.has(child);
    if (BLOCKS.has(child.tagName) && !holdsBlocks) {
      flush();
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) into.push(text);
    } else if (isInline(child) && !holdsBlocks) {
      loose += child.textContent ?? '';
    } else {
      flush();
      collect(child, into, holders);
    }
  }
  flush();
}

const BLOCK_TAGS = new Set([...BLOCKS, 'DIV', 'UL', 'OL', 'TABLE', 'SECTION', 'ARTICLE']);

const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'SUB', 'SUP', 'SMALL', 'MARK', 'ABBR', 'CITE', 'CODE', 'Q', 'TIME', 'S', 'FONT']);

function isInline(element: Element): boolean {
  return INLINE.has(element.tagName);
}

/**
 * The elements with a block anywhere inside, found in one walk: Readability's content is a live tree,
 * where a <p> it made out of a <div> can hold a <span> holding headings and paragraphs (HTML parsing
 * would have split them), so looking at direct children is not enough.
 */
function blockHolders(root: Element): Set<Element> {
  const holders = new Set<Element>();
  forEachElement(root, (element) => {
    if (!BLOCK_TAGS.has(element.tagName)) return;
    for (let up = element.parentElement; up && up !== root && !holders.has(up); up = up.parentElement) holders.add(up);
  });
  return holders;
}
