import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RelatedIndex } from '@/lib/related';
import { article } from './fixtures';

const SEEDS = 'tests/fixtures/seeds';
/** Gold story labels, read from the shared datasets (never copied into the project). */
const GOLD = '../shared/datasets/seeds-gold/stories.json';

interface SeedLabel {
  file: string;
  date: string;
  outlet: string;
}

/** A seed page as stored: the whole text, clutter included; the title from a leading "date YYYY-MM-DD Title" line. */
function seedArticle(label: SeedLabel) {
  const text = readFileSync(`${SEEDS}/${label.file}`, 'utf8');
  const head = text.trimStart().split('\n')[0];
  const dated = /^date \d{4}-\d{2}-\d{2} (.+)$/.exec(head);
  return article(`https://seed.example/${label.file}`, dated ? dated[1] : '', text, label.date, label.outlet);
}

describe.skipIf(!existsSync(SEEDS) || !existsSync(GOLD))('the seed pages', () => {
  const labels = (JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: SeedLabel[] }).articles;
  const seeds = labels.map(seedArticle);
  const url = (prefix: string) => seeds.find((s) => s.url.includes(`/${prefix}_`))!.url;

  it('ranks the other reports of the Xi–Putin call (003, 004) above the earlier visit (002) for 000', async () => {
    const index = await RelatedIndex.open({ dbName: 'related-seeds' });
    for (const seed of seeds) await index.add(seed);
    const coverage = await index.query(seeds[0]);
    const order = [...coverage.sameStory, ...coverage.background].map((e) => e.url);
    const rank = (prefix: string) => order.indexOf(url(prefix));
    expect(rank('003')).toBeGreaterThanOrEqual(0);
    expect(rank('004')).toBeGreaterThanOrEqual(0);
    expect(rank('003')).toBeLessThan(rank('002') < 0 ? Infinity : rank('002'));
    expect(rank('004')).toBeLessThan(rank('002') < 0 ? Infinity : rank('002'));
    expect(coverage.sameStory.map((e) => e.url)).not.toContain(url('002'));
  });
});
