import { linkTextLength } from './walk';
/**
 * Articles built from repeated page-builder widgets (one widget per section, each wrapped in its own
 * rows and columns) defeat Readability's sibling step: it keeps the best widget and one level of
 * siblings, and the other sections are lost. Before Readability runs we note every box of prose;
 * after, when the boxes it kept share an ancestor with more boxes of their kind, those join the body.
 */

/** Direct children that make a box a box of prose. */
const PROSE_CHILDREN = new Set(['P', 'H2', 'H3', 'H4', 'UL', 'OL', 'BLOCKQUOTE']);
/** A box counts with this many characters of prose in its direct children. */
const MIN_BOX_CHARS = 80;
/** A box joins the body only as a real section: this much prose, in more than one paragraph or one long one. */
const MIN_SECTION_CHARS = 200;
const MIN_LONE_PARAGRAPH_CHARS = 300;
/** A box whose prose is mostly link text is a list of links, not a section. */
const MAX_LINK_SHARE = 0.3;
/** How many ancestors holding more prose boxes we try above the kept boxes' common one. */
const MAX_LEVELS_UP = 3;
/** Added sections must be at least this share of what Readability kept (else nothing is missing). */
const MIN_GAIN = 0.3;
/**
 * ...and at most this multiple of it (more is a different page region: a feed, an archive). High
 * because a listicle's twenty entries are twenty boxes of one kind while Readability keeps one.
 */
const MAX_GAIN = 20;
/** Boxes under these words are never sections of the article. */
const NOT_SECTION = /comment|reply|footer|sidebar|related|recommend|newsletter|teaser/i;

export const BOX_ATTRIBUTE = 'data-backstory-box';

interface ProseBox {
  /** Its ancestors, the document element first (captured before Readability changes the tree). */
  ancestors: Element[];
  paragraphs: string[];
  chars: number;
  /** A heading of it is a link: a teaser of another page, not a section of this one. */
  linkedHeading: boolean;
  /** Tag and class: the sections of one article are boxes of one kind (the same widget repeated). */
  kind: string;
}

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The characters of a list of paragraphs. */
export const charsOf = (paragraphs: string[]) => paragraphs.reduce((sum, p) => sum + p.length, 0);

/** Hidden by the page (Readability drops such boxes too). */
const isHidden = (element: Element) =>
  element.hasAttribute('hidden') || /display:\s*none|visibility:\s*hidden/i.test(element.getAttribute('style') ?? '');

function ancestorsOf(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) chain.unshift(node);
  return chain;
}

function isSection(box: ProseBox, chainFromAncestor: Element[]): boolean {
  if (box.linkedHeading || box.chars < MIN_SECTION_CHARS || box.ancestors.some(isHidden)) return false;
  if (box.paragraphs.length === 1 && box.chars < MIN_LONE_PARAGRAPH_CHARS) return false;
  return !namedNotSection(chainFromAncestor);
}

const namedNotSection = (chain: Element[]) => chain.some((element) => NOT_SECTION.test(`${element.getAttribute('class') ?? ''} ${element.id}`));

const HEADING = /^H[2-4]$/;

/** The box's prose: its direct prose children, as paragraphs (list items one by one). */
function proseOf(element: Element): { paragraphs: string[]; links: number } {
  const paragraphs: string[] = [];
  let links = 0;
  for (const child of Array.from(element.children)) {
    if (!PROSE_CHILDREN.has(child.tagName)) continue;
    const items = child.tagName === 'UL' || child.tagName === 'OL' ? Array.from(child.children) : [child];
    for (const item of items) {
      const text = clean(item.textContent);
      if (text) paragraphs.push(text);
      links += linkTextLength(item, (link) => clean(link).length);
    }
  }
  return { paragraphs, links };
}

/** Tags whose parent may be a box of prose. */
export const PROSE_TAGS = new Set(['P', 'H2', 'H3', 'H4']);

/**
 * Notes every box of prose (numbered in document order, the number set on the element), given the
 * page's paragraphs and headings in document order (PROSE_TAGS; ones no longer in the page are skipped).
 */
export function markProseBoxes(proseElements: Element[]): ProseBox[] {
  const boxes: ProseBox[] = [];
  const seen = new Set<Element>();
  for (const element of proseElements) {
    const parent = element.parentElement;
    if (!parent || seen.has(parent) || !element.isConnected) continue;
    seen.add(parent);
    const { paragraphs, links } = proseOf(parent);
    const chars = charsOf(paragraphs);
    if (chars < MIN_BOX_CHARS || links / chars > MAX_LINK_SHARE) continue;
    parent.setAttribute(BOX_ATTRIBUTE, String(boxes.length));
    const linkedHeading = Array.from(parent.children).some((child) => HEADING.test(child.tagName) && child.querySelector('a') !== null);
    const kind = `${parent.tagName}.${parent.getAttribute('class') ?? ''}`;
    boxes.push({ ancestors: ancestorsOf(parent), paragraphs, chars, linkedHeading, kind });
  }
  return boxes;
}

function commonAncestorDepth(chains: Element[][]): number {
  let depth = 0;
  while (chains.every((chain) => chain[depth] !== undefined && chain[depth] === chains[0][depth])) depth++;
  return depth - 1;
}

/**
 * Readability's paragraphs with the sections it missed: the prose boxes under the nearest ancestor
 * of the kept boxes that adds a meaningful share (of the first MAX_LEVELS_UP ancestors above their
 * common one that hold more boxes), in page order.
 */
export function withMissedSections(paragraphs: string[], content: Element, boxes: ProseBox[]): string[] {
  const kept = new Set(Array.from(content.querySelectorAll(`[${BOX_ATTRIBUTE}]`), (e) => Number(e.getAttribute(BOX_ATTRIBUTE))));
  if (kept.size === 0) return paragraphs;
  const keptChars = charsOf(paragraphs);
  const keptKinds = new Set([...kept].map((i) => boxes[i].kind));
  const depth = commonAncestorDepth([...kept].map((i) => boxes[i].ancestors));
  const first = Math.min(...kept);
  const chain = boxes[first].ancestors;
  let grown = 0;
  let seen = kept.size;
  for (let level = 1; grown < MAX_LEVELS_UP && depth - level >= 2; level++) {
    const ancestor = chain[depth - level];
    const under = boxes.map((box, i) => ({ box, i })).filter(({ box }) => box.ancestors[depth - level] === ancestor);
    // Wrappers holding nothing new (a row around a column around a widget) are free to climb.
    if (under.length === seen) continue;
    seen = under.length;
    grown++;
    const added = under.filter(({ i, box }) => !kept.has(i) && keptKinds.has(box.kind) && isSection(box, box.ancestors.slice(depth - level)));
    const gain = added.reduce((sum, { box }) => sum + box.chars, 0);
    if (gain > MAX_GAIN * keptChars) return paragraphs;
    if (gain < MIN_GAIN * keptChars) continue;
    // Readability may have kept a box's paragraphs without the box (split or merged differently).
    const keptText = paragraphs.join(' ');
    const prose = (list: typeof added) => list.flatMap(({ box }) => box.paragraphs).filter((p) => !keptText.includes(p.slice(0, 60)));
    const before = prose(added.filter(({ i }) => i < first));
    const after = prose(added.filter(({ i }) => i > first));
    return [...before, ...paragraphs, ...after];
  }
  return paragraphs;
}

/** The region that must hold this share of the page's section prose, for proseRegion. */
const REGION_SHARE = 0.7;

/**
 * The page's prose read from its boxes alone, for when Readability kept something else: the
 * section boxes (in page order) under the deepest element that holds REGION_SHARE of them all.
 */
export function proseRegion(boxes: ProseBox[]): string[] {
  const candidates = boxes.filter((box) => !box.linkedHeading && !box.ancestors.some(isHidden));
  const total = candidates.reduce((sum, box) => sum + box.chars, 0);
  const held = new Map<Element, { chars: number; depth: number }>();
  for (const box of candidates) {
    box.ancestors.forEach((ancestor, depth) => {
      let entry = held.get(ancestor);
      if (!entry) held.set(ancestor, (entry = { chars: 0, depth }));
      entry.chars += box.chars;
    });
  }
  // Elements holding over half the prose nest in one another: the deepest of them is the region.
  let region: Element | undefined;
  let regionDepth = -1;
  for (const [element, { chars, depth }] of held) if (chars >= REGION_SHARE * total && depth > regionDepth) [region, regionDepth] = [element, depth];
  if (!region) return [];
  return candidates
    .filter((box) => box.ancestors[regionDepth] === region && !namedNotSection(box.ancestors.slice(regionDepth + 1)))
    .flatMap((box) => box.paragraphs);
}
