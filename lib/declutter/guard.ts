import type { ArticleParts } from './article-root';

/**
 * What must never be hidden: the article body, headline and byline, and the paragraphs the
 * background extracted (`protect`). A block is safe to hide only if it contains none of them.
 */
export class ArticleGuard {
  private readonly keep: Element[];
  private readonly paragraphs: Element[] = [];

  constructor(readonly parts: ArticleParts) {
    this.keep = [parts.root, parts.headline, parts.byline].filter((el): el is Element => el !== null);
  }

  protect(elements: Iterable<Element>): void {
    for (const el of elements) {
      el.setAttribute(PROTECTED_ATTRIBUTE, '');
      this.paragraphs.push(el);
    }
  }

  /**
   * True when hiding `el` would hide some of the article. In a vendor's container only extracted
   * prose counts: the short lines an extractor keeps there ("Powered by …") are the vendor's.
   */
  containsArticle(el: Element, { vendor = false } = {}): boolean {
    const doc = el.ownerDocument;
    if (el === doc.documentElement || el === doc.body) return true;
    if (this.keep.some((kept) => el.contains(kept))) return true;
    return this.paragraphs.some((p) => el.contains(p) && countsAsArticle(p, vendor));
  }

  insideArticleBody(el: Element): boolean {
    return this.parts.root?.contains(el) ?? false;
  }

  insideProtected(el: Element): boolean {
    return el.closest(`[${PROTECTED_ATTRIBUTE}]`) !== null;
  }
}

export const PROTECTED_ATTRIBUTE = 'data-backstory-protected';

/** An extracted paragraph this long is article prose wherever it sits. */
const PROSE_CHARS = 150;

/** Whether an extracted paragraph keeps its box on the page (inside a vendor's container, only prose does). */
export const countsAsArticle = (paragraph: Element, inVendorBox: boolean) =>
  !inVendorBox || (paragraph.textContent ?? '').length >= PROSE_CHARS;
