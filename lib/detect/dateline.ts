import { NOT_VISIBLE_TEXT } from '../extract/near-headline';
import { writtenDates } from '../extract/written-dates';
import { HEADLINE_DATE } from './rules';
import type { Evidence } from './signals';

/**
 * The text around the page's headline (the first <h1>): its box, climbed a few levels until it
 * holds some text, read from a little before the headline to a little past it. Only the text
 * nodes near the headline are read: a box climbed to the whole page (an encyclopedia's content
 * area) would otherwise be copied whole, at every level.
 */
export function headlineWindow(doc: Document): string {
  const h1 = doc.getElementsByTagName('h1')[0];
  if (!h1) return '';
  let box: Element = h1;
  for (let i = 0; i < HEADLINE_DATE.levels && box.parentElement && !holdsText(box, HEADLINE_DATE.boxChars); i++) {
    box = box.parentElement;
  }
  const before = textBefore(box, h1, HEADLINE_DATE.before);
  // A window of fixed length: what the headline lacks before it, it reads further after it.
  const windowChars = HEADLINE_DATE.before + (h1.textContent ?? '').length + HEADLINE_DATE.after;
  return (before + textFrom(box, h1, windowChars - before.length)).replace(/\s+/g, ' ');
}

const textWalker = (box: Element) => box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);

/** Whether the element's text is at least `chars` long, reading only as far as needed. */
function holdsText(box: Element, chars: number): boolean {
  const walker = textWalker(box);
  let length = 0;
  while (length < chars && walker.nextNode()) length += walker.currentNode.nodeValue?.length ?? 0;
  return length >= chars;
}

/** The last `chars` characters of the box's text before `start`. */
function textBefore(box: Element, start: Element, chars: number): string {
  return collectText(box, start, chars, (walker) => walker.previousNode()).reverse().join('').slice(-chars);
}

/** The first `chars` characters of the box's text from `start` on (its own text included). */
function textFrom(box: Element, start: Element, chars: number): string {
  return collectText(box, start, chars, (walker) => walker.nextNode()).join('').slice(0, chars);
}

/**
 * Text nodes of the box from `start` on, in the direction `step` walks, until they hold `chars`
 * characters. Text the page does not show (a JSON-LD script beside the headline) is skipped, as
 * extraction skips it. Nodes of one line join as they stand ("March 1<sup>st</sup>, 2024"); nodes
 * of different lines (a headline and the dateline under it) are parted by a space, as a minified
 * page writes none.
 */
function collectText(box: Element, start: Element, chars: number, step: (walker: TreeWalker) => Node | null): string[] {
  const walker = textWalker(box);
  walker.currentNode = start;
  const parts: string[] = [];
  let length = 0;
  let line: Element | null = lineOf(start.firstChild ?? start);
  for (let node = step(walker); node && length < chars; node = step(walker)) {
    if (NOT_VISIBLE_TEXT.has(node.parentElement?.tagName.toUpperCase() ?? '')) continue;
    const nodeLine = lineOf(node);
    if (nodeLine !== line) parts.push(' ');
    line = nodeLine;
    const value = node.nodeValue ?? '';
    parts.push(value);
    length += value.length;
  }
  return parts;
}

/** Elements that sit inside a line of text; any other element starts a line of its own. */
const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);

/** The element whose line a node is on: its nearest ancestor that is not inline. */
function lineOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** How many dates the text prints (read as extraction reads a visible date, in any of its languages). */
export function printedDates(text: string): number {
  return writtenDates(text).length;
}

/** A date printed by the headline, on a page whose meta tags declare none (they would count it already). */
export function datelineEvidence(doc: Document, metaDated: boolean): Evidence[] {
  if (metaDated) return [];
  const dates = printedDates(headlineWindow(doc));
  if (dates === 0 || dates >= HEADLINE_DATE.listDates) return [];
  return [{ weight: HEADLINE_DATE.weight, reason: 'date by the headline' }];
}
