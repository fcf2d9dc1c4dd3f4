// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { KEEP_SPACE_ATTRIBUTE, spaceKeeper } from '@/lib/declutter/keep-space';

/** jsdom lays nothing out: the observer's reports are driven by hand. */
function page() {
  const observed = new Set<Element>();
  type Entry = { target: Element; boundingClientRect: { top: number; bottom: number; left: number; right: number; height: number }; rootBounds: { width: number; height: number } };
  let report: (entries: Entry[]) => void = () => undefined;
  class FakeObserver {
    constructor(callback: typeof report) {
      report = callback;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
  }
  const keeper = spaceKeeper(Object.assign(Object.create(window), { IntersectionObserver: FakeObserver }));
  /** The observer's report: the widget's box at `top` (200 px tall) in a 1280 × 900 window. */
  const seen = (el: Element, top: number) =>
    report([{ target: el, boundingClientRect: { top, bottom: top + 200, left: 0, right: 300, height: 200 }, rootBounds: { width: 1280, height: 900 } }]);
  return { keeper, observed, seen };
}

describe('spaceKeeper', () => {
  it('keeps the space of a widget hidden on screen until it is off screen', () => {
    const { keeper, observed, seen } = page();
    const widget = document.createElement('aside');
    keeper.hiding(widget);
    seen(widget, 100); // the first report: on screen
    expect(widget.hasAttribute(KEEP_SPACE_ATTRIBUTE)).toBe(true);
    seen(widget, -400); // scrolled away
    expect(widget.hasAttribute(KEEP_SPACE_ATTRIBUTE)).toBe(false);
    expect(observed.has(widget)).toBe(false);
  });

  it('lets a widget off screen collapse at the first report, and forgets one shown again', () => {
    const { keeper, observed, seen } = page();
    const offScreen = document.createElement('aside');
    keeper.hiding(offScreen);
    seen(offScreen, 950);
    expect(offScreen.hasAttribute(KEEP_SPACE_ATTRIBUTE)).toBe(false);
    const shownAgain = document.createElement('aside');
    keeper.hiding(shownAgain);
    keeper.showing(shownAgain);
    expect([shownAgain.hasAttribute(KEEP_SPACE_ATTRIBUTE), observed.has(shownAgain)]).toEqual([false, false]);
  });

  it('collapses at once where the browser cannot watch visibility', () => {
    const keeper = spaceKeeper(Object.assign(Object.create(window), { IntersectionObserver: undefined }));
    const el = document.createElement('aside');
    keeper.hiding(el);
    expect(el.hasAttribute(KEEP_SPACE_ATTRIBUTE)).toBe(false);
  });
});
