/**
 * Decluttering as the reader controls it, in each browser: a list that loads late is caught,
 * "hide whole lists" hides even the items about the story, and the popup's site switch leaves a
 * site untouched (the document_start CSS included) and stores nothing from it, and a domain's rule
 * covers its subdomains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, serveSite, type ExtensionBrowser, type Site, type TestPage } from './harness';
import { SITE_ROOT, seedPage } from './site';

const RELATED_ITEM = 'Putin seeks boost in military cooperation with China';
const TABOOLA = '#taboola-below-article-thumbnails';

let site: Site;
beforeAll(async () => {
  site = await serveSite(SITE_ROOT);
});
afterAll(() => site?.close());

describe.each(browsers)('%s: decluttering under the reader’s control', (name) => {
  let browser: ExtensionBrowser;
  let options: TestPage;
  const url000 = () => `${site.url}${seedPage('000').path}`;

  beforeAll(async () => {
    browser = await launch(name);
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(() => browser?.close());

  async function open000(): Promise<TestPage> {
    const page = await browser.openPage(url000());
    await page.waitFor(() => document.documentElement.hasAttribute('data-backstory-ingested'), { timeout: 20_000 });
    return page;
  }

  const linkVisible = (page: TestPage, title: string) =>
    page.evaluate((t: string) => {
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.includes(t));
      return !!link && link.getClientRects().length > 0 && getComputedStyle(link).visibility !== 'hidden';
    }, title);

  const updateSettings = (patch: object) => options.sendMessage({ type: 'settings/update', payload: patch });

  it('hides a "Most read" list added after the page settled', async () => {
    const page = await open000();
    await page.waitFor(() => !!document.querySelector('[data-backstory-trimmed]'), { timeout: 10_000 });
    await page.evaluate(() => {
      const titles = ['Celebrity chef opens a new restaurant', 'Local team wins the cup after extra time', 'Ten gadgets you need this summer', 'Storm warning for the weekend'];
      const aside = document.createElement('aside');
      aside.id = 'late-most-read';
      aside.innerHTML = `<h3>Most read</h3><ol>${titles.map((t, i) => `<li><a href="/late/${i}.html">${t}</a></li>`).join('')}</ol>`;
      document.body.append(aside);
    });
    await page.waitFor(() => document.getElementById('late-most-read')?.getClientRects().length === 0, { timeout: 5_000 });
    expect(await page.evaluate(() => document.getElementById('late-most-read')?.getAttribute('data-backstory-hidden'))).toBe('most-read');
    await page.close();
  });

  it('hides a list that appears on screen without moving the text under it, and closes the gap once it is off screen', async () => {
    const page = await open000();
    await page.waitFor(() => !!document.querySelector('[data-backstory-trimmed]'), { timeout: 10_000 });
    const headline = () => page.evaluate(() => Math.round(document.querySelector('h1')!.getBoundingClientRect().top));
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      const titles = ['Celebrity chef opens a new restaurant', 'Local team wins the cup after extra time', 'Ten gadgets you need this summer', 'Storm warning for the weekend'];
      const aside = document.createElement('aside');
      aside.id = 'late-trending';
      aside.innerHTML = `<h3>Trending now</h3><ol>${titles.map((t, i) => `<li><a href="/late/${i}.html">${t}</a></li>`).join('')}</ol>`;
      document.body.prepend(aside); // above everything, in the reader's view
    });
    const withList = await headline();
    await page.waitFor(() => document.getElementById('late-trending')?.hasAttribute('data-backstory-hidden'), { timeout: 5_000 });
    // Hidden, its space kept: the headline the reader sees has not moved.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('late-trending')!).visibility)).toBe('hidden');
    expect(await headline()).toBe(withList);
    // Off screen, the gap closes.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitFor(() => document.getElementById('late-trending')?.getClientRects().length === 0, { timeout: 5_000 });
    await page.close();
  });

  it('hides whole lists, items about the story included, when the reader asks', async () => {
    await updateSettings({ hideWholeLists: true });
    try {
      const page = await open000();
      await page.waitFor((sel: string) => document.querySelector(sel)?.hasAttribute('data-backstory-hidden'), { timeout: 10_000 }, TABOOLA);
      expect(await linkVisible(page, RELATED_ITEM)).toBe(false);
      await page.close();
    } finally {
      await updateSettings({ hideWholeLists: false });
    }
  });

  it('leaves a site alone once switched off in the popup, and stores nothing from it', async () => {
    const before = await open000();
    const popup = await browser.openPopupFor(url000());
    await popup.waitForSelector('[data-testid="site-switch"]');
    await popup.click('[data-testid="site-switch"]');
    const host = new URL(site.url).hostname;
    for (let i = 0; i < 50; i++) {
      const settings = await options.sendMessage<{ value: { sites: Record<string, string> } }>({ type: 'settings/get', payload: {} });
      if (settings.value.sites[host] === 'off') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await before.close();
    await options.sendMessage({ type: 'corpus/clear', payload: {} });
    try {
      const page = await open000();
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'))).toBe('site-disabled');
      // The vendor list the document_start CSS would hide shows, whole.
      expect(await page.evaluate((sel: string) => (document.querySelector(sel)?.getClientRects().length ?? 0) > 0, TABOOLA)).toBe(true);
      expect(await linkVisible(page, 'Trump NFTs Crater')).toBe(true);
      expect(await page.evaluate(() => document.querySelectorAll('[data-backstory-hidden], [data-backstory-trimmed]').length)).toBe(0);
      const listed = await options.sendMessage<{ value: { total: number } }>({ type: 'corpus/list', payload: { limit: 0 } });
      expect(listed.value.total).toBe(0);
      const offPopup = await browser.openPopupFor(url000());
      await offPopup.waitForSelector('[data-testid="site-off"]');
      expect(await offPopup.text('[data-testid="site-off"]')).toBe('Backstory is off for this site.');
      await offPopup.close();
      await page.close();
    } finally {
      await updateSettings({ sites: {} });
      await popup.close();
    }
  });

  it("applies a domain's rule to its subdomains, and a host's own rule first", async () => {
    // *.localhost resolves to the loopback address in both browsers: the same server, other host names.
    const at = (host: string) => url000().replace('127.0.0.1', host);
    const outcome = async (host: string) => {
      const page = await browser.openPage(at(host));
      await page.waitFor(() => document.documentElement.hasAttribute('data-backstory-ingested'), { timeout: 20_000 });
      const value = await page.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'));
      await page.close();
      return value;
    };
    try {
      await updateSettings({ sites: { 'news.localhost': 'off' } });
      expect(await outcome('www.news.localhost')).toBe('site-disabled');
      await updateSettings({ sites: { 'news.localhost': 'off', 'www.news.localhost': 'on' } });
      expect(await outcome('www.news.localhost')).not.toBe('site-disabled');
      expect(await outcome('live.news.localhost')).toBe('site-disabled');
    } finally {
      await updateSettings({ sites: {} });
    }
  });
});

