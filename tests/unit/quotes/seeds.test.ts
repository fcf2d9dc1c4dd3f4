import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes, keyQuotes } from '@/lib/quotes';

const SEEDS = 'tests/fixtures/seeds';
const read = (file: string) => readFileSync(`${SEEDS}/${file}`, 'utf8').split(/\n\s*\n/);

describe.skipIf(!existsSync(SEEDS))('the seed pages', () => {
  const kyiv = findQuotes({ title: '', paragraphs: read('000_705923627aadda03.txt') });
  const guardian = findQuotes({ title: '', paragraphs: read('004_1a874dfea383ef07.txt') });

  it('credits Xi’s statement in 000 to Xi Jinping', () => {
    const xi = kyiv.find((q) => q.text.startsWith('Against the background of a difficult international situation'));
    expect(xi).toMatchObject({ speaker: 'Xi Jinping', role: 'Chinese President', partial: false });
  });

  it('shows Putin’s "the best in history" once, credited to both outlets', () => {
    const key = keyQuotes([
      { article: { url: 'https://kyivindependent.com/a', outlet: 'The Kyiv Independent', title: '' }, quotes: kyiv },
      { article: { url: 'https://www.theguardian.com/b', outlet: 'The Guardian', title: '' }, quotes: guardian },
    ], { limit: 50 });
    const best = key.filter((k) => /best in history/.test(k.text));
    expect(best).toHaveLength(1);
    expect(best[0].speaker).toBe('Vladimir Putin');
    expect(best[0].sources.map((s) => s.outlet).sort()).toEqual(['The Guardian', 'The Kyiv Independent']);
  });
});
