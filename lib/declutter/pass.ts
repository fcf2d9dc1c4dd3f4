import type { ArticleGuard } from './guard';
import type { WidgetKind } from './kinds';
import { HIDDEN_ATTRIBUTE, TRIMMED_ATTRIBUTE, type HiddenWidgets } from './hidden';
import { teaserItems } from './box';
import { innerHeadingKinds, labelledCandidate, shouldHide, vendorTitleKind, type Candidate, type Signal } from './recognize';
import { isAboutStory } from './story-terms';

/** Elements read per step; a step is the unit the slice runner times. */
const ELEMENTS_PER_STEP = 4;
/** Hard cap of elements read on one page (initial pass and late widgets together). */
export const MAX_ELEMENTS_PER_PAGE = 60_000;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'IFRAME', 'VIDEO', 'PICTURE', 'IMG']);
/** Blocks of running text: nothing inside them labels a widget, so the walk skips their insides. */
const PROSE_TAGS = new Set(['P', 'H1', 'BLOCKQUOTE', 'TABLE', 'PRE']);
/**
 * Kinds hidden whole, never trimmed to their items about the story: ads and sign-up boxes, and the
 * lists a site fills by time or popularity (latest-news feeds, most read, trending) or with
 * readers' comments. An item of those about the story is there by the news cycle's coincidence,
 * not because the list is about the story; only lists the site curates as related are trimmed.
 */
const WHOLE_ONLY = new Set<WidgetKind>(['sponsored', 'newsletter', 'news-feed', 'most-read', 'trending', 'comments']);

export interface PassOptions {
  guard: ArticleGuard;
  hidden: HiddenWidgets;
  storyTerms: () => ReadonlySet<string>;
  hideWholeLists: boolean;
}

/** Walks queued subtrees element by element, hiding the widgets it recognises. */
export class DeclutterPass {
  private readonly queue: Element[] = [];
  /** The walk: the subtree being read and the next element in it (document order). */
  private root: Element | null = null;
  private next: Element | null = null;
  private read = 0;

  constructor(private readonly options: PassOptions) {}

  enqueue(root: Element): void {
    this.queue.push(root);
  }

  get elementsRead(): number {
    return this.read;
  }

  /** One small unit of work; false when the queue is empty or the page cap is reached. */
  step(): boolean {
    for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
      if (this.read >= MAX_ELEMENTS_PER_PAGE) return false;
      const el = this.nextElement();
      if (!el) return false;
      this.read++;
      const handled = this.examine(el);
      const root = this.root!;
      if (!handled || !handled.contains(el)) this.next = descend(el, root);
      else this.next = handled.contains(root) ? null : after(handled, root);
    }
    return true;
  }

  private nextElement(): Element | null {
    while (!this.next) {
      const root = this.queue.shift();
      if (!root) return null;
      if (!root.isConnected || root.closest(`[${HIDDEN_ATTRIBUTE}]`)) continue;
      this.root = root;
      this.next = root;
    }
    return this.next;
  }

  /** Hides the widget `el` labels, if any; returns the widget box handled (its subtree is skipped). */
  private examine(el: Element): Element | null {
    if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute(HIDDEN_ATTRIBUTE)) return el;
    if (isSiteNavigation(el)) return el; // no widget inside site navigation: skip it whole
    const candidate = labelledCandidate(el, this.options.guard);
    if (!candidate) return PROSE_TAGS.has(el.tagName) ? el : null;
    if (isHandled(candidate.box)) return candidate.box;
    const verdict = shouldHide(candidate, this.options.guard);
    if (!verdict.hide) return null;
    this.hide(candidate, verdict.signals);
    return candidate.box;
  }

  private hide(candidate: Candidate, signals: Signal[]): void {
    const { box, kind } = candidate;
    const terms = this.options.storyTerms();
    if (this.options.hideWholeLists || terms.size === 0 || isWholeOnly(candidate)) {
      this.options.hidden.hideWhole(box, kind, signals);
      return;
    }
    const items = teaserItems(box);
    const unrelated = items.filter((item) => !isAboutStory(item.textContent ?? '', terms));
    if (unrelated.length === items.length) this.options.hidden.hideWhole(box, kind, signals);
    else if (unrelated.length > 0) this.options.hidden.hideItems(box, kind, signals, unrelated);
  }
}

/**
 * Hidden whole by kind: the label's kind, or (for a box known by its name only) a kind its own
 * headings name. A vendor's container goes whole unless its title calls it recommendations.
 */
function isWholeOnly(candidate: Candidate): boolean {
  if (candidate.signals.includes('vendor')) return vendorTitleKind(candidate.box) !== 'recommended';
  if (WHOLE_ONLY.has(candidate.kind)) return true;
  if (candidate.signals.includes('heading')) return false;
  return innerHeadingKinds(candidate.box).some((kind) => WHOLE_ONLY.has(kind));
}

function isSiteNavigation(el: Element): boolean {
  return el.tagName === 'NAV' || el.getAttribute('role') === 'navigation';
}

function isHandled(box: Element): boolean {
  return box.hasAttribute(TRIMMED_ATTRIBUTE) || box.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;
}

/** The next element in document order inside `root`, children first. */
function descend(el: Element, root: Element): Element | null {
  return el.firstElementChild ?? after(el, root);
}

/** The next element in document order inside `root` that is not inside `el`. */
function after(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}
