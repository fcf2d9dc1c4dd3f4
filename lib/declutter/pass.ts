import type { ArticleGuard } from './guard';
import { HIDDEN_ATTRIBUTE, TRIMMED_ATTRIBUTE, type HiddenWidgets } from './hidden';
import { teaserItems } from './box';
import { labelledCandidate, shouldHide, type Candidate, type Signal } from './recognize';
import { isAboutStory } from './story-terms';

/** Elements read per step; a step is the unit the slice runner times. */
const ELEMENTS_PER_STEP = 40;
/** Hard cap of elements read on one page (initial pass and late widgets together). */
export const MAX_ELEMENTS_PER_PAGE = 60_000;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'IFRAME', 'VIDEO', 'PICTURE', 'IMG']);
/** Kinds whose items are never "about the story" (ads, sign-up boxes): always hidden whole. */
const WHOLE_ONLY = new Set(['sponsored', 'newsletter']);

export interface PassOptions {
  guard: ArticleGuard;
  hidden: HiddenWidgets;
  storyTerms: () => ReadonlySet<string>;
  hideWholeLists: boolean;
}

/** Walks queued subtrees element by element, hiding the widgets it recognises. */
export class DeclutterPass {
  private readonly queue: Element[] = [];
  private walker: TreeWalker | null = null;
  private read = 0;
  /** The last widget handled: the walk skips what is inside it. */
  private done: Element | null = null;

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
      this.examine(el);
    }
    return true;
  }

  private nextElement(): Element | null {
    for (;;) {
      const next = this.walker?.nextNode() as Element | null | undefined;
      if (next && this.done?.contains(next)) continue;
      if (next) return next;
      const root = this.queue.shift();
      if (!root) return null;
      if (!root.isConnected || root.closest(`[${HIDDEN_ATTRIBUTE}]`)) continue;
      this.walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */, {
        acceptNode: (node) => (SKIPPED_TAGS.has((node as Element).tagName) || (node as Element).hasAttribute(HIDDEN_ATTRIBUTE) ? 2 : 1),
      });
      this.examine(root);
    }
  }

  private examine(el: Element): void {
    const candidate = labelledCandidate(el, this.options.guard);
    if (!candidate || isHandled(candidate.box)) return;
    const verdict = shouldHide(candidate, this.options.guard);
    if (!verdict.hide) return;
    this.hide(candidate, verdict.signals);
    this.done = candidate.box;
  }

  private hide(candidate: Candidate, signals: Signal[]): void {
    const { box, kind } = candidate;
    const terms = this.options.storyTerms();
    if (this.options.hideWholeLists || WHOLE_ONLY.has(kind) || terms.size === 0) {
      this.options.hidden.hideWhole(box, kind, signals);
      return;
    }
    const items = teaserItems(box);
    const unrelated = items.filter((item) => !isAboutStory(item.textContent ?? '', terms));
    if (unrelated.length === items.length) this.options.hidden.hideWhole(box, kind, signals);
    else if (unrelated.length > 0) this.options.hidden.hideItems(box, kind, signals, unrelated);
  }
}

function isHandled(box: Element): boolean {
  return box.hasAttribute(TRIMMED_ATTRIBUTE) || box.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;
}
