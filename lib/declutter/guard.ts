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

  /** True when hiding `el` would hide some of the article. */
  containsArticle(el: Element): boolean {
    const doc = el.ownerDocument;
    if (el === doc.documentElement || el === doc.body) return true;
    if (this.keep.some((kept) => el.contains(kept))) return true;
    return this.paragraphs.some((p) => el.contains(p));
  }

  insideArticleBody(el: Element): boolean {
    return this.parts.root?.contains(el) ?? false;
  }

  insideProtected(el: Element): boolean {
    return el.closest(`[${PROTECTED_ATTRIBUTE}]`) !== null;
  }
}

export const PROTECTED_ATTRIBUTE = 'data-backstory-protected';
