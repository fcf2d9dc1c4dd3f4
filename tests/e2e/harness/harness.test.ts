/** The harness's pure parts: browser choice, page-function packing, URLs, the fallback server. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionUrl } from './build';
import { chosenBrowsers } from './index';
import { callExpression } from './page-code';
import { serveSite } from './server';

describe('chosenBrowsers', () => {
  it.each([
    [undefined, ['chromium', 'firefox']],
    ['', ['chromium', 'firefox']],
    ['chromium', ['chromium']],
    [' Firefox ', ['firefox']],
    ['firefox,chromium', ['chromium', 'firefox']],
  ])('E2E_BROWSERS=%j runs %j', (setting, expected) => {
    expect(chosenBrowsers(setting)).toEqual(expected);
  });

  it('refuses an unknown browser name', () => {
    expect(() => chosenBrowsers('chrome')).toThrow(/unknown browsers: chrome/);
  });
});

describe('callExpression', () => {
  const run = (expression: string) => new Function(`return ${expression}`)();

  it('calls the function with JSON arguments', () => {
    expect(run(callExpression((a: number, b: string) => `${b}${a}`, [1, 'x']))).toBe('x1');
  });

  it('brings its own __name, which tsx inserts around named inner functions', () => {
    const fn = `() => { const inner = __name(() => 7, "inner"); return inner(); }`;
    expect(run(callExpression(new Function(`return ${fn}`)(), []))).toBe(7);
  });

  it('passes an expression string through, and refuses arguments with it', () => {
    expect(callExpression('1 + 1', [])).toBe('1 + 1');
    expect(() => callExpression('1 + 1', [2])).toThrow(/only be passed to a function/);
  });
});

describe('extensionUrl', () => {
  it('joins the base, the page and an encoded query', () => {
    expect(extensionUrl('moz-extension://u/', '/popup.html', { url: 'http://127.0.0.1:8000/a?b=c' })).toBe(
      'moz-extension://u/popup.html?url=http%3A%2F%2F127.0.0.1%3A8000%2Fa%3Fb%3Dc',
    );
  });
});

describe('serveSite', () => {
  it('serves a folder on 127.0.0.1 and nothing outside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'backstory-serve-'));
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    const site = await serveSite(root);
    try {
      expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const home = await fetch(site.url);
      expect(home.headers.get('content-type')).toContain('text/html');
      expect(await home.text()).toBe('<h1>home</h1>');
      expect((await fetch(`${site.url}missing.html`)).status).toBe(404);
      expect((await fetch(`${site.url}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    } finally {
      await site.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
