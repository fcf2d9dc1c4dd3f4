import { BROKEN_TEXT } from './rules';

/** Elements that end a chunk of text as a line break does: their own text is not part of the chunk. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'FORM', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR']);

/** The largest run of paragraphs written as text between line breaks in one element, and that element. */
export interface BrokenTextRun {
  run: number;
  box: Element | null;
}

/**
 * Paragraphs set apart by `<br>` rather than `<p>` (older blog engines, some news portals): the
 * element holding the most substantial chunks of text between its line breaks, and how many.
 * `weigh` turns a chunk's text into its counted length (dense scripts count more).
 */
export function brokenTextRun(doc: Document, weigh: (text: string) => number): BrokenTextRun {
  const breaks = doc.getElementsByTagName('br');
  const seen = new Set<Element>();
  const runs: { box: Element; run: number }[] = [];
  const kinds = new Map<string, number>();
  const budget = { nodes: BROKEN_TEXT.nodes };
  for (let i = 0; i < breaks.length && i < BROKEN_TEXT.breaks && seen.size < BROKEN_TEXT.boxes && budget.nodes > 0; i++) {
    const box = breaks[i].parentElement;
    if (!box || seen.has(box)) continue;
    seen.add(box);
    const run = substantialChunks(box, weigh, budget);
    if (!run) continue;
    runs.push({ box, run });
    const kind = kindOf(box);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  let best: BrokenTextRun = { run: 0, box: null };
  for (const candidate of runs) {
    // Boxes of one kind holding text again and again are posts or comments, not one article's body.
    if ((kinds.get(kindOf(candidate.box)) ?? 0) >= BROKEN_TEXT.repeatedKind) continue;
    if (candidate.run > best.run) best = candidate;
  }
  return best;
}

/** What a box is in its template: its tag and classes. */
const kindOf = (box: Element) => `${box.tagName}.${box.getAttribute('class') ?? ''}`;

/**
 * Chunks of the box's own text (between line breaks and child blocks) long enough to be paragraphs,
 * mostly not links. Each child node read spends one of `budget.nodes`, shared by every box.
 */
function substantialChunks(box: Element, weigh: (text: string) => number, budget: { nodes: number }): number {
  let count = 0;
  let text = '';
  let links = 0;
  const close = () => {
    const chunk = text.trim();
    if (weigh(chunk) >= BROKEN_TEXT.chunkChars && links <= chunk.length / 2) count++;
    text = '';
    links = 0;
  };
  for (let node = box.firstChild; node && budget.nodes-- > 0; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.tagName === 'BR' || BLOCK_TAGS.has(element.tagName)) close();
    else {
      const inner = element.textContent ?? '';
      text += inner;
      if (element.tagName === 'A') links += inner.length;
    }
  }
  close();
  return count;
}
