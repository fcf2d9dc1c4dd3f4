/**
 * Finds the parts of the page that are the article, cheaply (a few hundred elements read):
 * the element holding the body paragraphs, the headline and the byline. The declutter pass never
 * hides anything that contains them.
 */
export interface ArticleParts {
  root: Element | null;
  headline: Element | null;
  byline: Element | null;
}

const BODY_SELECTORS = ['[itemprop~="articleBody"]', '[data-component="text-block"]'];
const MIN_PARAGRAPH_CHARS = 80;
const MAX_PARAGRAPHS_READ = 600;
const DOCUMENT_POSITION_FOLLOWING = 4;

export function findArticleParts(doc: Document, articleRoot?: Element | null): ArticleParts {
  const root = articleRoot ?? findArticleRoot(doc);
  return { root, headline: findHeadline(doc, root), byline: findByline(doc, root) };
}

export function findArticleRoot(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').length > 400) return el;
  }
  return densestParagraphParent(doc);
}

/** The element whose direct paragraphs (and, at half weight, grand-children paragraphs) hold the most text. */
function densestParagraphParent(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const paragraphs = doc.body?.querySelectorAll('p') ?? [];
  const count = Math.min(paragraphs.length, MAX_PARAGRAPHS_READ);
  for (let i = 0; i < count; i++) {
    const p = paragraphs[i]!;
    const length = (p.textContent ?? '').trim().length;
    // Teaser summaries sit in list items or links; article prose does not.
    if (length < MIN_PARAGRAPH_CHARS || p.closest('li, a') !== null) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand && grand !== doc.body) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

function findHeadline(doc: Document, root: Element | null): Element | null {
  const inside = root?.querySelector('h1');
  if (inside) return inside;
  const all = Array.from(doc.querySelectorAll('h1'));
  if (!root || all.length <= 1) return all[0] ?? null;
  // The h1 nearest before the body.
  const before = all.filter((h1) => h1.compareDocumentPosition(root) & DOCUMENT_POSITION_FOLLOWING);
  return before.at(-1) ?? all[0] ?? null;
}

function findByline(doc: Document, root: Element | null): Element | null {
  const scope = root?.parentElement ?? doc;
  return scope.querySelector('[rel="author"], [itemprop~="author"], .byline, [class*="byline"]');
}
