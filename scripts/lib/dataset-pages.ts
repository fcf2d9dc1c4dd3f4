/**
 * Loading the extraction datasets in ../shared/datasets/extraction (see the README there) as one
 * list of pages with their gold labels, plus the scoring rules of ../shared/datasets/README.md.
 * Shared by eval-detect, eval-extract and bench-extract.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { JSDOM, VirtualConsole } from 'jsdom';

export const DEFAULT_ROOT = '../shared/datasets/extraction';

/** The three sets: WCXB-format folders (any `--data DIR`), Readability's test pages, Fundus. */
export type SetName = 'wcxb' | 'readability' | 'fundus';

export interface Gold {
  body: string;
  title?: string;
  /** Names, each of which must be found. Empty: the page has no author to score. */
  authors: string[];
  /** YYYY-MM-DD or a full timestamp; absent: no date to score. */
  date?: string;
}

export interface DatasetPage {
  set: SetName;
  id: string;
  url: string;
  htmlPath: string;
  isArticle: boolean;
  /** WCXB page type (article, forum, product…); 'news' / 'other' / 'synthetic' for Readability pages. */
  pageType: string;
  gold: Gold;
}

/** Pages of a WCXB-format folder: page-types.csv, html/NNNN.html.gz, ground-truth/NNNN.json. */
export function wcxbPages(dir: string): DatasetPage[] {
  const rows = parseCsv(readFileSync(join(dir, 'page-types.csv'), 'utf8'));
  return rows.map((row) => {
    const id = row.file_id;
    const truthPath = join(dir, 'ground-truth', `${id}.json`);
    const truth = existsSync(truthPath) ? (JSON.parse(readFileSync(truthPath, 'utf8')).ground_truth ?? {}) : {};
    return {
      set: 'wcxb',
      id,
      url: row.url,
      htmlPath: join(dir, row.html || `html/${id}.html.gz`),
      isArticle: row.is_article === '1',
      pageType: row.page_type,
      gold: {
        body: truth.main_content ?? '',
        title: truth.title || undefined,
        authors: truth.author ? goldNames(String(truth.author)) : [],
        date: truth.publish_date || undefined,
      },
    };
  });
}

const READABILITY_KINDS: Record<string, string> = { news_or_magazine: 'news', other_real_page: 'other', synthetic_unit: 'synthetic' };

/** Readability's test pages; the URL is the one its own tests use. */
export function readabilityPages(dir: string): DatasetPage[] {
  const rows = parseCsv(readFileSync(join(dir, 'CATEGORIES.csv'), 'utf8'));
  return rows.map((row) => {
    const folder = join(dir, row.dir);
    const metadata = JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8'));
    const kind = READABILITY_KINDS[row.category] ?? row.category;
    return {
      set: 'readability',
      id: row.dir,
      url: 'http://fakehost/test/page.html',
      htmlPath: join(folder, 'source.html'),
      isArticle: kind === 'news',
      pageType: kind,
      gold: {
        body: htmlText(readFileSync(join(folder, 'expected.html'), 'utf8')),
        title: metadata.title || undefined,
        authors: metadata.byline ? goldNames(metadata.byline.replace(/^\s*by\s+/i, '')) : [],
        date: metadata.publishedTime || undefined,
      },
    };
  });
}

/** Fundus test pages (all news articles) from manifest.json. */
export function fundusPages(dir: string): DatasetPage[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    publisher: string;
    html: string;
    url: string;
    title?: string;
    authors?: string[];
    publishing_date?: string;
    body_text?: string;
  }[];
  return manifest.map((entry) => ({
    set: 'fundus',
    id: entry.html.replace(/^.*\//, '').replace(/\.html\.gz$/, ''),
    url: entry.url,
    htmlPath: join(dir, entry.html),
    isArticle: true,
    pageType: 'article',
    gold: {
      body: entry.body_text ?? '',
      title: entry.title || undefined,
      authors: entry.authors ?? [],
      date: entry.publishing_date || undefined,
    },
  }));
}

/** All pages: the WCXB-format folder (default: wcxb-dev) and, for the shared default, the other two sets. */
export function loadPages(dataDir: string | null): DatasetPage[] {
  if (dataDir) return wcxbPages(resolve(dataDir));
  const root = resolve(DEFAULT_ROOT);
  return [...wcxbPages(join(root, 'wcxb-dev')), ...readabilityPages(join(root, 'readability')), ...fundusPages(join(root, 'fundus'))];
}

/**
 * A page as the evaluations parse it: jsdom at the page's URL, scripts not run, its console
 * silenced. A few WCXB rows have no URL: those pages are parsed at about:blank.
 */
export function parseDocument(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, URL.canParse(url) ? { url, virtualConsole } : { virtualConsole }).window.document;
}

export function readHtml(page: DatasetPage): string {
  const bytes = readFileSync(page.htmlPath);
  return (page.htmlPath.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Whether a stored page kept its <script> elements. WCXB's 4xxx files (550 of the 570 pages with
 * none) were stored without them, so without the JSON-LD that declares a page's type, date and
 * author; their golds were drafted by rs-trafilatura (`_internal.source`), apparently from the page
 * before stripping. The evals score the two kinds apart.
 */
export const keepsScripts = (html: string): boolean => /<script\b/i.test(html);

/** `--data DIR` from argv, or null for the shared default. */
export function dataOption(argv: string[]): string | null {
  const index = argv.indexOf('--data');
  return index >= 0 && argv[index + 1] ? argv[index + 1] : null;
}

export function numberOption(argv: string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  return index >= 0 && argv[index + 1] ? Number(argv[index + 1]) : fallback;
}

// ---------------------------------------------------------------- scoring (datasets README)

/** Python's `\w+` (Unicode), lowercased: the WCXB tokenizer. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

/** Bag-of-words precision / recall / F1 of one page (WCXB rule). */
export function bagOfWords(predicted: string, reference: string): { precision: number; recall: number; f1: number } {
  const predictedTokens = tokens(predicted);
  const referenceTokens = tokens(reference);
  if (!referenceTokens.length) return predictedTokens.length ? { precision: 0, recall: 0, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!predictedTokens.length) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const token of referenceTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of predictedTokens) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  const precision = overlap / predictedTokens.length;
  const recall = overlap / referenceTokens.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Title: exact after whitespace / case folding. */
export function sameTitle(predicted: string | null | undefined, gold: string): boolean {
  return !!predicted && fold(predicted) === fold(gold);
}

/** Author: every gold name found in the predicted byline (names joined, or Readability's byline string). */
export function authorsFound(predicted: string | null | undefined, gold: string[]): boolean {
  if (!predicted) return false;
  const haystack = fold(predicted);
  return gold.every((name) => haystack.includes(fold(name)));
}

/** Date: same calendar day, either as written (page-local) or in UTC. */
export function sameDay(predicted: string | null | undefined, gold: string): boolean {
  if (!predicted) return false;
  const goldDays = calendarDays(gold);
  return calendarDays(predicted).some((day) => goldDays.includes(day));
}

function calendarDays(text: string): string[] {
  const days: string[] = [];
  const written = text.match(/(\d{4})-(\d{2})-(\d{2})/);
  if (written) days.push(written[0]);
  const parsed = Date.parse(text.replace(' ', 'T'));
  if (!Number.isNaN(parsed)) days.push(new Date(parsed).toISOString().slice(0, 10));
  return days;
}

/**
 * Gold author strings split into names: "A, B and C" → three names; credentials after a name
 * ("Dylan Bailey, MS, RD") are not names and are dropped.
 */
export function goldNames(raw: string): string[] {
  const parts = raw
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.filter((part, index) => index === 0 || (!/\d/.test(part) && (part.includes(' ') || part.replace(/[^\p{L}]/gu, '').length >= 6)));
}

/** Visible text of an HTML fragment (block ends become newlines), without a DOM. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h\d|li|tr|blockquote|pre|section|article)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)));
}

/** Minimal CSV reader (quoted fields with commas and doubled quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim());
  const header = splitCsvLine(lines[0]);
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

// ---------------------------------------------------------------- running and printing

/** `--limit N` keeps N pages of each set, evenly spread over it (so every page type stays in), for quick iteration. */
export function limitPages(pages: DatasetPage[], argv: string[]): DatasetPage[] {
  const limit = numberOption(argv, '--limit', Infinity);
  if (!Number.isFinite(limit)) return pages;
  const sets = [...new Set(pages.map((page) => page.set))];
  return sets.flatMap((set) => {
    const members = pages.filter((page) => page.set === set);
    const step = Math.max(1, members.length / limit);
    return members.filter((_, index) => Math.floor(index / step) !== Math.floor((index - 1) / step)).slice(0, limit);
  });
}

export const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Rounded, or null when not a number (so the JSON line stays valid). */
export const round = (value: number, digits = 3): number | null =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;

export function printTable(rows: Record<string, string | number | null>[]): void {
  if (!rows.length) return;
  const keys = Object.keys(rows[0]);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k] ?? '–').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(keys));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(keys.map((k) => String(row[k] ?? '–'))));
}

/**
 * Runs `pages` through the worker script (which answers each page message with one result),
 * `--workers N` at a time (default 2, never more than the cores), results in page order.
 */
export async function runInWorkers<R>(script: URL, pages: DatasetPage[], argv: string[], onProgress?: (done: number) => void): Promise<R[]> {
  const count = Math.max(1, Math.min(numberOption(argv, '--workers', 2), cpus().length, pages.length));
  const results: R[] = new Array(pages.length);
  let next = 0;
  let done = 0;
  const runOne = () =>
    new Promise<void>((resolveWorker, reject) => {
      const worker = tsWorker(script);
      let current = -1;
      const feed = () => {
        if (next >= pages.length) return void worker.terminate().then(() => resolveWorker());
        current = next++;
        worker.postMessage(pages[current]);
      };
      worker.on('message', (result: R) => {
        results[current] = result;
        onProgress?.(++done);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: count }, runOne));
  return results;
}

/** A worker running a TypeScript module: tsx is registered inside the worker before the import. */
function tsWorker(script: URL): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * The page with <style> and non-JSON-LD <script> bodies emptied. jsdom spends most of its parse
 * time on them, and neither Backstory nor Readability reads them (both drop scripts and styles;
 * JSON-LD is kept), so the figures are unchanged while runs are several times faster.
 */
export function lightHtml(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '<style></style>')
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attributes: string) =>
      /application\/ld\+json/i.test(attributes) ? whole : `<script${attributes}></script>`,
    );
}
