/**
 * The built extension on many real pages, in real Chromium and Firefox: does each browser do what
 * the evaluation's Node code (jsdom) says it should, and does anything go wrong on the way?
 * The e2e test (tests/e2e/extract-sample.test.ts) checks 21 hand-picked pages exactly; this sweeps a
 * fixed spread of every set (every Nth page of WCXB dev, Readability's pages and Fundus), served from
 * 127.0.0.1, and counts per browser:
 *   - outcome agreement: stored where jsdom extracts an article, 'not-article' where it does not;
 *   - field agreement on stored pages (title, authors, outlet, date, language, canonical URL, body);
 *   - hung pages (no outcome within the timeout) and errors (uncaught errors on the page, the
 *     content script's error lines, the background's errors in the browser log).
 * Prints the disagreements, then one JSON line. The datasets are read from ../shared, never copied.
 *
 *   npm run build && npm run eval:browsers [-- --browser chromium|firefox] [--every N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveSite, type BrowserName, type ExtensionBrowser, type TestPage } from '../tests/e2e/harness';
import { allDatasetPages, buildExtractSample, comparable, type ComparedArticle, type ExpectedArticle, type ExpectedPage } from './make-extract-sample';
import type { SetName } from './lib/dataset-pages';

const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const BROWSERS: BrowserName[] = arg('--browser') ? [arg('--browser') as BrowserName] : ['chromium', 'firefox'];
/** One page in N of each set (a fixed spread, not a random draw: runs compare). */
const EVERY: Record<SetName, number> = { wcxb: Number(arg('--every') ?? 15), readability: 2, fundus: 4 };
const OUTCOME_TIMEOUT_MS = 30_000;

type Field = keyof ExpectedArticle;
const FIELDS: Field[] = ['url', 'title', 'authors', 'outlet', 'published', 'lang', 'paragraphs', 'textSha256'];

interface PageResult {
  path: string;
  expected: string;
  outcome: string;
  /** Fields of a stored page that differ from what jsdom extracted. */
  differs: Field[];
  errors: string[];
}

function picks(): { set: SetName; id: string }[] {
  const counters: Record<SetName, number> = { wcxb: 0, readability: 0, fundus: 0 };
  return allDatasetPages()
    .filter((page) => URL.canParse(page.url)) // a few WCXB rows give no address to serve the page at
    .filter((page) => counters[page.set]++ % EVERY[page.set] === 0)
    .map(({ set, id }) => ({ set, id }));
}

/**
 * Lines that say something of ours went wrong: they name the extension (its console prefix or
 * address) and read as an error, not the page's own noise nor our info lines (whose page address
 * may well say "failed").
 */
const isOurError = (line: string) =>
  /\[backstory\]|moz-extension:|chrome-extension:/i.test(line) && /^(JavaScript error|console\.error|Uncaught)|\b\w*Error:|could not be kept/i.test(line) && !/^console\.(info|log)/.test(line);

async function visit(browser: ExtensionBrowser, options: TestPage, siteUrl: string, origin: string, page: ExpectedPage): Promise<PageResult> {
  const expected = page.article ? 'stored' : 'not-article';
  const logBefore = browser.browserLog().length;
  let tab: TestPage;
  try {
    tab = await browser.openPage(`${siteUrl}${page.path}`);
  } catch (error) {
    return { path: page.path, expected, outcome: 'no load event', differs: [], errors: [String(error).split('\n')[0]] };
  }
  let outcome = 'no outcome (hung?)';
  const errors: string[] = [];
  try {
    await tab.waitFor(() => document.documentElement.hasAttribute('data-backstory-ingested'), { timeout: OUTCOME_TIMEOUT_MS });
    outcome = (await tab.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'))) ?? outcome;
  } catch {
    // no outcome: reported as hung
  }
  try {
    // The pages' own scripts are emptied, so their inline handlers throw ("jQuery is not defined"): only ours count.
    errors.push(...(await tab.pageErrors()).filter(isOurError).map((e) => `page: ${e}`));
    errors.push(...(await tab.consoleMessages()).filter((m) => m.type === 'error' && isOurError(m.text)).map((m) => `console: ${m.text}`));
  } finally {
    await tab.close();
  }
  errors.push(...browser.browserLog().slice(logBefore).filter(isOurError).map((line) => `browser: ${line}`));
  const differs = outcome === 'stored' && page.article ? await storedDifferences(options, page.article, siteUrl, origin) : [];
  return { path: page.path, expected, outcome, differs, errors };
}

async function storedDifferences(options: TestPage, expected: ExpectedArticle, siteUrl: string, origin: string): Promise<Field[]> {
  const served = (url: string) => (url.startsWith(`${origin}/`) ? `${siteUrl}${url.slice(origin.length + 1)}` : url);
  const reply = await options.sendMessage<{ value: ComparedArticle | null }>({ type: 'article/get', payload: { url: served(expected.url) } });
  if (!reply.value) return ['url'];
  const stored = comparable(reply.value);
  const wanted: ExpectedArticle = { ...expected, url: served(expected.url) };
  return FIELDS.filter((field) => JSON.stringify(stored[field]) !== JSON.stringify(wanted[field]));
}

async function sweep(name: BrowserName, root: string, pages: ExpectedPage[], origin: string): Promise<PageResult[]> {
  const site = await serveSite(root);
  const browser = await launch(name, { loopbackOnly: true });
  const results: PageResult[] = [];
  try {
    const options = await browser.openExtensionPage('options.html');
    for (const [index, page] of pages.entries()) {
      results.push(await visit(browser, options, site.url, origin, page));
      if ((index + 1) % 50 === 0) console.error(`  ${name} ${index + 1}/${pages.length}`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return results;
}

function summarize(name: BrowserName, results: PageResult[]) {
  const agree = results.filter((r) => r.outcome === r.expected || (r.expected === 'not-article' && r.outcome === 'too-large'));
  const storedOk = results.filter((r) => r.outcome === 'stored');
  const exact = storedOk.filter((r) => r.differs.length === 0);
  // A page whose load event never comes (a resource the loopback-only browser leaves pending) is
  // listed, but it is the page's doing: it fails the same way without the extension.
  const hung = results.filter((r) => r.outcome.startsWith('no outcome'));
  const unloaded = results.filter((r) => r.outcome === 'no load event');
  const withErrors = results.filter((r) => r.errors.length > 0 && r.outcome !== 'no load event');
  const fieldMisses = Object.fromEntries(FIELDS.map((f) => [f, storedOk.filter((r) => r.differs.includes(f)).length]));
  console.log(`\n${name}: ${results.length} pages`);
  console.log(`  outcome as jsdom says: ${agree.length}/${results.length}; stored ${storedOk.length}, every field as jsdom: ${exact.length}/${storedOk.length}`);
  console.log(`  fields that differ (pages): ${JSON.stringify(fieldMisses)}`);
  console.log(`  hung (loaded, no outcome): ${hung.length}; no load event: ${unloaded.length}; pages with errors of ours: ${withErrors.length}`);
  for (const r of results.filter((r) => !agree.includes(r) || r.differs.length > 0 || r.errors.length > 0)) {
    console.log(`  ${r.path}: expected ${r.expected}, got ${r.outcome}${r.differs.length ? `; differs: ${r.differs.join(', ')}` : ''}`);
    for (const e of r.errors.slice(0, 3)) console.log(`      ${e.slice(0, 300)}`);
  }
  return {
    pages: results.length,
    outcomeAgreement: Math.round((agree.length / results.length) * 1000) / 1000,
    stored: storedOk.length,
    fieldsExact: exact.length,
    hung: hung.length,
    noLoadEvent: unloaded.length,
    pagesWithErrors: withErrors.length,
  };
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'backstory-eval-browsers-'));
  try {
    const started = Date.now();
    const sample = buildExtractSample(root, picks());
    if (!sample) throw new Error('No datasets at ../shared/datasets/extraction');
    console.log(`${sample.pages.length} pages (every ${EVERY.wcxb}th of WCXB dev, ${EVERY.readability}nd of Readability's, ${EVERY.fundus}th of Fundus); jsdom stores ${sample.pages.filter((p) => p.article).length}`);
    const figures: Record<string, ReturnType<typeof summarize>> = {};
    for (const name of BROWSERS) figures[name] = summarize(name, await sweep(name, root, sample.pages, sample.origin));
    console.log(`run ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(JSON.stringify(figures));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
