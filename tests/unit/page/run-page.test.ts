// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { INGESTED_ATTRIBUTE, keepAnyway, KEPT_BY_READER, runPage, type PageEnv } from '@/lib/page/run-page';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const SERVICE_PAGE = `<main><h1>Cybersecurity Consulting Services</h1><p>We help you.</p></main>`;

function env(body: string, ingest = vi.fn<PageEnv['ingest']>(async () => ({ outcome: 'stored' as const, article: { url: 'https://x.example/a', title: 'A', outlet: 'X', paragraphs: ['p'] } }))) {
  const doc = new JSDOM(`<!doctype html><html><head></head><body>${body}</body></html>`).window.document;
  return { doc, url: 'https://x.example/a', settings: DEFAULT_SETTINGS, ingest, log: () => {} } satisfies PageEnv;
}

describe('a site switched off', () => {
  it('reads nothing and says so in its status', async () => {
    const page = { ...env(SERVICE_PAGE), settings: { ...DEFAULT_SETTINGS, sites: { 'x.example': 'off' as const } } };
    const session = await runPage(page);
    expect(session.status()).toMatchObject({ detection: null, ingest: null, siteOff: true, keepable: false });
    await keepAnyway(page, session);
    expect(page.ingest).not.toHaveBeenCalled();
  });
});

describe('keeping a page the reader asks for', () => {
  it('hands a page detection passed over to the background once, saying why', async () => {
    const page = env(SERVICE_PAGE);
    const session = await runPage(page);
    expect(session.detection?.isArticle).toBe(false);
    expect(session.status().keepable).toBe(true);
    expect(page.ingest).not.toHaveBeenCalled();

    await keepAnyway(page, session);
    await keepAnyway(page, session);
    expect(page.ingest).toHaveBeenCalledTimes(1);
    expect(page.ingest.mock.calls[0][0].detection.reasons).toContain(KEPT_BY_READER);
    expect(page.ingest.mock.calls[0][0].html).toContain('Cybersecurity Consulting Services');
    expect(session.status()).toMatchObject({ ingest: { outcome: 'stored' }, keepable: false });
    expect(page.doc.documentElement.getAttribute(INGESTED_ATTRIBUTE)).toBe('stored');
  });

  it('does nothing before detection has run, or for an article on its own way', async () => {
    const page = env(SERVICE_PAGE);
    const { PageSession } = await import('@/lib/page/session');
    const fresh = new PageSession(page.url);
    await keepAnyway(page, fresh);
    fresh.detection = { isArticle: true, score: 5, reasons: [] };
    await keepAnyway(page, fresh);
    expect(page.ingest).not.toHaveBeenCalled();
  });

  it('hands an article over again, as asked for, when a pause kept it out; never one already kept', async () => {
    const brief = { url: 'https://x.example/a', title: 'A', outlet: 'X', paragraphs: ['p'] };
    const ingest = vi.fn<PageEnv['ingest']>(async (request) => ({ outcome: request.requested ? ('stored' as const) : ('paused' as const), article: brief }));
    const page = env(`<article><h1>Council backs new bridge after a long night</h1>${'<p>The council voted on Tuesday to build the new bridge, the mayor said after a long debate in the hall.</p>'.repeat(8)}</article>`, ingest);
    const article = { ...page, settings: { ...DEFAULT_SETTINGS, paused: true }, url: 'https://x.example/2024/05/01/council-backs-new-bridge' };
    const session = await runPage(article);
    expect(session.ingest?.outcome).toBe('paused');
    expect(session.status().keepable).toBe(true);
    await keepAnyway(article, session);
    await keepAnyway(article, session);
    expect(ingest).toHaveBeenCalledTimes(2);
    expect(ingest.mock.calls[1][0].requested).toBe(true);
    expect(session.status()).toMatchObject({ ingest: { outcome: 'stored' }, keepable: false });
  });

  it('reports a failed hand-over as an error, never throws', async () => {
    const page = env(SERVICE_PAGE, vi.fn<PageEnv['ingest']>(async () => Promise.reject(new Error('no receiver'))));
    const session = await keepAnyway(page, await runPage(page));
    expect(session.ingest).toEqual({ outcome: 'error', message: 'no receiver' });
  });
});
