import { normalizeText } from './text';

/** Characters of a paragraph's start used to find it on the page. */
const KEY_CHARS = 80;
const MIN_PARAGRAPH_CHARS = 20;
const TEXT_BLOCKS = 'p, li, blockquote, pre, figcaption, h2, h3, h4, h5, h6, td, dd, div';

/**
 * The page elements holding the extracted article paragraphs: blocks whose text starts like one
 * of them (divs only when they hold text directly, so a wrapper is not taken for a paragraph).
 */
export function findParagraphElements(doc: Document, paragraphTexts: string[]): Element[] {
  const keys = new Set(
    paragraphTexts.map((text) => paragraphKey(text)).filter((key) => key.length >= MIN_PARAGRAPH_CHARS),
  );
  if (keys.size === 0 || !doc.body) return [];
  const found: Element[] = [];
  for (const el of Array.from(doc.body.querySelectorAll(TEXT_BLOCKS))) {
    if (el.tagName === 'DIV' && !holdsTextDirectly(el)) continue;
    if (keys.has(paragraphKey(el.textContent ?? ''))) found.push(el);
  }
  return found;
}

function paragraphKey(text: string): string {
  return normalizeText(text.slice(0, KEY_CHARS * 2)).slice(0, KEY_CHARS);
}

function holdsTextDirectly(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim().length >= MIN_PARAGRAPH_CHARS) return true;
  }
  return false;
}
