/**
 * Keeping by hand, in each browser: a page detection leaves alone (a recipe post) is kept when the
 * reader asks from the popup, through the same hand-over and background parse as an article; so is
 * an article that a pause kept out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, serveSite, type ExtensionBrowser, type Site } from './harness';
import { SITE_ROOT, seedPage, sitePages } from './site';

let site: Site;
beforeAll(async () => {
  site = await serveSite(SITE_ROOT);
});
afterAll(() => site?.close());

describe.each(browsers)('%s: keeping a page by hand', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(() => browser?.close());

  it('keeps a page it left alone when the reader asks in the popup', async () => {
    const recipe = sitePages().find((p) => p.kind === 'non-news' && p.path.includes('recipes'))!;
    const url = `${site.url}${recipe.path}`;
    const page = await browser.openPage(url);
    await page.waitFor(() => document.documentElement.getAttribute('data-backstory-ingested') === 'not-article', { timeout: 20_000 });

    const popup = await browser.openPopupFor(url);
    await popup.waitForSelector('[data-testid="keep-anyway"]');
    await popup.click('[data-testid="keep-anyway"]');
    await popup.waitForSelector('[data-testid="article-summary"][data-outcome="stored"]');
    expect(await popup.text('[data-testid="article-summary"]')).toContain('Kept in your corpus.');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'))).toBe('stored');

    const options = await browser.openExtensionPage('options.html');
    const list = await options.sendMessage<{ value: { articles: { title: string }[] } }>({ type: 'corpus/list', payload: { limit: 10 } });
    expect(list.value.articles.map((article) => article.title)).toContain(recipe.title);
  });

  it('keeps one article while paused, when the reader asks', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.sendMessage({ type: 'settings/update', payload: { paused: true } });
    try {
      const url = `${site.url}${seedPage('001').path}`;
      const page = await browser.openPage(url);
      await page.waitFor(() => document.documentElement.getAttribute('data-backstory-ingested') === 'paused', { timeout: 20_000 });
      const popup = await browser.openPopupFor(url);
      await popup.waitForSelector('[data-testid="keep-anyway"]');
      expect(await popup.text('[data-testid="keep-anyway"]')).toBe('Keep this one');
      await popup.click('[data-testid="keep-anyway"]');
      await popup.waitForSelector('[data-testid="article-summary"][data-outcome="stored"]');
      const stored = await options.sendMessage<{ value: { title: string } | null }>({ type: 'article/get', payload: { url: seedPage('001').canonicalUrl! } });
      expect(stored.value?.title).toBe(seedPage('001').title);
    } finally {
      await options.sendMessage({ type: 'settings/update', payload: { paused: false } });
    }
  });
});
