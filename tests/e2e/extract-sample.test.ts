/**
 * Real-browser check of detection and extraction: the built extension, on a sample of dataset pages
 * served from 127.0.0.1, stores exactly what the evaluation's Node code (jsdom) computes for them
 * (scripts/make-extract-sample.ts builds both when the test runs, from ../shared/datasets: they are
 * never copied into the project; without them the test is skipped), and nothing from the pages
 * that code does not call articles. In the browser the page is detected on
 * the live DOM, serialized, and parsed again with DOMParser in the offscreen document (Chromium) or
 * the background page (Firefox): any difference from jsdom shows up here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtractSample, comparable, DATASETS, type ComparedArticle, type ExpectedPage, type ExpectedSample } from '../../scripts/make-extract-sample';
import { browsers, launch, serveSite, type ExtensionBrowser, type Site, type TestPage } from './harness';

const SAMPLE_ROOT = mkdtempSync(join(tmpdir(), 'backstory-extract-sample-'));
const sample: ExpectedSample = buildExtractSample(SAMPLE_ROOT) ?? { about: '', origin: '', pages: [] };
const stored = sample.pages.filter((page) => page.article);
const notStored = sample.pages.filter((page) => !page.article);

let site: Site;
beforeAll(async () => {
  site = await serveSite(SAMPLE_ROOT);
});
afterAll(async () => {
  await site?.close();
  rmSync(SAMPLE_ROOT, { recursive: true, force: true });
});

/** The expected values were computed at sample.origin; the pages are served from site.url. */
const served = (url: string) => (url.startsWith(`${sample.origin}/`) ? `${site.url}${url.slice(sample.origin.length + 1)}` : url);

/** Opens a sample page and returns the content script's outcome (data-backstory-ingested). */
async function ingest(browser: ExtensionBrowser, page: ExpectedPage): Promise<string | null> {
  const tab = await browser.openPage(`${site.url}${page.path}`);
  try {
    await tab.waitFor(() => document.documentElement.hasAttribute('data-backstory-ingested'), { timeout: 30_000 });
    return await tab.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'));
  } finally {
    await tab.close();
  }
}

const total = async (options: TestPage) =>
  (await options.sendMessage<{ value: { total: number } }>({ type: 'corpus/list', payload: { limit: 0 } })).value.total;

describe.skipIf(sample.pages.length === 0).each(browsers)(`%s: the extraction sample (needs ${DATASETS})`, (name) => {
  let browser: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    // The pages name third-party scripts, styles and frames: only 127.0.0.1 answers.
    browser = await launch(name, { loopbackOnly: true });
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(() => browser?.close());

  it('has articles and pages that are not, in several languages', () => {
    expect(stored.length).toBeGreaterThanOrEqual(12);
    expect(notStored.length).toBeGreaterThanOrEqual(2);
    expect(new Set(stored.map((page) => page.article?.lang?.slice(0, 2))).size).toBeGreaterThanOrEqual(6);
  });

  it.each(stored.map((page) => [page.path, page] as const))('stores %s as the evaluation extracted it', async (_, page) => {
    expect(await ingest(browser, page)).toBe('stored');
    const expected = page.article!;
    const reply = await options.sendMessage<{ ok: boolean; value: ComparedArticle | null }>({
      type: 'article/get',
      payload: { url: served(expected.url) },
    });
    expect(reply.value, `nothing stored at ${served(expected.url)}`).not.toBeNull();
    expect(comparable(reply.value!)).toEqual({ ...expected, url: served(expected.url) });
    // A consent manager's dialog (Reuters' OneTrust preference centre) is never stored as the article.
    expect(reply.value!.text).not.toMatch(/California consumer/);
    // Soft hyphens and zero-width spaces (FAZ writes &shy; inside long words) are not stored inside the words.
    expect(reply.value!.text).not.toMatch(/[\u00ad\u200b]/);
  });

  it.each(notStored.map((page) => [page.path, page] as const))('stores nothing from %s', async (_, page) => {
    const before = await total(options);
    expect(await ingest(browser, page)).toBe('not-article');
    expect(await total(options)).toBe(before);
  });
});
