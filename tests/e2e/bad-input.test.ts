/**
 * Bad input, in each browser: an empty article shell, a 5 MB page, a page that adds a node every
 * 10 ms for 10 s, and an article in French. No crash, the page keeps responding, a clear console
 * line says what Backstory did, and nothing that is not an article is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, serveSite, type ExtensionBrowser, type Site, type TestPage } from './harness';
import { SITE_ROOT, sitePages, type SitePage } from './site';

let site: Site;
beforeAll(async () => {
  site = await serveSite(SITE_ROOT);
});
afterAll(() => site?.close());

const page = (fragment: string): SitePage => {
  const found = sitePages().find((p) => p.path.includes(fragment));
  if (!found) throw new Error(`No fixture page matching ${fragment}`);
  return found;
};

async function outcome(tab: TestPage, timeout = 30_000): Promise<string | null> {
  await tab.waitFor(() => document.documentElement.hasAttribute('data-backstory-ingested'), { timeout });
  return tab.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'));
}

/** The slowest of `samples` round trips into the page: a hung main thread shows here. */
async function slowestRoundTrip(tab: TestPage, samples: number): Promise<number> {
  let slowest = 0;
  for (let i = 0; i < samples; i++) {
    const start = Date.now();
    await tab.evaluate(() => document.body.childElementCount);
    slowest = Math.max(slowest, Date.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return slowest;
}

async function backstoryLines(tab: TestPage): Promise<string[]> {
  return (await tab.consoleMessages()).map((m) => m.text).filter((text) => text.startsWith('[backstory]'));
}

describe.each(browsers)('%s: bad input', (name) => {
  let browser: ExtensionBrowser;
  let options: TestPage;
  const stored = async (url: string) =>
    (await options.sendMessage<{ value: unknown }>({ type: 'article/get', payload: { url } })).value;

  beforeAll(async () => {
    browser = await launch(name);
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(() => browser?.close());

  it('an article shell with no body text: nothing stored, a console line', async () => {
    const shell = page('bad/empty-article');
    const tab = await browser.openPage(`${site.url}${shell.path}`);
    expect(await outcome(tab)).toBe('not-article');
    expect(await stored(shell.canonicalUrl!)).toBeNull();
    expect((await backstoryLines(tab)).join('\n')).toMatch(/not an article|no article/);
  });

  it('a 5 MB page: the page keeps responding and Backstory says what it did', async () => {
    const huge = page('bad/huge');
    const tab = await browser.openPage(`${site.url}${huge.path}`);
    expect(await slowestRoundTrip(tab, 10)).toBeLessThan(1000);
    const result = await outcome(tab, 60_000);
    expect(['stored', 'too-large', 'not-article']).toContain(result);
    expect(await backstoryLines(tab)).not.toEqual([]);
  });

  it('a page adding a node every 10 ms for 10 s: stays responsive, the article is stored once', async () => {
    const growing = page('bad/growing');
    const tab = await browser.openPage(`${site.url}${growing.path}`);
    expect(await slowestRoundTrip(tab, 30)).toBeLessThan(500);
    expect(await outcome(tab)).toBe('stored');
    await tab.waitFor(() => document.documentElement.hasAttribute('data-ticker-done'), { timeout: 20_000 });
    expect(await slowestRoundTrip(tab, 5)).toBeLessThan(500);
    expect(await stored(growing.canonicalUrl!)).toMatchObject({ title: growing.title });
    expect(await tab.pageErrors()).toEqual([]);
  });

  it('an article in French is stored with its language', async () => {
    const french = page('/fr/');
    const tab = await browser.openPage(`${site.url}${french.path}`);
    expect(await outcome(tab)).toBe('stored');
    expect(await stored(french.canonicalUrl!)).toMatchObject({ title: french.title, lang: 'fr', outlet: french.outlet });
    // Its quotes are shown, credited to no one: speakers are read in English and German only ("a déclaré M. Poutine" is not read).
    const popup = await browser.openPopupFor(`${site.url}${french.path}`);
    await popup.waitForSelector('[data-testid="key-quote"]', { timeout: 15_000 });
    const quotes = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="key-quote"]')].map((q) => ({ text: q.textContent ?? '', speakers: q.querySelectorAll('[data-testid="speaker"]').length })),
    );
    expect(quotes.some((q) => q.text.includes('Nous vous attendons'))).toBe(true);
    expect(quotes.every((q) => q.speakers === 0 && q.text.includes('Unattributed'))).toBe(true);
  });

  it('an article in German is stored with its language, its quotes credited to their speakers', async () => {
    const germanPage = page('/de/');
    const tab = await browser.openPage(`${site.url}${germanPage.path}`);
    expect(await outcome(tab)).toBe('stored');
    expect(await stored(germanPage.canonicalUrl!)).toMatchObject({ title: germanPage.title, lang: 'de', outlet: germanPage.outlet });
    // Its German "Meistgelesen" list of unrelated stories is hidden like an English "Most read".
    await tab.waitFor(() => document.querySelector('aside.meistgelesen')?.closest('[data-backstory-hidden]') != null, { timeout: 10_000 });
    const popup = await browser.openPopupFor(`${site.url}${germanPage.path}`);
    await popup.waitForSelector('[data-testid="key-quote"]', { timeout: 15_000 });
    const quotes = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="key-quote"]')].map((q) => ({
        text: q.textContent ?? '',
        speakers: [...q.querySelectorAll('[data-testid="speaker"]')].map((s) => s.textContent ?? ''),
      })),
    );
    const speakersOf = (words: string) => quotes.find((q) => q.text.includes(words))?.speakers.join(' ');
    expect(speakersOf('Wir erwarten Sie, lieber Freund')).toContain('Wladimir Putin');
    expect(speakersOf('Der Weg zu Friedensgesprächen')).toContain('Xi Jinping');
    expect(speakersOf('Peking will Moskau nicht fallen lassen')).toContain('Marie Lehmann');
    expect(await popup.evaluate(() => document.querySelector('h1.title')?.getAttribute('lang'))).toBe('de');
    // Set as German, so the browser gives them German quotation marks („…“) and reads them as German.
    expect(await popup.evaluate(() => [...document.querySelectorAll('[data-testid="key-quote"] blockquote')].every((b) => b.getAttribute('lang') === 'de'))).toBe(true);
  });
});
