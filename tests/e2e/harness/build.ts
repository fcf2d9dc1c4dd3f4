/** Where the built extension for each browser lives, and a clear failure when it is missing. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserName } from './types';

/** The project's root folder, wherever the tests or scripts are run from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const BUILD_FOLDERS: Record<BrowserName, string> = {
  chromium: '.output/chrome-mv3',
  firefox: '.output/firefox-mv2',
};

export function buildDir(name: BrowserName): string {
  return resolve(PROJECT_ROOT, BUILD_FOLDERS[name]);
}

/** The parsed manifest.json of a build, or an error that says how to make the build. */
export function readBuiltManifest(dir: string): Record<string, any> {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No built extension at ${dir} (manifest.json missing): run \`npm run build\` first.`);
  }
  return JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, any>;
}

/** The Firefox add-on id the build declares (browser_specific_settings.gecko.id). */
export function geckoId(manifest: Record<string, any>): string {
  const id = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (typeof id !== 'string') throw new Error('The Firefox build declares no browser_specific_settings.gecko.id.');
  return id;
}

/** `base` + `path` + `?query`, e.g. extensionUrl('moz-extension://u/', 'popup.html', { url }) */
export function extensionUrl(base: string, path: string, query: Record<string, string> = {}): string {
  const url = new URL(path.replace(/^\//, ''), base);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.href;
}
