/**
 * Browser plumbing shared by eval-declutter.ts and bench-declutter.ts: a loopback server for the
 * stored pages, Chromium (Playwright) or Firefox (Puppeteer over WebDriver BiDi) with the built
 * extension, requests to anything but 127.0.0.1 refused, and (for --module runs) the declutter
 * module bundled with esbuild to inject into a page without the extension.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

/** The labels (one JSON per page) and the pages they label (Readability's test pages, served as stored). */
export const DECLUTTER_LABELS = resolve('../shared/datasets/declutter');
export const LABELED_PAGES_ROOT = resolve('../shared/datasets/extraction/readability');

/** The names of the labeled pages, sorted. */
export function labeledPages(): string[] {
  return readdirSync(DECLUTTER_LABELS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
const LOAD_TIMEOUT_MS = 20_000;

const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml' };

/** Serves `root` as stored from 127.0.0.1 (the team's scripts/serve.mjs when present). */
export async function serveRoot(root: string): Promise<{ url: string; close(): Promise<void> }> {
  if (existsSync(resolve('scripts/serve.mjs'))) {
    const { startServer } = (await import(resolve('scripts/serve.mjs'))) as {
      startServer(o: { root: string; port: number; host: string }): Promise<{ url: string; close(): Promise<void> | void }>;
    };
    const server = await startServer({ root, port: 0, host: '127.0.0.1' });
    return { url: server.url.replace(/\/$/, ''), close: async () => void (await server.close()) };
  }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export interface EvalPage {
  goto(url: string): Promise<void>;
  inject(bundle: Bundle): Promise<void>;
  wait(ms: number): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  evaluate<R>(fn: () => R): Promise<R>;
  close(): Promise<void>;
  /** The Playwright page (Chromium only), for tracing. */
  playwright?: import('playwright-core').Page;
}

export interface EvalBrowser {
  newPage(): Promise<EvalPage>;
  close(): Promise<void>;
}

export interface Bundle {
  js: string;
  css: string;
}

/** tsx compiles our page functions with esbuild's keepNames, which calls a `__name` helper. */
const DEFINE_NAME_HELPER = 'globalThis.__name = globalThis.__name || ((f) => f)';

const isLoopback = (url: string) => /^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:|chrome-extension:|moz-extension:)/.test(url);

export async function openBrowser(name: 'chromium' | 'firefox', { extension = true } = {}): Promise<EvalBrowser> {
  return name === 'firefox' ? openFirefox(extension) : openChromium(extension);
}

async function openChromium(extension: boolean): Promise<EvalBrowser> {
  const { chromium } = await import('playwright-core');
  if (extension && !existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('No .output/chrome-mv3: run `npm run build` first.');
  const profile = mkdtempSync(join(tmpdir(), 'backstory-declutter-'));
  const load = extension ? [`--load-extension=${CHROME_BUILD}`, `--disable-extensions-except=${CHROME_BUILD}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false,
    args: [...CHROMIUM_FLAGS, ...load],
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort()));
  if (extension) {
    // Wait for the service worker so the first page already has the content script.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {});
  }
  return {
    async newPage() {
      const page = await context.newPage();
      return {
        playwright: page,
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => {});
          await page.evaluate(DEFINE_NAME_HELPER);
        },
        inject: (bundle) => injectBundle((fn, arg) => page.evaluate(fn as never, arg as never), bundle),
        wait: (ms) => page.waitForTimeout(ms),
        evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn as never, arg as never)) as EvalPage['evaluate'],
        close: () => page.close(),
      };
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function openFirefox(extension: boolean): Promise<EvalBrowser> {
  const puppeteer = (await import('puppeteer-core')).default;
  if (extension && !existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('No .output/firefox-mv2: run `npm run build` first.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  if (extension) await browser.installExtension(FIREFOX_BUILD);
  return {
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (isLoopback(request.url())) void request.continue();
        else void request.abort();
      });
      return {
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => {});
          await page.evaluate(DEFINE_NAME_HELPER);
        },
        inject: (bundle) => injectBundle((fn, arg) => page.evaluate(fn as never, arg as never), bundle),
        wait: (ms) => new Promise((done) => setTimeout(done, ms)),
        evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn as never, arg as never)) as EvalPage['evaluate'],
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Bundles lib/declutter into one script exposing `window.__backstoryDeclutter`. */
export async function declutterBundle(): Promise<Bundle> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bundle-'));
  try {
    const out = join(dir, 'declutter.js');
    await build({ entryPoints: [resolve('lib/declutter/index.ts')], bundle: true, format: 'iife', globalName: '__backstoryDeclutter', outfile: out, target: 'es2022', logLevel: 'silent' });
    return { js: readFileSync(out, 'utf8'), css: readFileSync(resolve('lib/declutter/known-widgets.css'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Evaluate = (fn: (arg: Bundle) => unknown, arg: Bundle) => Promise<unknown>;

/** Adds the CSS and the module to the page and starts the pass, as the content script would. */
async function injectBundle(evaluate: Evaluate, bundle: Bundle): Promise<void> {
  await evaluate((b) => {
    const style = document.createElement('style');
    style.textContent = b.css;
    document.head.appendChild(style);
    const api = new Function(`${b.js}\nreturn __backstoryDeclutter;`)() as { startDeclutter(o: { doc: Document }): unknown };
    (window as unknown as { __declutter: unknown }).__declutter = api.startDeclutter({ doc: document });
  }, bundle);
}
