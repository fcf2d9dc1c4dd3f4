/**
 * Private windows, in each browser: the manifest says `incognito: not_allowed`, so Backstory never
 * runs there. The same page is opened first in a normal window, where it is kept and cleaned (so
 * the checks in the private window can fail), then in a private one, where nothing happens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, serveSite, type Site, type TestPage } from './harness';
import { SITE_ROOT, seedPage } from './site';

let site: Site;
beforeAll(async () => {
  site = await serveSite(SITE_ROOT);
});
afterAll(() => site?.close());

const SEED = seedPage('003');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ingested = (page: TestPage) => page.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'));
/** Whether each selector's element is shown whole: on screen, and not trimmed to its items about the story. */
const shownWhole = (page: TestPage, selectors: string[]) =>
  page.evaluate((list: string[]) => {
    return list.map((selector) => {
      const el = document.querySelector(selector);
      return !!el && el.getClientRects().length > 0 && !el.hasAttribute('data-backstory-trimmed') && !el.querySelector('[data-backstory-trimmed]');
    });
  }, selectors);

describe.each(browsers)('%s: private windows', (name) => {
  it('keeps nothing and hides nothing in a private window', async () => {
    const url = `${site.url}${SEED.path}`;
    const widgets = SEED.widgets!;

    const normal = await launch(name);
    const started = Date.now();
    try {
      const page = await normal.openPage(url);
      await page.waitFor(() => document.documentElement.getAttribute('data-backstory-ingested') === 'stored', { timeout: 20_000 });
      // The clean-up runs in idle time: give it a few seconds after the page is kept.
      for (let i = 0; i < 40 && (await shownWhole(page, widgets)).some(Boolean); i++) await sleep(250);
      expect(await shownWhole(page, widgets)).toEqual(widgets.map(() => false));
    } finally {
      await normal.close();
    }
    // Twice what the normal window took to keep the page, and at least 3 s: ample time to act.
    const settle = Math.max(3_000, 2 * (Date.now() - started));

    const browser = await launch(name, { privateWindows: true });
    try {
      const page = await browser.openPage(url);
      await sleep(settle);
      expect(await ingested(page)).toBeNull();
      expect(await page.evaluate(() => document.querySelectorAll('[data-backstory-hidden], [data-backstory-trimmed]').length)).toBe(0);
      expect(await shownWhole(page, widgets)).toEqual(widgets.map(() => true));
      // Chromium opens extension pages in the normal profile beside the incognito one; Firefox's
      // permanent private browsing has no normal window to open them in.
      if (name === 'chromium') {
        const options = await browser.openExtensionPage('options.html');
        const list = await options.sendMessage<{ value: { total: number } }>({ type: 'corpus/list', payload: { limit: 10 } });
        expect(list.value.total).toBe(0);
      }
    } finally {
      await browser.close();
    }
  });
});
