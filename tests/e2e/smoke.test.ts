/**
 * Smoke test of the end-to-end harness in each browser: the built extension loads, a page served
 * from 127.0.0.1 opens, and the popup and options pages render without a page error, in the
 * browser's light or dark theme.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browsers, buildDir, launch, readBuiltManifest, serveSite, type ExtensionBrowser, type Site, type TestPage } from './harness';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harness smoke page</title></head>
<body><h1>Harness smoke page</h1><p>A page with nothing to keep.</p>
<script>console.log('smoke page script ran')</script></body></html>`;

let folder: string;
let site: Site;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'backstory-smoke-site-'));
  writeFileSync(join(folder, 'index.html'), PAGE);
  site = await serveSite(folder);
});

afterAll(async () => {
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The #app element has rendered something, and the page reported no error. */
async function expectRendered(page: TestPage): Promise<void> {
  await page.waitFor(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
  expect((await page.text('#app')).length).toBeGreaterThan(0);
  expect(await page.pageErrors()).toEqual([]);
}

describe.each(browsers)('%s harness', (name) => {
  let browser: ExtensionBrowser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('finds the built extension', () => {
    expect(() => readBuiltManifest(buildDir(name))).not.toThrow();
  });

  it('loads the extension, opens a local page, and renders the popup and options pages', async () => {
    browser = await launch(name);
    expect(browser.extensionBaseUrl).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+\/$/);

    const page = await browser.openPage(site.url);
    expect(await page.text('h1')).toBe('Harness smoke page');
    expect(await page.evaluate(() => document.title)).toBe('Harness smoke page');
    expect(await page.consoleMessages()).toContainEqual({ type: 'log', text: 'smoke page script ran' });

    const popup = await browser.openPopupFor(site.url);
    expect(await popup.url()).toContain(encodeURIComponent(site.url));
    await expectRendered(popup);

    await expectRendered(await browser.openExtensionPage('options.html'));
  });

  it('offers a key to open the popup (Alt+Shift+K unless the reader changes it)', async () => {
    browser = await launch(name);
    const options = await browser.openExtensionPage('options.html');
    const commands = await options.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return ((await api.commands.getAll()) as { name: string; shortcut?: string }[]).map(({ name, shortcut }) => ({ name, shortcut }));
    });
    expect(commands).toEqual([{ name: name === 'firefox' ? '_execute_browser_action' : '_execute_action', shortcut: 'Alt+Shift+K' }]);
  });

  it('follows the browser’s dark theme in the popup and options pages, and stays light otherwise', async () => {
    browser = await launch(name, { colorScheme: 'dark' });
    for (const page of [await browser.openPopupFor(site.url), await browser.openExtensionPage('options.html')]) {
      await expectRendered(page);
      expect(await colours(page)).toEqual({ page: 'rgb(30, 30, 32)', text: 'rgb(232, 230, 227)' });
    }
    await browser.close();
    browser = await launch(name, { colorScheme: 'light' });
    const options = await browser.openExtensionPage('options.html');
    await expectRendered(options);
    expect(await colours(options)).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(29, 29, 31)' });
  });
});

/** The page's background and text colours as the browser computed them. */
function colours(page: TestPage): Promise<{ page: string; text: string }> {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return { page: root.backgroundColor, text: getComputedStyle(document.body).color };
  });
}
