/**
 * The demo: serves the fixture site (tests/fixtures/site) on 127.0.0.1 and, when a display is
 * available, opens Chromium with the built extension loaded on the demo home. Without a display
 * it prints how to load the extension by hand. Serves until Ctrl-C.
 *
 *   npm run demo                      # builds first, then runs this script
 *   node scripts/demo.mjs [--port 8737] [--no-browser]
 *   CHROME=/path/to/chrome node scripts/demo.mjs
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CHROME_BUILD = join(PROJECT_ROOT, '.output/chrome-mv3');
const FIREFOX_BUILD = join(PROJECT_ROOT, '.output/firefox-mv2');
const DEFAULT_PORT = 8737;

function options(argv) {
  const portAt = argv.indexOf('--port');
  return {
    port: portAt >= 0 ? Number(argv[portAt + 1]) : Number(process.env.PORT ?? DEFAULT_PORT),
    browser: !argv.includes('--no-browser'),
  };
}

function requireBuild() {
  if (existsSync(join(CHROME_BUILD, 'manifest.json'))) return;
  console.error(`No extension build in ${CHROME_BUILD}.\nRun \`npm run build\` first (or \`npm run demo\`, which builds), then try again.`);
  process.exit(1);
}

async function serve(port) {
  try {
    return await startServer({ port, host: '127.0.0.1' });
  } catch (error) {
    if (error?.code === 'EADDRINUSE') {
      console.error(`Port ${port} on 127.0.0.1 is in use. Stop what uses it or pick another: node scripts/demo.mjs --port 8738`);
      process.exit(1);
    }
    throw error;
  }
}

/** CHROME (or CHROMIUM) from the environment, else Debian's Chromium. */
function chromeCommand() {
  return process.env.CHROME ?? process.env.CHROMIUM ?? '/usr/bin/chromium';
}

/** Starts Chromium with only our extension, in a throwaway profile. Returns a stop function. */
function launchChromium(home) {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-demo-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--load-extension=${CHROME_BUILD}`,
    `--disable-extensions-except=${CHROME_BUILD}`,
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
    home,
  ];
  const browser = spawn(chromeCommand(), args, { stdio: 'ignore' });
  browser.on('error', (error) => {
    console.error(`Could not start ${chromeCommand()} (${error.message}). Set CHROME to a Chrome or Chromium binary, or load the extension by hand:`);
    printInstructions(home);
  });
  browser.on('exit', () => console.log('The browser closed; the demo site is still served (Ctrl-C to stop).'));
  return () => {
    if (browser.exitCode === null && browser.pid) browser.kill('SIGTERM');
    rmSync(profile, { recursive: true, force: true });
  };
}

function printInstructions(home) {
  console.log(`
Load the extension by hand:

  Chrome / Chromium
    1. Open chrome://extensions and switch on "Developer mode" (top right).
    2. Click "Load unpacked" and choose the folder
         ${CHROME_BUILD}

  Firefox
    1. Open about:debugging#/runtime/this-firefox
    2. Click "Load Temporary Add-on…" and choose the file
         ${join(FIREFOX_BUILD, 'manifest.json')}
       (needs \`npm run build\`, which builds both; the add-on stays until Firefox restarts)

Then open the demo site:
    ${home}
`);
}

async function main() {
  const { port, browser } = options(process.argv.slice(2));
  requireBuild();
  const site = await serve(port);
  const home = `${site.url}/index.html`;
  console.log(`Backstory demo site: ${home}`);

  let stopBrowser = () => {};
  if (browser && process.env.DISPLAY && chromeCommand().startsWith('/') && !existsSync(chromeCommand())) {
    console.log(`No browser at ${chromeCommand()} (set CHROME to a Chrome or Chromium binary).`);
    printInstructions(home);
  } else if (browser && process.env.DISPLAY) {
    console.log(`Opening ${chromeCommand()} with the extension from ${CHROME_BUILD} …`);
    stopBrowser = launchChromium(home);
  } else {
    if (browser) console.log('No display ($DISPLAY is not set), so no browser is opened.');
    printInstructions(home);
  }
  console.log('Serving until Ctrl-C.');

  const stop = async () => {
    stopBrowser();
    await site.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
