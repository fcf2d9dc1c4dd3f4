/**
 * A tiny extension that exercises what the harness must observe (console lines from a content
 * script and an extension page, uncaught errors, a background that answers messages, form
 * controls), written for one browser into a folder. Used by the harness's own tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserName } from './types';

const BACKGROUND = `(globalThis.browser ?? chrome).runtime.onMessage.addListener((message, _sender, reply) => {
  reply({ echo: message });
});
console.log('probe background started');`;

const CONTENT = `console.log('probe content script ran');
if (location.search.includes('throw')) setTimeout(() => { throw new Error('probe content boom'); });`;

const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Probe</title></head><body>
<div id="app">probe</div><input id="name"><input id="file" type="file"><button id="go">go</button>
<p id="out"></p><script src="probe.js"></script></body></html>`;

const PAGE_SCRIPT = `const out = document.getElementById('out');
document.getElementById('go').addEventListener('click', () => {
  out.textContent = 'hello ' + document.getElementById('name').value;
  console.warn('probe clicked');
});
document.getElementById('file').addEventListener('change', async (event) => {
  out.textContent = 'file says ' + (await event.target.files[0].text());
});
if (location.search.includes('throw')) throw new Error('probe page boom');`;

const MANIFESTS: Record<BrowserName, object> = {
  chromium: {
    manifest_version: 3,
    name: 'Harness probe',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'] }],
  },
  firefox: {
    manifest_version: 2,
    name: 'Harness probe',
    version: '1.0',
    browser_specific_settings: { gecko: { id: 'probe@backstory.local' } },
    background: { scripts: ['background.js'] },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'] }],
  },
};

/** Writes the probe extension for `name` into a new temporary folder and returns it. */
export function writeProbeExtension(name: BrowserName): string {
  const dir = mkdtempSync(join(tmpdir(), `backstory-probe-${name}-`));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(MANIFESTS[name], null, 2),
    'background.js': BACKGROUND,
    'content.js': CONTENT,
    'probe.html': PAGE_HTML,
    'probe.js': PAGE_SCRIPT,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}
