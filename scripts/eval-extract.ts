/**
 * npm run eval:extract [-- --data DIR] [--limit N] [--workers N] [--misses FIELD] [--metadata-only]
 * Body F1 (WCXB bag-of-words rule) and title / author / date accuracy of extractArticle on the
 * WCXB dev pages (per page type), the Readability test pages and the Fundus pages, with
 * Readability alone (parse(): textContent, title, byline, publishedTime) scored in the same run.
 * Metadata is scored on the pages whose gold has that field. --misses title|author|date|body
 * lists our misses on WCXB articles and Fundus for error analysis. --metadata-only runs readMetadata
 * alone (no body, no Readability baseline) on article pages only: several times faster for iterating
 * on title / author / date, though pages whose body extraction fails (misses in a full run) score here.
 * Last line of stdout: one JSON object of the headline figures.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract';
import { readMetadata } from '../lib/extract/metadata';
import {
  authorsFound,
  bagOfWords,
  type DatasetPage,
  dataOption,
  keepsScripts,
  limitPages,
  parseDocument,
  loadPages,
  mean,
  printTable,
  lightHtml,
  readHtml,
  round,
  runInWorkers,
  sameDay,
  sameTitle,
} from './lib/dataset-pages';

/** What one extractor said about one page, and how it scored. */
interface Extraction {
  f1: number;
  title: string;
  authors: string;
  date: string;
  titleOk: boolean | null;
  authorOk: boolean | null;
  dateOk: boolean | null;
}

interface PageResult {
  set: string;
  id: string;
  pageType: string;
  url: string;
  gold: { title?: string; authors: string[]; date?: string };
  ours: Extraction;
  baseline: Extraction;
  /** See keepsScripts. */
  scriptsKept: boolean;
}

function score(page: DatasetPage, text: string, title: string, authors: string, date: string): Extraction {
  const { gold } = page;
  return {
    f1: bagOfWords(text, gold.body).f1,
    title,
    authors,
    date,
    titleOk: gold.title ? sameTitle(title, gold.title) : null,
    authorOk: gold.authors.length ? authorsFound(authors, gold.authors) : null,
    dateOk: gold.date ? sameDay(date, gold.date) : null,
  };
}

/** Metadata alone: no body and no baseline (both scored as empty). */
function readPageMetadata(page: DatasetPage): PageResult {
  const html = readHtml(page);
  const metadata = readMetadata(parseDocument(lightHtml(html), page.url), page.url);
  const ours = score(page, '', metadata.title, metadata.authors.join('; '), metadata.published ?? '');
  return { set: page.set, id: page.id, pageType: page.pageType, url: page.url, gold: page.gold, ours, baseline: score(page, '', '', '', ''), scriptsKept: keepsScripts(html) };
}

function extractPage(page: DatasetPage): PageResult {
  const stored = readHtml(page);
  const html = lightHtml(stored);
  const article = extractArticle(parseDocument(html, page.url), page.url);
  const ours = score(page, article?.text ?? '', article?.title ?? '', article?.authors.join('; ') ?? '', article?.published ?? '');
  let readability: ReturnType<Readability<string>['parse']> = null;
  try {
    readability = new Readability(parseDocument(html, page.url)).parse();
  } catch {
    readability = null;
  }
  const baseline = score(page, readability?.textContent ?? '', readability?.title ?? '', readability?.byline ?? '', readability?.publishedTime ?? '');
  return { set: page.set, id: page.id, pageType: page.pageType, url: page.url, gold: page.gold, ours, baseline, scriptsKept: keepsScripts(stored) };
}

// ---------------------------------------------------------------- summary

type Pick = (r: PageResult) => Extraction;

/** Share of true among the pages where the field was scored. */
function accuracy(values: (boolean | null)[]): number | null {
  const scored = values.filter((v): v is boolean => v !== null);
  return scored.length ? round(scored.filter(Boolean).length / scored.length) : null;
}

function figures(results: PageResult[], pick: Pick) {
  return {
    bodyF1: round(mean(results.map((r) => pick(r).f1))),
    title: accuracy(results.map((r) => pick(r).titleOk)),
    author: accuracy(results.map((r) => pick(r).authorOk)),
    date: accuracy(results.map((r) => pick(r).dateOk)),
  };
}

const scoredCount = (results: PageResult[], field: 'titleOk' | 'authorOk' | 'dateOk') => results.filter((r) => r.ours[field] !== null).length;

function groups(results: PageResult[]): [string, PageResult[]][] {
  const wcxb = results.filter((r) => r.set === 'wcxb');
  const types = [...new Set(wcxb.map((r) => r.pageType))].filter((t) => t !== 'article');
  const articles = wcxb.filter((r) => r.pageType === 'article');
  return [
    ['wcxbDevArticles', articles],
    ['wcxb articles, scripts kept', articles.filter((r) => r.scriptsKept)],
    ['wcxb articles, scripts stripped', articles.filter((r) => !r.scriptsKept)],
    ...types.map((type): [string, PageResult[]] => [`wcxb ${type}`, wcxb.filter((r) => r.pageType === type)]),
    ['wcxbDev all', wcxb],
    ['readability news', results.filter((r) => r.set === 'readability' && r.pageType === 'news')],
    ['readability all', results.filter((r) => r.set === 'readability')],
    ['fundus', results.filter((r) => r.set === 'fundus')],
  ];
}

function printSummary(results: PageResult[]): void {
  const rows = groups(results)
    .filter(([, rs]) => rs.length)
    .flatMap(([name, rs]) => [
      { set: name, n: rs.length, extractor: 'Backstory', ...figures(rs, (r) => r.ours), nTitle: scoredCount(rs, 'titleOk'), nAuthor: scoredCount(rs, 'authorOk'), nDate: scoredCount(rs, 'dateOk') },
      { set: '', n: '', extractor: 'Readability', ...figures(rs, (r) => r.baseline), nTitle: '', nAuthor: '', nDate: '' },
    ]);
  printTable(rows);
}

function printMisses(results: PageResult[], field: string): void {
  const pool = results.filter((r) => (r.set === 'wcxb' && r.pageType === 'article') || (r.set === 'readability' && r.pageType === 'news') || r.set === 'fundus');
  for (const r of pool) {
    const miss =
      field === 'body' ? r.ours.f1 < 0.8 : field === 'title' ? r.ours.titleOk === false : field === 'author' ? r.ours.authorOk === false : r.ours.dateOk === false;
    if (!miss) continue;
    const gold = field === 'title' ? r.gold.title : field === 'author' ? r.gold.authors.join('; ') : field === 'date' ? r.gold.date : '';
    const ours = field === 'title' ? r.ours.title : field === 'author' ? r.ours.authors : field === 'date' ? r.ours.date : `f1 ${round(r.ours.f1)} (readability ${round(r.baseline.f1)})`;
    console.log(`${r.set}/${r.id} ${r.url}\n    gold: ${gold}\n    ours: ${ours}`);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const metadataOnly = argv.includes('--metadata-only');
  const pages = limitPages(loadPages(dataOption(argv)), argv).filter((page) => !metadataOnly || page.isArticle);
  // Workers get a copy of the environment, not the arguments.
  if (metadataOnly) process.env.EVAL_METADATA_ONLY = '1';
  const started = Date.now();
  const results = await runInWorkers<PageResult>(new URL(import.meta.url), pages, argv, (done) => {
    if (done % 200 === 0) process.stderr.write(`  ${done}/${pages.length}\n`);
  });
  printSummary(results);
  console.log(`\n${results.length} pages in ${round((Date.now() - started) / 1000, 1)} s`);
  const missesIndex = argv.indexOf('--misses');
  if (missesIndex >= 0) printMisses(results, argv[missesIndex + 1] ?? 'body');
  const all = new Map(groups(results));
  const headline = (pick: Pick) => ({
    wcxbDevArticles: figures(all.get('wcxbDevArticles') ?? [], pick),
    wcxbDevAll: figures(all.get('wcxbDev all') ?? [], pick),
    wcxbArticlesScriptsKept: figures(all.get('wcxb articles, scripts kept') ?? [], pick),
    wcxbArticlesScriptsStripped: figures(all.get('wcxb articles, scripts stripped') ?? [], pick),
    readabilityNews: figures(all.get('readability news') ?? [], pick),
    fundus: figures(all.get('fundus') ?? [], pick),
  });
  console.log(JSON.stringify({ ...headline((r) => r.ours), baseline: headline((r) => r.baseline) }));
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  const metadataOnly = process.env.EVAL_METADATA_ONLY === '1';
  parentPort!.on('message', (page: DatasetPage) => parentPort!.postMessage(metadataOnly ? readPageMetadata(page) : extractPage(page)));
}
