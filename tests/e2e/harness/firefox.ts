/** Real Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built extension installed. */
import { StringDecoder } from 'node:string_decoder';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildDir, extensionUrl, geckoId, readBuiltManifest } from './build';
import { installConsoleRecorder, readConsoleRecorder, type RecordedConsole } from './console-recorder';
import { callExpression, consoleMessage, pollUntil, DEFAULT_TIMEOUT, POLL_INTERVAL, sendFromExtensionPage } from './page-code';
import { freshProfile, killProcessesUsing, removeProfile, within } from './profile';
import type { ConsoleMessage, ExtensionBrowser, LaunchOptions, PageFunction, TestPage } from './types';

/** Fixed, so moz-extension:// URLs are known before the add-on is installed. */
export const FIREFOX_EXTENSION_UUID = '4b4c6b3e-7d1a-4f5e-9b2a-8c3d2e1f0a9b';

/**
 * LaunchOptions.loopbackOnly: a proxy auto-config that sends every host but 127.0.0.1 to a port
 * nothing listens on (port 1, which Firefox also refuses as unsafe), with no fall-back to a direct
 * connection; `localhost` too (Firefox never proxies it unless told).
 */
const LOOPBACK_ONLY_PREFS = {
  'network.proxy.type': 2,
  'network.proxy.autoconfig_url': `data:text/plain,${encodeURIComponent('function FindProxyForURL(url, host) { return host === "127.0.0.1" ? "DIRECT" : "PROXY 127.0.0.1:1"; }')}`,
  'network.proxy.allow_hijacking_localhost': true,
  'network.proxy.failover_direct': false,
};

export async function launchFirefox(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? buildDir('firefox');
  const addonId = geckoId(readBuiltManifest(dir));
  const profile = freshProfile('firefox');
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
      timeout: 60_000,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 800 },
      // Without it, WebDriver BiDi refuses to navigate a tab to a moz-extension:// URL.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
        // BiDi reports no console events from extension contexts; stdout is where they can be read.
        'devtools.console.stdout.content': true,
        ...(opts.loopbackOnly ? LOOPBACK_ONLY_PREFS : {}),
        // BiDi has no media emulation; this pref answers 'prefers-color-scheme' (0 dark, 1 light).
        ...(opts.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1 } : {}),
        ...(opts.privateWindows ? { 'browser.privatebrowsing.autostart': true } : {}),
      },
    });
    const log = recordOutput(browser);
    await browser.installExtension(dir);
    return firefoxBrowser(browser, profile, log);
  } catch (error) {
    browser?.process()?.kill('SIGKILL');
    killProcessesUsing(profile);
    removeProfile(profile);
    throw error;
  }
}

/** Every line Firefox prints on stdout and stderr, in order. */
function recordOutput(browser: Browser): string[] {
  const lines: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    const decoder = new StringDecoder('utf8');
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const parts = (partial + decoder.write(chunk)).split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts);
    });
  }
  return lines;
}

function firefoxBrowser(browser: Browser, profile: string, log: string[]): ExtensionBrowser {
  const extensionBaseUrl = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;

  async function openPage(url: string): Promise<TestPage> {
    const page = await newWindow(browser);
    const testPage = firefoxWebPage(page);
    await page.goto(url, { waitUntil: 'load' }).catch(async (error: unknown) => {
      // BiDi fails the navigation ("Address rejected") when a frame of the page cannot load,
      // though the page itself loads: wait for it as for an extension page.
      if (!String(error).includes('Address rejected')) throw error;
      await waitUntilShowing(page, url);
    });
    return testPage;
  }

  async function openExtensionPage(path: string, query?: Record<string, string>): Promise<TestPage> {
    const page = await newWindow(browser);
    const testPage = firefoxExtensionPage(page, { extensionBaseUrl, log });
    await showExtensionPage(page, extensionUrl(extensionBaseUrl, path, query));
    return testPage;
  }

  return {
    name: 'firefox',
    profile,
    extensionBaseUrl,
    openPage,
    openExtensionPage,
    openPopupFor: (pageUrl) => openExtensionPage('popup.html', { url: pageUrl }),
    browserLog: () => [...log],
    async close() {
      await within(10_000, browser.close().catch(() => undefined));
      browser.process()?.kill('SIGKILL');
      killProcessesUsing(profile);
      removeProfile(profile);
    },
    raw: browser,
  };
}

/**
 * Each page gets its own window: a Firefox tab behind another is hidden, its timers clamped to
 * one per second and its animation frames stopped, which would slow or stall the content script.
 * (Chromium under Playwright keeps every page visible.)
 */
function newWindow(browser: Browser): Promise<Page> {
  return browser.newPage({ type: 'window' });
}

/**
 * Navigates to a moz-extension:// page. BiDi never reports such a navigation as finished
 * (page.goto does not resolve), so the navigation is started, not awaited, and the page is
 * ready when it shows that address with its load complete.
 */
async function showExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  await waitUntilShowing(page, url);
  await page.evaluate(callExpression(installConsoleRecorder));
}

/** Resolves when the tab shows `url` (query and hash aside), fully loaded, and not the document marked before a reload. */
async function waitUntilShowing(page: Page, url: string): Promise<void> {
  // Compared as strings: Node's URL gives moz-extension:// addresses the origin "null".
  const withoutQuery = (address: string) => address.split(/[?#]/)[0];
  const showing = (address: string) =>
    location.href.split(/[?#]/)[0] === address &&
    document.readyState === 'complete' &&
    !(globalThis as any).__backstoryE2EReloading;
  const check = callExpression(showing, [withoutQuery(url)]);
  const deadline = Date.now() + DEFAULT_TIMEOUT;
  // Polled from Node: a waitForFunction started on the tab's about:blank is not moved to the
  // extension page's realm, so it would wait forever.
  while (!(await page.evaluate(check).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Firefox did not show ${url} within ${DEFAULT_TIMEOUT} ms.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL));
  }
}

/** A web page: console lines (the content script's included) and errors come from BiDi events. */
function firefoxWebPage(page: Page): TestPage {
  const messages: ConsoleMessage[] = [];
  const errors: string[] = [];
  page.on('console', (message) => messages.push(consoleMessage(message.type(), message.text())));
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return {
    ...firefoxPageBasics(page),
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    consoleMessages: async () => [...messages],
    pageErrors: async () => [...errors],
  };
}

/**
 * An extension page: BiDi sends no console or error events from extension contexts, so console
 * lines come from a recorder installed once the page is ready, and uncaught errors from the
 * "JavaScript error: moz-extension://…" lines Firefox prints while the page is open.
 */
function firefoxExtensionPage(page: Page, ctx: { extensionBaseUrl: string; log: string[] }): TestPage {
  const firstLine = ctx.log.length;
  const extensionErrors = () =>
    ctx.log.slice(firstLine).filter((line) => line.startsWith(`JavaScript error: ${ctx.extensionBaseUrl}`));
  return {
    ...firefoxPageBasics(page),
    async reload() {
      const url = (await page.evaluate('location.href')) as string;
      await page.evaluate('globalThis.__backstoryE2EReloading = true');
      page.reload().catch(() => undefined);
      await waitUntilShowing(page, url);
      await page.evaluate(callExpression(installConsoleRecorder));
    },
    async consoleMessages() {
      return ((await page.evaluate(callExpression(readConsoleRecorder))) as RecordedConsole).console;
    },
    async pageErrors() {
      return [...extensionErrors(), ...((await page.evaluate(callExpression(readConsoleRecorder))) as RecordedConsole).rejections];
    },
  };
}

type PageBasics = Omit<TestPage, 'reload' | 'consoleMessages' | 'pageErrors'>;

function firefoxPageBasics(page: Page): PageBasics {
  const timeoutOf = (opts?: { timeout?: number }) => ({ timeout: opts?.timeout ?? DEFAULT_TIMEOUT });
  return {
    // page.url() stays 'about:blank' on extension pages: BiDi reports no navigation there.
    url: () => page.evaluate('location.href') as Promise<string>,
    evaluate: <T>(fn: PageFunction<T>, ...args: unknown[]) => page.evaluate(callExpression(fn, args)) as Promise<T>,
    async waitFor(fn, opts, ...args) {
      const expression = callExpression(fn, args);
      await pollUntil(() => page.evaluate(expression), timeoutOf(opts).timeout, typeof fn === 'string' ? fn : fn.toString().slice(0, 120));
    },
    async waitForSelector(selector, opts) {
      await page.waitForSelector(selector, timeoutOf(opts));
    },
    async click(selector) {
      await page.waitForSelector(selector, timeoutOf());
      await page.click(selector);
    },
    async fill(selector, value) {
      // Typed as a reader would, over what the field held. Puppeteer's Locator.fill never finds the
      // field "stable" in Firefox ESR 140 over BiDi (it times out on a plain visible input).
      const input = await page.waitForSelector(selector, timeoutOf());
      await input!.evaluate((field) => {
        (field as HTMLInputElement).focus();
        (field as HTMLInputElement).select();
      });
      if (value) await page.keyboard.type(value);
      else await page.keyboard.press('Backspace');
    },
    async text(selector) {
      const element = await page.waitForSelector(selector, timeoutOf());
      return ((await element?.evaluate((node) => node.textContent)) ?? '').trim();
    },
    async setInputFiles(selector, paths) {
      const input = await page.waitForSelector(selector, timeoutOf());
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(...paths);
    },
    sendMessage: <T>(message: unknown) => page.evaluate(callExpression(sendFromExtensionPage, [message])) as Promise<T>,
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
    raw: page,
  };
}
