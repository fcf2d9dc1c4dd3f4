import { emptyCounts, type HiddenCounts, type WidgetKind } from './kinds';
import type { Signal } from './recognize';
import { COLLAPSE_AT_ONCE, KEEP_SPACE_ATTRIBUTE, type SpaceKeeper } from './keep-space';

/** Attribute on a hidden block (or a hidden item of a kept list); its value is the widget kind. */
export const HIDDEN_ATTRIBUTE = 'data-backstory-hidden';
/** Attribute on a list whose unrelated items are hidden but which stays, with its related items. */
export const TRIMMED_ATTRIBUTE = 'data-backstory-trimmed';
/** On <html>: show every hidden block again (the popup's "show hidden" button). */
export const SHOW_HIDDEN_ATTRIBUTE = 'data-backstory-show-hidden';
/** On <html>: the site is switched off (set by the content script). */
export const SITE_OFF_ATTRIBUTE = 'data-backstory-off';

const SHOWING_BACKSTORY = `html:not([${SITE_OFF_ATTRIBUTE}]):not([${SHOW_HIDDEN_ATTRIBUTE}])`;
/**
 * The rules that hide marked blocks (a block on screen when hidden keeps its space until it is off
 * screen, keep-space.ts); also in known-widgets.css, repeated here for pages without it.
 */
export const HIDE_RULE = [
  `${SHOWING_BACKSTORY} [${HIDDEN_ATTRIBUTE}]:not([${KEEP_SPACE_ATTRIBUTE}]) { display: none !important; }`,
  `${SHOWING_BACKSTORY} [${HIDDEN_ATTRIBUTE}][${KEEP_SPACE_ATTRIBUTE}] { visibility: hidden !important; }`,
].join('\n');
const STYLE_ID = 'backstory-declutter-style';

interface HiddenWidget {
  kind: WidgetKind;
  signals: Signal[];
  /** The elements carrying the attribute: the box itself, or the unrelated items of a trimmed list. */
  marked: Element[];
}

/** The blocks hidden on this page, by widget box; hides and restores by attribute only. */
export class HiddenWidgets {
  private readonly widgets = new Map<Element, HiddenWidget>();

  constructor(
    private readonly onChange?: (counts: HiddenCounts) => void,
    private readonly keeper: SpaceKeeper = COLLAPSE_AT_ONCE,
  ) {}

  hideWhole(box: Element, kind: WidgetKind, signals: Signal[]): void {
    this.keeper.hiding(box);
    box.setAttribute(HIDDEN_ATTRIBUTE, kind);
    this.widgets.set(box, { kind, signals, marked: [box] });
    this.changed();
  }

  hideItems(box: Element, kind: WidgetKind, signals: Signal[], items: Element[]): void {
    box.setAttribute(TRIMMED_ATTRIBUTE, kind);
    for (const item of items) this.keeper.hiding(item);
    for (const item of items) item.setAttribute(HIDDEN_ATTRIBUTE, kind);
    this.widgets.set(box, { kind, signals, marked: items });
    this.changed();
  }

  /** Shows again every widget for which `mustShow(box, signals)` is true; returns how many. */
  restoreWhere(mustShow: (box: Element, marked: Element[], signals: Signal[]) => boolean): number {
    let restored = 0;
    for (const [box, widget] of this.widgets) {
      if (!mustShow(box, widget.marked, widget.signals)) continue;
      for (const el of widget.marked) {
        el.removeAttribute(HIDDEN_ATTRIBUTE);
        this.keeper.showing(el);
      }
      box.removeAttribute(TRIMMED_ATTRIBUTE);
      this.widgets.delete(box);
      restored++;
    }
    if (restored > 0) this.changed();
    return restored;
  }

  counts(): HiddenCounts {
    const counts = emptyCounts();
    for (const widget of this.widgets.values()) counts[widget.kind]++;
    return counts;
  }

  /** Lists that stay on the page with only their items about the story (counted in `counts` too). */
  trimmed(): number {
    let lists = 0;
    for (const [box, widget] of this.widgets) if (widget.marked[0] !== box) lists++;
    return lists;
  }

  private changed(): void {
    this.onChange?.(this.counts());
  }
}

/** Makes sure the hiding rule exists even when the manifest CSS was not injected (tests, dev pages). */
export function ensureHideRule(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIDE_RULE;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function isMarkedHidden(el: Element): boolean {
  return el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;
}
