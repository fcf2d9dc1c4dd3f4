// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { RelatedCoverage } from '@/components/RelatedCoverage';
import { Timeline } from '@/components/Timeline';
import type { RelatedCoverage as Coverage, RelatedEntry } from '@/lib/related';
import { layoutTimeline } from '@/lib/related/timeline';

function entry(url: string, outlet: string, published: string, extra: Partial<RelatedEntry> = {}): RelatedEntry {
  return { url, title: `Story at ${outlet}`, outlet, published, score: 0.5, reason: 'Xi Jinping, Vladimir Putin; same day', sharedNames: ['Xi Jinping'], copies: [], ...extra };
}

const current = { url: 'https://kyiv.example/xi', outlet: 'The Kyiv Independent', published: '2022-12-30' };
const coverage: Coverage = {
  sameStory: [
    entry('https://guardian.example/putin-xi', 'The Guardian', '2022-12-30', {
      copies: [{ url: 'https://forum.example/t/1', outlet: 'Forum', title: 'Putin invites Xi' }],
    }),
  ],
  background: [entry('https://ap.example/visit', 'AP', '2022-02-03', { reason: 'Vladimir Putin, Beijing; 330 days apart' })],
};

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('RelatedCoverage', () => {
  it('lists same-story coverage before background, with outlet, reason and link', () => {
    const root = mount(<RelatedCoverage coverage={coverage} current={current} />);
    const groups = [...root.querySelectorAll('.related-group')].map((g) => g.getAttribute('data-testid'));
    expect(groups).toEqual(['same-story', 'background']);
    const first = root.querySelector('[data-testid=related-entry]')!;
    expect(first.querySelector('[data-testid=related-outlet]')?.textContent).toBe('The Guardian');
    expect(first.querySelector('[data-testid=related-reason]')?.textContent).toContain('Xi Jinping');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://guardian.example/putin-xi');
  });

  it("sets a title in its article's language", () => {
    const german = { sameStory: [entry('https://tagesbote.example/xi', 'Der Tagesbote', '2022-12-30', { title: 'Xi und Putin wollen ihre Beziehungen vertiefen', lang: 'de' })], background: [] };
    const root = mount(<RelatedCoverage coverage={german} current={current} />);
    expect(root.querySelector('[data-testid=related-link]')?.getAttribute('lang')).toBe('de');
  });

  it('puts collapsed copies in an expandable list naming each outlet', () => {
    const root = mount(<RelatedCoverage coverage={coverage} current={current} />);
    const copies = root.querySelector('[data-testid=related-copies]')!;
    expect(copies.tagName).toBe('DETAILS');
    expect(copies.querySelector('summary')?.textContent).toContain('1 more outlet');
    expect(copies.querySelector('a')?.textContent).toBe('Forum');
  });

  it('omits an empty group', () => {
    const root = mount(<RelatedCoverage coverage={{ ...coverage, background: [] }} current={current} />);
    expect(root.querySelector('[data-testid=background]')).toBeNull();
  });
});

describe('Timeline', () => {
  it('draws one dot per dated article and marks the current one', () => {
    const root = mount(<Timeline coverage={coverage} current={current} />);
    expect(root.querySelectorAll('[data-testid=timeline-dot]')).toHaveLength(2);
    expect(root.querySelectorAll('[data-testid=timeline-current]')).toHaveLength(1);
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toBe('Coverage from 3 Feb 2022 to 30 Dec 2022');
  });

  it('places dates left to right and outlets on their own rows, the current outlet first', () => {
    const layout = layoutTimeline(coverage, current)!;
    const x = (url: string) => layout.dots.find((d) => d.url === url)!.x;
    expect(x('https://ap.example/visit')).toBeLessThan(x(current.url));
    expect(layout.rows[0].outlet).toBe('The Kyiv Independent');
    expect(new Set(layout.dots.map((d) => d.y)).size).toBe(3);
  });

  it('draws nothing when fewer than two articles have dates', () => {
    const root = mount(<Timeline coverage={{ sameStory: [], background: [] }} current={current} />);
    expect(root.querySelector('svg')).toBeNull();
  });
});
