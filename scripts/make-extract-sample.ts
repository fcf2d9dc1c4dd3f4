/**
 * The real-browser extraction sample: a few dataset pages (../shared/datasets/extraction, see its
 * README), written into a scratch folder as the evaluation reads them (lightHtml: script and style
 * bodies emptied, JSON-LD kept), each at its original URL path under `<set>/<id>/`, with what the
 * evaluation's Node code (jsdom, detectArticle on one parse, extractArticle on a fresh one) says
 * about each page served from 127.0.0.1. tests/e2e/extract-sample.test.ts builds it when it runs
 * and checks that the built extension stores exactly that. The datasets are read from ../shared,
 * never copied into the project.
 *   npx tsx scripts/make-extract-sample.ts [DIR]   (writes the sample to DIR and prints it)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../lib/article';
import { detectArticle } from '../lib/detect';
import { extractArticle } from '../lib/extract';
import { fundusPages, lightHtml, parseDocument, readabilityPages, readHtml, wcxbPages, type DatasetPage, type SetName } from './lib/dataset-pages';

/** The address expected.json is computed for; the test maps it to the port it serves from. */
export const SAMPLE_ORIGIN = 'http://127.0.0.1:8737';
export const DATASETS = resolve('../shared/datasets/extraction');

/**
 * The sample, chosen by hand (deterministic): articles from all three sets in ten languages,
 * each detected well clear of the threshold and under 25,000 elements (the content script's
 * limit), and three WCXB pages that are not articles.
 */
export const SAMPLE: { set: SetName; id: string }[] = [
  { set: 'wcxb', id: '0031' }, // abc7ny.com, en
  { set: 'wcxb', id: '0078' }, // securityweek.com, en-US
  { set: 'wcxb', id: '0094' }, // mitsloan.mit.edu, a date without time
  { set: 'wcxb', id: '0137' }, // blogs.chapman.edu, no publication date found
  { set: 'wcxb', id: '0161' }, // npr.org, two bylines
  { set: 'wcxb', id: '0481' }, // a UTC timestamp, and a <time> that writes the same moment in local time (publisher-day.ts)
  { set: 'wcxb', id: '4644' }, // a UTC timestamp, and the day a <time> shows for it (publisher-day.ts)
  { set: 'readability', id: 'aktualne' }, // Czech
  { set: 'readability', id: 'folha' }, // Portuguese, no author
  { set: 'readability', id: 'la-nacion' }, // Spanish, no date or language
  { set: 'readability', id: 'liberation-1' }, // French, four authors
  { set: 'readability', id: 'gmw' }, // Chinese, no canonical URL: stored at its 127.0.0.1 address
  { set: 'readability', id: 'yahoo-4' }, // Japanese, the whole report in one <p> split by <br><br>
  { set: 'fundus', id: 'LeMonde_2023_09_01' }, // French
  { set: 'fundus', id: 'MainichiShimbun_2025_01_14' }, // Japanese
  { set: 'fundus', id: 'Kommersant_2025_05_14' }, // Russian
  { set: 'fundus', id: 'HankookIlbo_2026_07_12' }, // Korean
  { set: 'fundus', id: 'DW_2024_01_30' }, // German, a percent-encoded path
  { set: 'fundus', id: 'FAZ_2025_04_15' }, // German, soft hyphens inside its words (&shy;): stored without them
  { set: 'fundus', id: 'Reuters_2023_05_16' }, // a consent manager's preference centre (OneTrust's CCPA text) in the page: not the article
  { set: 'wcxb', id: '0403' }, // forum thread: not an article
  { set: 'wcxb', id: '0504' }, // forum thread: not an article
  { set: 'wcxb', id: '0582' }, // product page: not an article
];

/** What the extension should have stored for a page (the fields the test compares). */
export interface ExpectedArticle {
  url: string;
  title: string;
  authors: string[];
  outlet: string;
  published?: string;
  lang?: string;
  paragraphs: number;
  /** SHA-256 of the body text (paragraphs joined by blank lines), hex. */
  textSha256: string;
}

export interface ExpectedPage {
  /** URL path from the site root, no leading slash, as the browser shows it (percent-encoded). */
  path: string;
  source: { set: SetName; id: string; url: string };
  detection: { isArticle: boolean; score: number };
  /** null: not stored (detection says no, or no body of MIN_BODY_CHARS). */
  article: ExpectedArticle | null;
}

export interface ExpectedSample {
  about: string;
  origin: string;
  pages: ExpectedPage[];
}

/** The page's original path under `<set>/<id>/`; paths not ending in .html become folders. */
export function servedPath(page: Pick<DatasetPage, 'set' | 'id' | 'url'>): string {
  const pathname = new URL(page.url).pathname;
  const path = /\.html?$/i.test(pathname) ? pathname : pathname.replace(/\/?$/, '/');
  return new URL(`/${page.set}/${page.id}${path}`, SAMPLE_ORIGIN).pathname.slice(1);
}

/** Where a served path lives on disk: decoded, folders as index.html. */
export function fileOf(root: string, path: string): string {
  const decoded = decodeURIComponent(path);
  return join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}

/** What the evaluation's Node code says about one page at its 127.0.0.1 address. */
export function expectedFor(html: string, path: string, source: ExpectedPage['source']): ExpectedPage {
  const url = new URL(path, `${SAMPLE_ORIGIN}/`).href;
  const detection = detectArticle(parseDocument(html, url), url);
  const extracted = detection.isArticle ? extractArticle(parseDocument(html, url), url) : null;
  const article = extracted && comparable(extracted);
  return { path, source, detection: { isArticle: detection.isArticle, score: detection.score }, article };
}

/** An article as the sample compares it, extracted in Node or stored by the extension. */
export type ComparedArticle = Pick<Article, 'url' | 'title' | 'authors' | 'outlet' | 'published' | 'lang' | 'paragraphs' | 'text'>;

/** The fields the sample compares; the body as its paragraph count and text hash. */
export function comparable(article: ComparedArticle): ExpectedArticle {
  const { url, title, authors, outlet, published, lang } = article;
  return { url, title, authors, outlet, published, lang, paragraphs: article.paragraphs.length, textSha256: sha256(article.text) };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every page of the three sets. */
export function allDatasetPages(): DatasetPage[] {
  return [...wcxbPages(join(DATASETS, 'wcxb-dev')), ...readabilityPages(join(DATASETS, 'readability')), ...fundusPages(join(DATASETS, 'fundus'))];
}

function datasetPages(picks: { set: SetName; id: string }[]): DatasetPage[] {
  const all = allDatasetPages();
  return picks.map(({ set, id }) => {
    const page = all.find((p) => p.set === set && p.id === id);
    if (!page) throw new Error(`No page ${set}/${id} in ${DATASETS}`);
    return page;
  });
}

/** Copies the sample pages into `root`; returns their sources with served paths. */
function copyPages(root: string, picks: { set: SetName; id: string }[]): { path: string; source: ExpectedPage['source'] }[] {
  return datasetPages(picks).map((page) => {
    const path = servedPath(page);
    const file = fileOf(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, lightHtml(readHtml(page)));
    return { path, source: { set: page.set, id: page.id, url: page.url } };
  });
}

/** Writes the sample pages (SAMPLE unless told) into `root` and says what the evaluation's code makes of each; null without the datasets. */
export function buildExtractSample(root: string, picks = SAMPLE): ExpectedSample | null {
  if (!existsSync(DATASETS)) return null;
  const pages = copyPages(root, picks).map(({ path, source }) => expectedFor(readFileSync(fileOf(root, path), 'utf8'), path, source));
  return {
    about: 'What detectArticle and extractArticle (jsdom, as in eval:extract) say about each page served at origin.',
    origin: SAMPLE_ORIGIN,
    pages,
  };
}

function main(): void {
  const root = resolve(process.argv[2] ?? join(tmpdir(), 'backstory-extract-sample'));
  const sample = buildExtractSample(root);
  if (!sample) throw new Error(`No datasets at ${DATASETS}`);
  writeFileSync(join(root, 'expected.json'), `${JSON.stringify(sample, null, 2)}\n`);
  console.log(`written to ${root}`);
  for (const page of sample.pages) {
    const a = page.article;
    console.log(`${page.detection.isArticle ? 'article' : 'not    '} ${String(page.detection.score).padStart(5)}  ${page.path}\n    ${a ? `${a.title} | ${a.authors.join('; ')} | ${a.published} | ${a.outlet} | ${a.lang} | ${a.paragraphs} ¶ | ${a.url}` : 'not stored'}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
