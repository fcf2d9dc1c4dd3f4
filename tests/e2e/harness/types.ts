/** The browser-neutral surface every end-to-end test and evaluation script uses. */

export type BrowserName = 'chromium' | 'firefox';

/** A function to run in the page, or an expression as a string. */
export type PageFunction<T> = string | ((...args: any[]) => T | Promise<T>);

export interface ConsoleMessage {
  /** 'log' | 'info' | 'warn' | 'error' | 'debug'…, the same words in both browsers. */
  type: string;
  text: string;
}

export interface WaitOptions {
  /** Milliseconds; 10 000 unless told. */
  timeout?: number;
}

export interface TestPage {
  /** The page's current address. */
  url(): Promise<string>;
  /** Runs `fn(...args)` in the page (args must be JSON-serializable) and returns its (awaited) result. */
  evaluate<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T>;
  /** Resolves when `fn(...args)` returns something truthy in the page. */
  waitFor(fn: PageFunction<unknown>, opts?: WaitOptions, ...args: unknown[]): Promise<void>;
  /** Resolves when an element matching `selector` is in the page. */
  waitForSelector(selector: string, opts?: WaitOptions): Promise<void>;
  click(selector: string): Promise<void>;
  /** Types `value` into the input or textarea (replacing what was there). */
  fill(selector: string, value: string): Promise<void>;
  /** The element's textContent, trimmed ('' when absent is an error: the selector must match). */
  text(selector: string): Promise<string>;
  /** Gives a file input these files (absolute paths), as a user picking them would. */
  setInputFiles(selector: string, paths: string[]): Promise<void>;
  /** Sends a message to the background from this extension page and returns the reply. */
  sendMessage<T = unknown>(message: unknown): Promise<T>;
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Console lines of this page: its scripts and, on web pages, the content script.
   * Firefox extension pages: only lines logged after the page became ready (see docs/testing.md).
   */
  consoleMessages(): Promise<ConsoleMessage[]>;
  /** Uncaught errors and unhandled rejections seen on this page. */
  pageErrors(): Promise<string[]>;
  close(): Promise<void>;
  /** The underlying Playwright Page (chromium) or Puppeteer Page (firefox), for what this API lacks. */
  raw: unknown;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/, with the trailing slash. */
  extensionBaseUrl: string;
  /** Opens a normal web page in a new tab and waits for its load event. */
  openPage(url: string): Promise<TestPage>;
  /** Opens an extension page (e.g. 'popup.html', 'options.html') in a new tab and waits until it is ready. */
  openExtensionPage(path: string, query?: Record<string, string>): Promise<TestPage>;
  /** Opens popup.html as a tab, describing the tab that shows `pageUrl`. */
  openPopupFor(pageUrl: string): Promise<TestPage>;
  /**
   * What the browser itself printed: Firefox's stdout/stderr (which, with the harness's prefs,
   * includes console lines of the background page and 'JavaScript error:' lines of every context);
   * in Chromium, the service worker's console lines.
   */
  browserLog(): string[];
  /** The temporary profile folder: each of the browser's processes names it on its command line. */
  profile: string;
  /** Closes the browser, kills anything left of it, and deletes the temporary profile. Never throws. */
  close(): Promise<void>;
  /** The Playwright BrowserContext (chromium) or Puppeteer Browser (firefox). */
  raw: unknown;
}

export interface LaunchOptions {
  /** The built extension to load; .output/chrome-mv3 or .output/firefox-mv2 unless told. */
  extensionDir?: string;
  /**
   * Refuse every request to a host other than 127.0.0.1 (saved real pages name third-party
   * scripts, styles and frames): Chromium aborts them, Firefox sends them to a proxy that is not there.
   */
  loopbackOnly?: boolean;
  /** The colour scheme pages are told the reader prefers ('prefers-color-scheme'); the browser's default unless told. */
  colorScheme?: 'light' | 'dark';
  /**
   * Open web pages (`openPage`) in a private window: Chromium opens them in an incognito context of
   * the same browser, where extension pages still open in the normal profile; Firefox starts in
   * permanent private browsing, where every window is private.
   */
  privateWindows?: boolean;
}
