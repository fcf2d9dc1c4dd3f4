/**
 * The demo: serves the fixture site (tests/fixtures/site) on http://127.0.0.1:8737 and, when a
 * display is available, opens Chromium with the built extension loaded on the demo home page.
 * Without a display it prints how to load the extension by hand. Serves until Ctrl-C.
 *
 *   npm run demo                 # builds first, then runs this script
 *   PORT=9000 CHROMIUM=/path/to/chrome node scripts/demo.mjs
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CHROME_BUILD = join(PROJECT_ROOT, '.output/chrome-mv3');
const FIREFOX_MANIFEST = join(PROJECT_ROOT, '.output/firefox-mv2/manifest.json');
const DEFAULT_PORT = 8737;
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** The port to serve on: PORT from the environment, else 8737. */
function chosenPort() {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);
  return port;
}

/** Chromium with only our extension, a throwaway profile, on the demo home page. */
function launchChromium(binary, homeUrl) {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-demo-'));
  const child = spawn(
    binary,
    [
      `--load-extension=${CHROME_BUILD}`,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      homeUrl,
    ],
    { stdio: 'ignore' },
  );
  child.on('error', (error) => console.error(`Could not start ${binary}: ${error.message}`));
  child.on('exit', () => console.log('Chromium closed. The site is still served; Ctrl-C to stop.'));
  const cleanUp = () => {
    if (child.exitCode === null) child.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  return cleanUp;
}

function printInstructions(homeUrl) {
  console.log(`No display ($DISPLAY is not set), so no browser is opened. To try Backstory by hand:

  Chrome / Chromium: open chrome://extensions, switch on "Developer mode", click "Load unpacked"
                     and choose ${CHROME_BUILD}
  Firefox:           open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
                     and choose ${FIREFOX_MANIFEST}

  Then open the demo: ${homeUrl}`);
}

async function main() {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    fail(`No built extension in ${CHROME_BUILD}. Run \`npm run build\` first (or \`npm run demo\`, which builds).`);
  }
  const site = await startServer({ port: chosenPort() });
  const homeUrl = `${site.url}/`;
  console.log(`Backstory demo site: ${homeUrl}`);

  let closeBrowser = () => {};
  if (process.env.DISPLAY) {
    const binary = process.env.CHROMIUM ?? DEFAULT_CHROMIUM;
    if (existsSync(binary)) {
      console.log(`Opening ${binary} with the extension from ${CHROME_BUILD}`);
      closeBrowser = launchChromium(binary, homeUrl);
    } else {
      console.log(`No browser at ${binary} (set CHROMIUM to another path).`);
      printInstructions(homeUrl);
    }
  } else {
    printInstructions(homeUrl);
  }
  console.log('Serving until Ctrl-C.');

  const stop = async () => {
    closeBrowser();
    await site.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
