/**
 * The harness observes what tests rely on, in each browser, with a probe extension whose
 * behaviour is known: content-script console lines, extension-page errors, form controls,
 * messages to the background, and no process left after close(); with `loopbackOnly`, only
 * 127.0.0.1 answers, and a page whose frame is refused still opens.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, serveSite, type ExtensionBrowser, type Site } from './index';
import { writeProbeExtension } from './probe-extension';
import { processesMentioning } from './profile';

let folder: string;
let site: Site;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'backstory-probe-site-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Probe site</title><h1>Probe site</h1>');
  writeFileSync(join(folder, 'upload.txt'), 'sixteen bytes ok');
  site = await serveSite(folder);
});

afterAll(async () => {
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe.each(browsers)('%s harness observes', (name) => {
  let extensionDir: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    extensionDir = writeProbeExtension(name);
    browser = await launch(name, { extensionDir });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(extensionDir, { recursive: true, force: true });
  });

  it("a web page's content-script console lines and errors", async () => {
    const page = await browser.openPage(`${site.url}?throw`);
    await expect.poll(() => page.consoleMessages()).toContainEqual({ type: 'log', text: 'probe content script ran' });
    await expect.poll(() => page.pageErrors()).toEqual([expect.stringContaining('probe content boom')]);
  });

  it('an error thrown by an extension page', async () => {
    const page = await browser.openExtensionPage('probe.html', { mode: 'throw' });
    await expect.poll(() => page.pageErrors()).toEqual([expect.stringContaining('probe page boom')]);
  });

  it('a clean extension page as clean, and its console lines after it is ready', async () => {
    const page = await browser.openExtensionPage('probe.html');
    await page.fill('#name', 'Ada');
    await page.click('#go');
    expect(await page.text('#out')).toBe('hello Ada');
    expect(await page.consoleMessages()).toContainEqual({ type: 'warn', text: 'probe clicked' });
    expect(await page.pageErrors()).toEqual([]);
  });

  it('files given to a file input, and replies from the background', async () => {
    const page = await browser.openExtensionPage('probe.html');
    await page.setInputFiles('#file', [join(folder, 'upload.txt')]);
    await page.waitFor((want: string) => document.getElementById('out')?.textContent === want, {}, 'file says sixteen bytes ok');
    expect(await page.sendMessage({ ask: 'ping' })).toEqual({ echo: { ask: 'ping' } });
    expect(await page.evaluate((a: number, b: number) => a * b, 6, 7)).toBe(42);
  });

  it('the address of the page it shows, across a reload', async () => {
    const page = await browser.openExtensionPage('probe.html', { q: 'a b' });
    const url = `${browser.extensionBaseUrl}probe.html?q=a+b`;
    expect(await page.url()).toBe(url);
    await page.evaluate(() => document.getElementById('app')!.remove());
    await page.reload();
    expect(await page.url()).toBe(url);
    expect(await page.text('#app')).toBe('probe');
  });

  it('a page behind a newer one still visible, its timers unthrottled', async () => {
    const page = await browser.openPage(site.url);
    await browser.openExtensionPage('probe.html');
    await page.evaluate(() => {
      const ticks: number[] = [];
      (window as any).ticks = ticks;
      const timer = setInterval(() => ticks.push(performance.now()), 10);
      setTimeout(() => clearInterval(timer), 1_000);
    });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    expect(await page.evaluate(() => (window as any).ticks.length)).toBeGreaterThan(20);
  });

  it('no browser process left after close()', async () => {
    await browser.close();
    // This launch's profile only: other test runs may have browsers of their own open.
    expect(processesMentioning(browser.profile)).toEqual([]);
  });
});

describe.each(browsers)('%s harness with loopbackOnly', (name) => {
  let extensionDir: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    extensionDir = writeProbeExtension(name);
    browser = await launch(name, { extensionDir, loopbackOnly: true });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(extensionDir, { recursive: true, force: true });
  });

  it('answers requests to 127.0.0.1 only, and opens a page whose frame is refused', async () => {
    // The same server under another name: reachable, unless the browser refuses the host.
    const elsewhere = site.url.replace('127.0.0.1', 'localhost');
    writeFileSync(join(folder, 'framed.html'), `<!doctype html><title>Framed</title><iframe src="${elsewhere}"></iframe>`);
    const page = await browser.openPage(`${site.url}framed.html`);
    const reach = (url: string) =>
      page.evaluate((u: string) => fetch(u, { mode: 'no-cors' }).then(() => 'answered', () => 'refused'), url);
    expect(await reach(site.url)).toBe('answered');
    expect(await reach(elsewhere)).toBe('refused');
  });
});
