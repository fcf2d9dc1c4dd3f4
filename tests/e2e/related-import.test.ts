/**
 * Related coverage of an imported corpus, in each browser: a few hundred ECB+ articles (whole events,
 * each topic two lookalike events) and Reuters distractors are imported through the options page, one
 * of them is opened as a web page, and its popup lists the other reports of the same event first.
 * The corpus is built when the test runs from ../shared/datasets/related (scripts/related/fixture.ts):
 * the datasets are read from there, never copied into the project. Without them the test is skipped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { relatedFixture, RELATED_DATA } from '../../scripts/related/fixture';
import { browsers, launch, serveSite, type ExtensionBrowser, type Site, type TestPage } from './harness';

const fixture = relatedFixture();
const corpus = fixture?.corpus ?? { articles: [] as Article[] };
const events = fixture?.events ?? {};
const TOTAL = corpus.articles.length;

/** The query: the article with the most paragraphs, among those with their own address, of the largest event. */
function pickQuery(): Article {
  const sizes = new Map<string, number>();
  for (const event of Object.values(events)) sizes.set(event, (sizes.get(event) ?? 0) + 1);
  const largest = [...sizes].sort((a, b) => b[1] - a[1])[0][0];
  const candidates = corpus.articles.filter((a) => events[a.url] === largest && !a.url.startsWith('https://ecbplus.example/'));
  return candidates.sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0];
}

const query = fixture ? pickQuery() : null!;
const queryEvent = fixture ? events[query.url] : '';
const sameEventOthers = corpus.articles.filter((a) => a.url !== query.url && events[a.url] === queryEvent).length;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The article as its outlet would serve it: canonical link, Open Graph, JSON-LD NewsArticle, site furniture. */
function articlePage(article: Article): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url: article.url,
    mainEntityOfPage: article.url,
    inLanguage: 'en',
    publisher: { '@type': 'Organization', name: article.outlet },
  };
  const [title, outlet] = [escape(article.title), escape(article.outlet)];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${title} | ${outlet}</title>
<link rel="canonical" href="${escape(article.url)}">
<meta property="og:type" content="article"><meta property="og:site_name" content="${outlet}">
<meta property="og:title" content="${title}"><meta name="description" content="${escape(article.paragraphs[0] ?? '')}">
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>
</head><body>
<header class="site-header"><a class="logo" href="/">${outlet}</a>
<nav><a href="/news/">News</a> <a href="/entertainment/">Entertainment</a> <a href="/sports/">Sports</a></nav></header>
<main><article class="story"><h1>${title}</h1>
<div class="story-body">
${article.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</div></article></main>
<footer class="site-footer"><p>&copy; ${outlet}. All rights reserved.</p><a href="/privacy/">Privacy</a></footer>
</body></html>`;
}

let folder: string;
let site: Site;
let exportFile: string;

beforeAll(async () => {
  if (!fixture) return;
  folder = mkdtempSync(join(tmpdir(), 'backstory-related-e2e-'));
  exportFile = join(folder, 'backstory-corpus.json');
  writeFileSync(exportFile, JSON.stringify(corpus));
  writeFileSync(join(folder, 'story.html'), articlePage(query));
  site = await serveSite(folder);
});

afterAll(async () => {
  await site?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Records every (value, max) the import's progress bar shows, from before the file is picked. */
function recordProgress(): void {
  const seen: [number, number][] = [];
  (globalThis as { __progressSeen?: [number, number][] }).__progressSeen = seen;
  const note = () => {
    const bar = document.querySelector('[data-testid="import-progress"] progress') as HTMLProgressElement | null;
    const last = seen[seen.length - 1];
    if (bar && (!last || last[0] !== bar.value || last[1] !== bar.max)) seen.push([bar.value, bar.max]);
  };
  new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Each related entry in the popup's order: its address and those of the copies folded into it. */
async function relatedEntries(popup: TestPage): Promise<string[][]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="related-entry"]')].map((entry) => [
      entry.getAttribute('data-url') ?? '',
      ...[...entry.querySelectorAll('[data-testid="related-copies"] a')].map((a) => (a as HTMLAnchorElement).href),
    ]),
  );
}

/** The entries ranked before every same-event article is listed (or all of them, when some are missing). */
function entriesUntilEventCovered(entries: string[][]): { top: string[][]; covered: number } {
  let covered = 0;
  const top: string[][] = [];
  for (const urls of entries) {
    if (covered >= sameEventOthers) break;
    top.push(urls);
    covered += urls.filter((url) => events[url] === queryEvent).length;
  }
  return { top, covered };
}

describe.skipIf(!fixture).each(browsers)(`%s: related coverage of an imported corpus (needs ${RELATED_DATA})`, (name) => {
  let browser: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    browser = await launch(name);
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(() => browser?.close());

  it(`imports ${TOTAL} articles through the options page, the progress bar advancing slice by slice`, async () => {
    await options.evaluate(recordProgress);
    await options.setInputFiles('[data-testid="import"]', [exportFile]);
    await options.waitFor(
      (n: number) => document.querySelector('[data-testid="import-status"]')?.textContent?.includes(`Imported ${n} of ${n} articles`),
      { timeout: 45_000 },
      TOTAL,
    );
    const seen = await options.evaluate(() => (globalThis as { __progressSeen?: [number, number][] }).__progressSeen ?? []);
    const values = seen.map(([value]) => value);
    expect(seen.every(([, max]) => max === TOTAL)).toBe(true);
    expect(values[0]).toBe(0);
    expect(values[values.length - 1]).toBe(TOTAL);
    expect(values.filter((v) => v > 0 && v < TOTAL).length).toBeGreaterThanOrEqual(2);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await options.waitFor((n: number) => document.querySelector('[data-testid="corpus-count"]')?.textContent?.startsWith(`${n} articles`), {}, TOTAL);
    expect(await options.pageErrors()).toEqual([]);
  });

  it('lists the other reports of the same event first in the popup of one of them', async () => {
    const page = await browser.openPage(`${site.url}story.html`);
    await page.waitFor(() => document.documentElement.getAttribute('data-backstory-ingested'), { timeout: 20_000 });
    // "updated": the page's canonical address is the imported record's, so it is that article.
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'))).toBe('updated');

    const popup = await browser.openPopupFor(await page.url());
    await popup.waitForSelector('[data-testid="related-entry"]', { timeout: 20_000 });
    const entries = await relatedEntries(popup);
    const { top, covered } = entriesUntilEventCovered(entries);
    expect(sameEventOthers).toBeGreaterThanOrEqual(10);
    expect(covered).toBe(sameEventOthers);
    expect(top.map(([url]) => events[url] ?? 'not ECB+')).toEqual(top.map(() => queryEvent));
    expect(await popup.pageErrors()).toEqual([]);
  });
});
