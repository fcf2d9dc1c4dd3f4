/**
 * Declutter: hides unrelated recommendation widgets on an article page, generically.
 *
 * - Well-known third-party containers are hidden from document_start by known-widgets.css.
 * - `startDeclutter` then walks the page in idle-time slices (see scheduler.ts), recognising
 *   widgets by several signals together (recognize.ts: vendor names, headings in several
 *   languages, class/id names, link density, teaser lists), never hiding anything that holds the
 *   article (guard.ts). Lists with items about the story keep those items (story-terms.ts).
 * - Hidden blocks carry `data-backstory-hidden="<kind>"` and are hidden by CSS, so `showHidden()`
 *   (an attribute on <html>) restores them all; nothing is removed. A block on screen when hidden
 *   keeps its space until it is off screen, so the page does not jump (keep-space.ts).
 * - A throttled MutationObserver (observer.ts) catches widgets added later.
 *
 * Widget kinds (`WidgetKind`): recommended, news-feed, most-read, trending, editors-picks,
 * sponsored, newsletter, more-news, other — described in kinds.ts.
 */
import { findArticleParts } from './article-root';
import { ArticleGuard, countsAsArticle } from './guard';
import { HiddenWidgets, SHOW_HIDDEN_ATTRIBUTE, ensureHideRule } from './hidden';
import { spaceKeeper } from './keep-space';
import type { HiddenCounts } from './kinds';
import { watchLateWidgets } from './observer';
import { DeclutterPass } from './pass';
import { findParagraphElements } from './protect';
import { sliceRunner } from './scheduler';
import { storyTermsFrom, termKeys } from './story-terms';

export type { HiddenCounts, WidgetKind } from './kinds';
export { WIDGET_KINDS, emptyCounts } from './kinds';
export { storyTermsFrom } from './story-terms';
export { HIDDEN_ATTRIBUTE, SHOW_HIDDEN_ATTRIBUTE, SITE_OFF_ATTRIBUTE, TRIMMED_ATTRIBUTE } from './hidden';

export interface DeclutterOptions {
  doc: Document;
  /** The element holding the article body; found on the page when omitted. */
  articleRoot?: Element | null;
  /** Key terms of the story; computed with `storyTermsFrom` when omitted. */
  storyTerms?: string[];
  /** Hide whole lists, even their items about the story. */
  hideWholeLists?: boolean;
  /** A block on screen keeps its space until scrolled away (keep-space.ts); true unless told. */
  keepSpace?: boolean;
  onChange?: (counts: HiddenCounts) => void;
}

export interface DeclutterController {
  /** Widgets hidden (wholly or trimmed to their related items), by kind. */
  counts(): HiddenCounts;
  /** How many of those widgets are lists trimmed to their items about the story. */
  trimmed(): number;
  /** Shows every hidden widget again on this page. */
  showHidden(): void;
  hideAgain(): void;
  setStoryTerms(terms: string[]): void;
  /** The extracted article's paragraphs: what holds or is inside them is shown and never hidden again. */
  protect(paragraphTexts: string[]): void;
  /** Stops watching the page (hidden widgets stay hidden). */
  stop(): void;
}

/** What the pass needs to know about the page; worked out in the first idle slice, not at start. */
interface PageModel {
  guard: ArticleGuard;
  pass: DeclutterPass;
}

export function startDeclutter(options: DeclutterOptions): DeclutterController {
  const { doc } = options;
  ensureHideRule(doc);
  const win = options.keepSpace === false ? null : (doc.defaultView as (Window & typeof globalThis) | null);
  const hidden = new HiddenWidgets(options.onChange, spaceKeeper(win));
  let terms: ReadonlySet<string> | null = options.storyTerms ? termKeys(options.storyTerms) : null;
  let model: PageModel | null = null;
  const pending: Element[] = doc.body ? [doc.body] : [];

  const page = (): PageModel => {
    if (model) return model;
    const parts = findArticleParts(doc, options.articleRoot);
    terms ??= termKeys(storyTermsFrom(doc, parts.root));
    const guard = new ArticleGuard(parts);
    const pass = new DeclutterPass({ guard, hidden, storyTerms: () => terms ?? new Set(), hideWholeLists: options.hideWholeLists === true });
    model = { guard, pass };
    return model;
  };
  const step = (): boolean => {
    if (!model) return page() !== null; // the first step only reads the page
    while (pending.length > 0) model.pass.enqueue(pending.shift()!);
    return model.pass.step();
  };
  const runner = sliceRunner(doc.defaultView as Window & typeof globalThis, step);
  runner.wake();
  const stopWatching = watchLateWidgets(doc, (roots) => {
    pending.push(...roots);
    runner.wake();
  });

  return {
    counts: () => hidden.counts(),
    trimmed: () => hidden.trimmed(),
    showHidden: () => doc.documentElement.setAttribute(SHOW_HIDDEN_ATTRIBUTE, ''),
    hideAgain: () => doc.documentElement.removeAttribute(SHOW_HIDDEN_ATTRIBUTE),
    setStoryTerms: (next) => {
      terms = termKeys(next);
    },
    protect: (paragraphTexts) => {
      const paragraphs = findParagraphElements(doc, paragraphTexts);
      const { guard } = page();
      guard.protect(paragraphs);
      hidden.restoreWhere((box, marked, signals) => {
        if (signals.includes('link-box')) return false; // a link box is never article text
        const vendor = signals.includes('vendor');
        const overlaps = paragraphs.some((p) => countsAsArticle(p, vendor) && marked.some((el) => el.contains(p) || p.contains(el)));
        return overlaps || guard.containsArticle(box, { vendor });
      });
    },
    stop: () => {
      runner.cancel();
      stopWatching();
    },
  };
}
