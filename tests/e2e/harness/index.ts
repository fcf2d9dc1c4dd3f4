/**
 * The end-to-end harness: the built extension in real Chromium and real Firefox, behind one API.
 *
 *   const browser = await launch('firefox');
 *   const page = await browser.openPage(`${site.url}article.html`);
 *   const popup = await browser.openPopupFor(await page.url());
 *   await browser.close();
 *
 * See docs/testing.md.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './types';

export type { BrowserName, ConsoleMessage, ExtensionBrowser, LaunchOptions, PageFunction, TestPage, WaitOptions } from './types';
export { buildDir, readBuiltManifest } from './build';
export { serveSite, type Site } from './server';
export { FIREFOX_EXTENSION_UUID } from './firefox';

const ALL_BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The browsers to test: both, or those named in E2E_BROWSERS (comma-separated, e.g. "chromium"). */
export const browsers: BrowserName[] = chosenBrowsers(process.env.E2E_BROWSERS);

export function chosenBrowsers(setting: string | undefined): BrowserName[] {
  if (!setting?.trim()) return [...ALL_BROWSERS];
  const names = setting.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ALL_BROWSERS.includes(name as BrowserName));
  if (unknown.length > 0) throw new Error(`E2E_BROWSERS names unknown browsers: ${unknown.join(', ')} (use chromium, firefox).`);
  return ALL_BROWSERS.filter((name) => names.includes(name));
}

/** Starts a fresh browser (new temporary profile) with the built extension loaded. */
export function launch(name: BrowserName, opts?: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}
