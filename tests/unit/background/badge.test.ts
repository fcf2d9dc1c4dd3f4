import { describe, expect, it, vi } from 'vitest';
import { coverageBadge, memoryOnly, NO_BADGE, TabBadges, type BadgeArea } from '@/lib/background/badge';
import { createHandlers } from '@/lib/background/handlers';
import type { RelatedCoverage, RelatedEntry } from '@/lib/related';
import { RelatedIndex } from '@/lib/related';
import { Corpus } from '@/lib/storage/corpus';
import { sampleArticle, uniqueDbName } from '../storage/sample';

const entry = (n: number): RelatedEntry => ({ url: `https://other.example/${n}`, title: `Report ${n}`, outlet: 'Other', score: 0.5, reason: '', sharedNames: [], copies: [] });
const coverage = (sameStory: number, background = 0): RelatedCoverage => ({
  sameStory: Array.from({ length: sameStory }, (_, i) => entry(i)),
  background: Array.from({ length: background }, (_, i) => entry(100 + i)),
});

/** A toolbar button that records what each tab shows, and can refuse a tab (closed meanwhile). */
function fakeButton(closedTabs: number[] = []) {
  const shown = new Map<number, { text: string; title: string }>();
  const refuse = (tabId: number) => {
    if (closedTabs.includes(tabId)) throw new Error(`No tab with id: ${tabId}.`);
  };
  const area: BadgeArea = {
    async setBadgeText({ tabId, text }) {
      refuse(tabId);
      shown.set(tabId, { title: shown.get(tabId)?.title ?? '', text });
    },
    async setTitle({ tabId, title }) {
      refuse(tabId);
      shown.set(tabId, { text: shown.get(tabId)?.text ?? '', title });
    },
  };
  return { area, shown };
}

describe('coverageBadge', () => {
  it.each([
    [coverage(0, 4), NO_BADGE],
    [coverage(1), { text: '1', title: 'Backstory: 1 other report of this story in your corpus' }],
    [coverage(3, 2), { text: '3', title: 'Backstory: 3 other reports of this story in your corpus' }],
    [coverage(150), { text: '99+', title: 'Backstory: 150 other reports of this story in your corpus' }],
  ])('counts the other reports of the story, not the background (%#)', (given, badge) => {
    expect(coverageBadge(given)).toEqual(badge);
  });
});

describe('TabBadges', () => {
  it('counts each tab again when the corpus changes, and forgets a tab that moved on', async () => {
    const counts = new Map([['https://a.example/1', 0], ['https://b.example/2', 1]]);
    const { area, shown } = fakeButton();
    const badges = new TabBadges(area, async (url) => coverage(counts.get(url) ?? 0));

    await badges.show(1, 'https://a.example/1');
    await badges.show(2, 'https://b.example/2');
    expect([shown.get(1)?.text, shown.get(2)?.text]).toEqual(['', '1']);

    counts.set('https://a.example/1', 2);
    await badges.refresh();
    expect(shown.get(1)?.text).toBe('2');

    await badges.show(2, null);
    counts.set('https://b.example/2', 5);
    await badges.refresh();
    expect(shown.get(2)).toEqual(NO_BADGE);

    // A tab that never had a count is not written to when it loads a page.
    await badges.show(9, null);
    expect(shown.has(9)).toBe(false);
  });

  it('counts again, after the background was stopped and started, the tabs read before', async () => {
    const counts = new Map([['https://a.example/1', 0]]);
    const { area, shown } = fakeButton();
    const memory = memoryOnly();
    await new TabBadges(area, async (url) => coverage(counts.get(url) ?? 0), memory).show(1, 'https://a.example/1');

    counts.set('https://a.example/1', 3);
    const restarted = new TabBadges(area, async (url) => coverage(counts.get(url) ?? 0), memory);
    await restarted.refresh();
    expect(shown.get(1)?.text).toBe('3');
  });

  it('leaves a closed tab alone without failing', async () => {
    const { area, shown } = fakeButton([7]);
    const badges = new TabBadges(area, async () => coverage(1));
    await expect(badges.show(7, 'https://a.example/1')).resolves.toBeUndefined();
    await badges.show(8, 'https://a.example/1');
    await expect(badges.refresh()).resolves.toBeUndefined();
    expect([...shown.keys()]).toEqual([8]);
  });
});

describe('page/ingest and the badge', () => {
  it("shows the reading tab's count once its page is kept, and counts the other tabs again", async () => {
    const corpus = await Corpus.open(uniqueDbName());
    const related = await RelatedIndex.open({ dbName: uniqueDbName() });
    const { area, shown } = fakeButton();
    const counted: string[] = [];
    const badges = new TabBadges(area, async (url) => {
      counted.push(url);
      return coverage(url.endsWith('first') ? 1 : 0);
    });
    const article = (url: string) => sampleArticle({ url });
    let next = article('https://news.example/first');
    const handlers = createHandlers({ corpus, related, settingsArea: { get: async () => ({}), set: async () => {} } as never, parse: async () => next, badges });
    const ingest = (tabId: number) => handlers['page/ingest']({ url: next.url, html: '<html></html>', detection: { isArticle: true, score: 3, reasons: [] } }, { tab: { id: tabId } });

    expect((await ingest(1)).outcome).toBe('stored');
    next = article('https://news.example/second');
    counted.length = 0;
    expect((await ingest(2)).outcome).toBe('stored');
    expect(shown.get(2)?.text).toBe('');
    await vi.waitFor(() => expect(shown.get(1)?.text).toBe('1'));
    expect(counted).toEqual(expect.arrayContaining(['https://news.example/first', 'https://news.example/second']));
  });
});
