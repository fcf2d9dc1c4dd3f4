/**
 * Accessibility of the extension's own pages, in each browser and in the light and dark themes:
 * axe-core (the rules behind Lighthouse and most audits: WCAG 2 A and AA, contrast included) finds
 * no violation in the popup of an article with related coverage and key quotes, the popup of a
 * page that is not an article, and the options page with a kept copy open.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, serveSite, type ExtensionBrowser, type Site, type TestPage } from './harness';
import { SITE_ROOT, seedPage, sitePages } from './site';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Runs axe in the page (injected as source: extension pages load no script from elsewhere). */
async function violations(page: TestPage): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })))`);
}

let site: Site;
beforeAll(async () => {
  site = await serveSite(SITE_ROOT);
});
afterAll(() => site?.close());

const themes = ['light', 'dark'] as const;

describe.each(browsers.flatMap((name) => themes.map((theme) => [name, theme] as const)))('%s, %s theme: accessibility', (name, theme) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { colorScheme: theme });
    for (const seed of ['003', '004', '000']) {
      const page = await browser.openPage(`${site.url}${seedPage(seed).path}`);
      await page.waitFor(() => document.documentElement.getAttribute('data-backstory-ingested') === 'stored', { timeout: 20_000 });
    }
  });
  afterAll(() => browser?.close());

  it("the popup of an article, with its related coverage and key quotes", async () => {
    const popup = await browser.openPopupFor(`${site.url}${seedPage('000').path}`);
    await popup.waitForSelector('[data-testid="related-entry"]', { timeout: 15_000 });
    await popup.waitForSelector('[data-testid="key-quote"]', { timeout: 15_000 });
    expect(await violations(popup)).toEqual([]);
  });

  it('the popup of a page that is not an article, offering to keep it', async () => {
    const front = sitePages().find((p) => p.kind === 'section-front')!;
    const url = `${site.url}${front.path}`;
    const page = await browser.openPage(url);
    await page.waitFor(() => document.documentElement.getAttribute('data-backstory-ingested') === 'not-article', { timeout: 20_000 });
    const popup = await browser.openPopupFor(url);
    await popup.waitForSelector('[data-testid="keep-anyway"]');
    expect(await violations(popup)).toEqual([]);
  });

  it('the options page, a kept copy open', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="read"]', { timeout: 15_000 });
    await options.click('[data-testid="read"]');
    await options.waitForSelector('[data-testid="kept-copy"]');
    expect(await violations(options)).toEqual([]);
  });
});
