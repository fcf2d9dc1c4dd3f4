/** Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, with the built extension loaded. */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { buildDir, extensionUrl, readBuiltManifest } from './build';
import { callExpression, consoleMessage, pollUntil, DEFAULT_TIMEOUT, POLL_INTERVAL, sendFromExtensionPage } from './page-code';
import { freshProfile, killProcessesUsing, removeProfile, within } from './profile';
import type { ConsoleMessage, ExtensionBrowser, LaunchOptions, PageFunction, TestPage } from './types';

const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? buildDir('chromium');
  readBuiltManifest(dir);
  const profile = freshProfile('chromium');
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // Playwright's own headless mode is the old "headless shell", which cannot load extensions.
      headless: false,
      viewport: { width: 1280, height: 800 },
      ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
      timeout: 60_000,
      args: [...CHROMIUM_FLAGS, `--load-extension=${dir}`, `--disable-extensions-except=${dir}`],
    });
    if (opts.loopbackOnly) await refuseOtherHosts(context);
    const worker = await extensionWorker(context);
    const webPages = opts.privateWindows ? await incognitoContext(context, opts) : context;
    return chromiumBrowser(context, webPages, worker, profile);
  } catch (error) {
    killProcessesUsing(profile);
    removeProfile(profile);
    throw error;
  }
}

/** Aborts every request of a web page to a host other than 127.0.0.1 (LaunchOptions.loopbackOnly). */
async function refuseOtherHosts(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
}

/** LaunchOptions.privateWindows: an incognito context in the same browser (Playwright's new contexts are off the record). */
async function incognitoContext(context: BrowserContext, opts: LaunchOptions): Promise<BrowserContext> {
  const incognito = await context.browser()!.newContext({
    viewport: { width: 1280, height: 800 },
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
  });
  if (opts.loopbackOnly) await refuseOtherHosts(incognito);
  return incognito;
}

/** The extension's service worker: its URL carries the extension id. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch {
    throw new Error('The extension did not start in Chromium (no service worker within 15 s): is the build valid?');
  }
}

function chromiumBrowser(context: BrowserContext, webPages: BrowserContext, worker: Worker, profile: string): ExtensionBrowser {
  const extensionBaseUrl = `chrome-extension://${new URL(worker.url()).host}/`;
  const log: string[] = [];
  worker.on('console', (message) => log.push(`console.${message.type()}: ${message.text()}`));

  async function newTab(url: string, where = context): Promise<TestPage> {
    const page = await where.newPage();
    const testPage = chromiumPage(page);
    await page.goto(url, { waitUntil: 'load' });
    return testPage;
  }

  return {
    name: 'chromium',
    profile,
    extensionBaseUrl,
    openPage: (url) => newTab(url, webPages),
    openExtensionPage: (path, query) => newTab(extensionUrl(extensionBaseUrl, path, query)),
    openPopupFor: (pageUrl) => newTab(extensionUrl(extensionBaseUrl, 'popup.html', { url: pageUrl })),
    browserLog: () => [...log],
    async close() {
      await within(10_000, context.close().catch(() => undefined));
      killProcessesUsing(profile);
      removeProfile(profile);
    },
    raw: context,
  };
}

/** Wraps a Playwright page; console lines and errors are recorded from the moment it exists. */
export function chromiumPage(page: Page): TestPage {
  const messages: ConsoleMessage[] = [];
  const errors: string[] = [];
  page.on('console', (message) => messages.push(consoleMessage(message.type(), message.text())));
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  const timeoutOf = (opts?: { timeout?: number }) => ({ timeout: opts?.timeout ?? DEFAULT_TIMEOUT });

  return {
    url: async () => page.url(),
    evaluate: <T>(fn: PageFunction<T>, ...args: unknown[]) => page.evaluate(callExpression(fn, args)) as Promise<T>,
    async waitFor(fn, opts, ...args) {
      const expression = callExpression(fn, args);
      await pollUntil(() => page.evaluate(expression), timeoutOf(opts).timeout, typeof fn === 'string' ? fn : fn.toString().slice(0, 120));
    },
    async waitForSelector(selector, opts) {
      await page.waitForSelector(selector, { ...timeoutOf(opts), state: 'attached' });
    },
    click: (selector) => page.click(selector, timeoutOf()),
    fill: (selector, value) => page.fill(selector, value, timeoutOf()),
    async text(selector) {
      return ((await page.locator(selector).first().textContent(timeoutOf())) ?? '').trim();
    },
    setInputFiles: (selector, paths) => page.setInputFiles(selector, paths, timeoutOf()),
    sendMessage: <T>(message: unknown) => page.evaluate(callExpression(sendFromExtensionPage, [message])) as Promise<T>,
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    consoleMessages: async () => [...messages],
    pageErrors: async () => [...errors],
    close: () => page.close(),
    raw: page,
  };
}
