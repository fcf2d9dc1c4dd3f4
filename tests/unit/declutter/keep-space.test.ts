// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { KEEP_SPACE_ATTRIBUTE, spaceKeeper } from '@/lib/declutter/keep-space';

/** jsdom lays nothing out: each element says where it is, and the observer is driven by hand. */
function page() {
  const observed = new Set<Element>();
  let report: (entries: { target: Element; isIntersecting: boolean }[]) => void = () => undefined;
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
  const win = Object.assign(Object.create(window), { IntersectionObserver: FakeObserver, innerWidth: 1280, innerHeight: 900 });
  const at = (top: number, height = 200) => {
    const el = document.createElement('aside');
    el.getBoundingClientRect = () => ({ top, bottom: top + height, left: 0, right: 300, height, width: 300, x: 0, y: top, toJSON: () => ({}) });
    return el;
  };
  return { keeper: spaceKeeper(win), at, observed, scrolledAway: (el: Element) => report([{ target: el, isIntersecting: false }]) };
}

describe('spaceKeeper', () => {
  it('keeps the space of a widget hidden on screen until it is off screen', () => {
    const { keeper, at, observed, scrolledAway } = page();
    const onScreen = at(100);
    keeper.hiding(onScreen);
    expect(onScreen.hasAttribute(KEEP_SPACE_ATTRIBUTE)).toBe(true);
    scrolledAway(onScreen);
    expect(onScreen.hasAttribute(KEEP_SPACE_ATTRIBUTE)).toBe(false);
    expect(observed.has(onScreen)).toBe(false);
  });

  it('lets a widget off screen collapse at once, and forgets one shown again', () => {
    const { keeper, at, observed } = page();
    for (const top of [950, -400]) {
      const offScreen = at(top);
      keeper.hiding(offScreen);
      expect(offScreen.hasAttribute(KEEP_SPACE_ATTRIBUTE)).toBe(false);
    }
    const shownAgain = at(0);
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
