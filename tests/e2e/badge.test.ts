/**
 * The toolbar badge across a stop of Chrome's service worker: Chrome stops an idle worker within
 * a minute, and a tab read before must still be counted again when a report of its story is kept
 * after. (Firefox's background page is not stopped; both browsers' badges are checked in
 * seeds.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browsers, launch, serveSite, type ExtensionBrowser, type Site, type TestPage } from './harness';
import { SITE_ROOT, seedPage } from './site';

let site: Site;
beforeAll(async () => {
  site = await serveSite(SITE_ROOT);
});
afterAll(() => site?.close());

const kept = (page: TestPage) =>
  page.waitFor(() => document.documentElement.getAttribute('data-backstory-ingested') === 'stored', { timeout: 20_000 });

describe.skipIf(!browsers.includes('chromium'))('chromium: the toolbar badge after the service worker stopped', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch('chromium');
  });
  afterAll(() => browser?.close());

  it('counts, on a tab read before the stop, the report of its story kept after it', async () => {
    const first = await browser.openPage(`${site.url}${seedPage('003').path}`);
    await kept(first);
    const devtools = await (browser.raw as BrowserContext).newCDPSession(first.raw as Page);
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');

    const later = await browser.openPage(`${site.url}${seedPage('000').path}`);
    await kept(later);
    const options = await browser.openExtensionPage('options.html');
    const badge = () =>
      options.evaluate(async (url: string) => {
        const { chrome } = globalThis as any;
        const tab = (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === url);
        return chrome.action.getBadgeText({ tabId: tab.id });
      }, `${site.url}${seedPage('003').path}`);
    // The other tabs are counted again in the background once a report is kept: give it a moment.
    for (let i = 0; i < 20 && (await badge()) !== '1'; i++) await new Promise((r) => setTimeout(r, 250));
    expect(await badge()).toBe('1');
  });
});
