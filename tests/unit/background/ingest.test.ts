import { describe, expect, it, vi } from 'vitest';
import { ingestPage, MAX_PAGE_HTML, type IngestDeps } from '@/lib/background/ingest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { Corpus } from '@/lib/storage/corpus';
import { sampleArticle, uniqueDbName } from '../storage/sample';

async function deps(settings: Partial<Settings> = {}, overrides: Partial<IngestDeps> = {}) {
  const article = sampleArticle({ url: 'https://news.example/canonical' });
  const corpus = await Corpus.open(uniqueDbName());
  const full: IngestDeps = {
    corpus,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    parse: vi.fn(async () => article),
    onStored: vi.fn(async () => {}),
    log: () => {},
    ...overrides,
  };
  return { deps: full, corpus, article };
}

const request = { url: 'https://news.example/a?utm=1', html: '<html></html>' };

describe('ingestPage', () => {
  it('stores an article once, then updates it on a revisit', async () => {
    const { deps: d, corpus } = await deps();
    expect((await ingestPage(request, false, d)).outcome).toBe('stored');
    expect((await ingestPage(request, false, d)).outcome).toBe('updated');
    expect(await corpus.count()).toBe(1);
    expect(d.onStored).toHaveBeenCalledTimes(2);
  });

  it('never parses nor stores from a private window', async () => {
    const { deps: d, corpus } = await deps();
    expect(await ingestPage(request, true, d)).toEqual({ outcome: 'incognito' });
    expect(d.parse).not.toHaveBeenCalled();
    expect(await corpus.count()).toBe(0);
  });

  it('does not store when paused or when the site is set not to store, but still returns the paragraphs', async () => {
    const cases = [
      [{ paused: true }, 'paused'],
      [{ sites: { 'news.example': 'no-store' as const } }, 'site-off'],
    ] as const;
    for (const [settings, outcome] of cases) {
      const { deps: d, corpus } = await deps(settings);
      const result = await ingestPage(request, false, d);
      expect(result.outcome).toBe(outcome);
      expect(result.article?.paragraphs.length).toBe(2);
      expect(await corpus.count()).toBe(0);
    }
  });

  it('keeps a page the reader asked for while paused, but never on a site set not to store', async () => {
    const paused = await deps({ paused: true });
    expect((await ingestPage({ ...request, requested: true }, false, paused.deps)).outcome).toBe('stored');
    expect(await paused.corpus.count()).toBe(1);
    const noStore = await deps({ sites: { 'news.example': 'no-store' } });
    expect((await ingestPage({ ...request, requested: true }, false, noStore.deps)).outcome).toBe('site-off');
    expect(await ingestPage({ ...request, requested: true }, true, noStore.deps)).toEqual({ outcome: 'incognito' });
  });

  it('skips pages that are too large or yield no article, with a log line', async () => {
    const log = vi.fn();
    const { deps: d } = await deps({}, { parse: async () => null, log });
    expect((await ingestPage({ ...request, html: 'x'.repeat(MAX_PAGE_HTML + 1) }, false, d)).outcome).toBe('too-large');
    expect((await ingestPage(request, false, d)).outcome).toBe('not-article');
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('reports a full disk clearly instead of failing', async () => {
    const { deps: d } = await deps();
    d.corpus.put = async () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    const result = await ingestPage(request, false, d);
    expect(result).toMatchObject({ outcome: 'error', message: expect.stringMatching(/disk is full/) });
  });
});
