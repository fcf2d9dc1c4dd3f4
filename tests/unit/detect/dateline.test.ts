import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { datelineEvidence, headlineWindow, printedDates } from '../../../lib/detect/dateline';

const page = (head: string, body: string) => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const filler = (chars: number) => `<p>${'Plain words about the subject at hand. '.repeat(Math.ceil(chars / 39))}</p>`;

describe('printedDates', () => {
  it.each([
    ['Published March 5, 2024', 1],
    ['Sept. 21st, 2023 at 10:00', 1],
    ['5 March 2024', 1],
    ['12. März 2024', 1],
    ['3 décembre 2023', 1],
    ['5 de mayo de 2024', 1],
    ['2024-05-01 10:00', 1],
    ['01.05.2024', 1],
    ['12/31/2023', 1],
    ['© 2024 Example Ltd. All rights reserved.', 0],
    ['Call 555-2024 or visit us at 12 Main Street', 0],
    ['Version 3.12 released', 0],
  ])('%s → %i', (text, count) => {
    expect(printedDates(text)).toBe(count);
  });
});

describe('datelineEvidence', () => {
  const article = '<article><h1>Council approves the new budget</h1><div class="byline">By Ana Ruiz · March 5, 2024</div>';

  it('counts a date printed by the headline', () => {
    const evidence = datelineEvidence(page('', `${article}${filler(2000)}</article>`), false);
    expect(evidence.map((e) => e.reason)).toEqual(['date by the headline']);
  });

  it('does not count it again when the meta tags declare a date', () => {
    expect(datelineEvidence(page('', `${article}${filler(2000)}</article>`), true)).toEqual([]);
  });

  it('reads a window around the headline, not a date at the foot of the page', () => {
    const doc = page('', `<main><h1>Getting started</h1>${filler(1500)}<footer>Last updated: 12/12/2022</footer></main>`);
    expect(headlineWindow(doc)).toContain('Getting started');
    expect(datelineEvidence(doc, false)).toEqual([]);
  });

  it('takes a headline over dated teasers for a list, not a dateline', () => {
    const teasers = [1, 2, 3, 4].map((d) => `<li><a href="/s/${d}">Story ${d}</a> <time>Dec ${20 + d}, 2022</time></li>`).join('');
    expect(datelineEvidence(page('', `<main><h1>News</h1><ul>${teasers}</ul></main>`), false)).toEqual([]);
  });

  it('reads what the page shows: not a script beside the headline, a date with its ordinal in a <sup> as one, and a headline apart from the line under it', () => {
    const script = '<script type="application/ld+json">{"@type":"WebPage","dateModified":"2024-03-05"}</script>';
    expect(datelineEvidence(page('', `<main>${script}<h1>Getting started</h1>${filler(1500)}</main>`), false)).toEqual([]);
    const ordinal = '<div class="meta"><span>March 1<sup>st</sup>, 2024</span></div>';
    expect(datelineEvidence(page('', `<main><h1>Getting started</h1>${ordinal}${filler(1500)}</main>`), false)).toHaveLength(1);
  });

  it('says nothing on a page without a headline', () => {
    expect(datelineEvidence(page('', filler(500)), false)).toEqual([]);
  });
});
