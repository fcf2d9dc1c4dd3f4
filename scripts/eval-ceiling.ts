/**
 * npm run eval:ceiling [-- --data DIR] [--limit N] [--workers N] [--list title|date]
 * How far the title and date golds can be reached from the page at all, on WCXB dev article pages
 * and the Fundus pages, beside what readMetadata scores in the same run:
 * - title available: the gold equals (after the scorer's whitespace/case folding) a title the page
 *   gives: a declared title (JSON-LD headline or name, og:title, twitter:title, <title>), an
 *   <h1>/<h2>, or a run of such a title's parts between site separators ("Headline | Site").
 * - title, one source: each single rule ("always the <h1>", "always og:title"…) scored alone: the
 *   golds mix their sources, so no one rule reaches the ceiling.
 * - title where they differ: on pages whose <h1> and declared title say different things, which of
 *   the two the gold took, and how often readMetadata agrees with the gold there.
 * - date available: the gold day is written somewhere in the page: an ISO date in its HTML (meta,
 *   JSON-LD, <time datetime>, scripts, the address) or a written date in its text.
 * - date where they differ: on pages declaring published and modified dates on different days,
 *   which of the two the gold took.
 * Scoring as eval:extract (same folding, same calendar-day rule). Last line: one JSON object.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { readMetadata } from '../lib/extract/metadata';
import { schemaObjects, stringOf } from '../lib/extract/json-ld';
import { metaTable } from '../lib/extract/meta-table';
import { SITE_SEPARATORS } from '../lib/extract/title';
import { writtenDates } from '../lib/extract/written-dates';
import {
  type DatasetPage,
  dataOption,
  htmlText,
  keepsScripts,
  limitPages,
  lightHtml,
  loadPages,
  parseDocument,
  printTable,
  readHtml,
  round,
  runInWorkers,
  sameDay,
  sameTitle,
} from './lib/dataset-pages';

/** Where a page says its title; each is also scored alone as a rule. */
const TITLE_SOURCES = ['jsonLdHeadline', 'ogTitle', 'twitterTitle', 'documentTitle', 'firstH1'] as const;
type TitleSource = (typeof TITLE_SOURCES)[number];

/** Which of two titles the page gives (heading, declared title) the gold took. */
type TitleChoice = 'heading' | 'declared' | 'neither';
/** Which of two declared days (published, modified) the gold took. */
type DateChoice = 'published' | 'modified' | 'neither';
/** Where our date misses: the gold day is later than ours, earlier, or we gave none. */
type DateMiss = 'goldLater' | 'goldEarlier' | 'oursUndated';

interface CeilingResult {
  set: string;
  id: string;
  url: string;
  isArticle: boolean;
  /** See keepsScripts. */
  scriptsKept: boolean;
  title?: { gold: string; ours: boolean; available: boolean; bySource: Record<TitleSource, boolean>; headingOrDeclared?: TitleChoice };
  date?: { gold: string; ours: boolean; available: boolean; publishedOrModified?: DateChoice; miss?: DateMiss };
}

// ---------------------------------------------------------------- one page (worker)

const textOf = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

function titleSources(doc: Document): Record<TitleSource, string | undefined> {
  const objects = schemaObjects(doc);
  const metas = metaTable(doc);
  return {
    jsonLdHeadline: objects.map((o) => stringOf(o.headline)).find(Boolean) ?? undefined,
    ogTitle: metas.get('og:title'),
    twitterTitle: metas.get('twitter:title'),
    documentTitle: doc.title || undefined,
    firstH1: textOf(doc.querySelector('h1')),
  };
}

/** The title, and every run of its consecutive parts between site separators (and ": "), separators kept inside a run. */
function titleParts(title: string): string[] {
  const separators = [...SITE_SEPARATORS, ': '].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A capturing split keeps each separator at the odd indexes.
  const pieces = title.split(new RegExp(`(${separators.join('|')})`));
  const runs: string[] = [title];
  for (let start = 0; start < pieces.length; start += 2) {
    for (let end = start; end < pieces.length; end += 2) runs.push(pieces.slice(start, end + 1).join(''));
  }
  return runs;
}

function titleCandidates(doc: Document, sources: Record<TitleSource, string | undefined>): string[] {
  const declared = [
    ...Object.values(sources),
    ...schemaObjects(doc).map((o) => stringOf(o.name)),
    ...[...doc.querySelectorAll('h1, h2')].map(textOf),
  ].filter((t): t is string => !!t);
  return declared.flatMap(titleParts);
}

/** Every day the page writes: ISO dates anywhere in its HTML, written dates in its text. */
function datesOnPage(html: string, url: string, lang: string | undefined): string[] {
  const days = [...`${html} ${url}`.matchAll(/\b(\d{4})[-/](\d{2})[-/](\d{2})/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
  const text = htmlText(html);
  return [...days, ...writtenDates(text, lang).map((d) => d.date), ...writtenDates(text).map((d) => d.date)];
}

/**
 * On a page whose first <h1> and declared title (og:title, else the JSON-LD headline; the site's name
 * taken off) say different things: which of the two the gold took.
 */
function headingOrDeclared(sources: Record<TitleSource, string | undefined>, gold: string): TitleChoice | undefined {
  const heading = sources.firstH1;
  const declared = sources.ogTitle ?? sources.jsonLdHeadline;
  if (!heading || !declared) return undefined;
  const declaredRuns = titleParts(declared).filter((run) => run !== declared).concat(declared);
  if (declaredRuns.some((run) => sameTitle(run, heading))) return undefined;
  if (sameTitle(heading, gold)) return 'heading';
  return declaredRuns.some((run) => sameTitle(run, gold)) ? 'declared' : 'neither';
}

/** On a page that declares a published and a modified date on different days: which the gold took. */
function publishedOrModified(doc: Document, gold: string): DateChoice | undefined {
  const objects = schemaObjects(doc);
  const metas = metaTable(doc);
  const published = objects.map((o) => stringOf(o.datePublished)).find(Boolean) ?? metas.get('article:published_time');
  const modified = objects.map((o) => stringOf(o.dateModified)).find(Boolean) ?? metas.get('article:modified_time');
  if (!published || !modified || sameDay(published, modified.slice(0, 10))) return undefined;
  if (sameDay(published, gold)) return 'published';
  return sameDay(modified, gold) ? 'modified' : 'neither';
}

function dateMiss(ours: string | undefined, gold: string): DateMiss | undefined {
  if (!ours) return 'oursUndated';
  if (sameDay(ours, gold)) return undefined;
  return gold.slice(0, 10) > ours.slice(0, 10) ? 'goldLater' : 'goldEarlier';
}

function ceilingOf(page: DatasetPage): CeilingResult {
  const html = readHtml(page);
  const doc = parseDocument(lightHtml(html), page.url);
  const metadata = readMetadata(doc, page.url);
  const result: CeilingResult = { set: page.set, id: page.id, url: page.url, isArticle: page.isArticle, scriptsKept: keepsScripts(html) };
  const { title: goldTitle, date: goldDate } = page.gold;
  if (goldTitle) {
    const sources = titleSources(doc);
    const bySource = Object.fromEntries(TITLE_SOURCES.map((s) => [s, sameTitle(sources[s], goldTitle)])) as Record<TitleSource, boolean>;
    const available = titleCandidates(doc, sources).some((candidate) => sameTitle(candidate, goldTitle));
    result.title = { gold: goldTitle, ours: sameTitle(metadata.title, goldTitle), available, bySource, headingOrDeclared: headingOrDeclared(sources, goldTitle) };
  }
  if (goldDate) {
    const available = datesOnPage(html, page.url, metadata.lang ?? undefined).some((day) => sameDay(day, goldDate));
    const ours = metadata.published ?? undefined;
    result.date = { gold: goldDate, ours: sameDay(ours ?? '', goldDate), available, publishedOrModified: publishedOrModified(doc, goldDate), miss: dateMiss(ours, goldDate) };
  }
  return result;
}

// ---------------------------------------------------------------- summary (main)

const share = (values: boolean[]) => (values.length ? round(values.filter(Boolean).length / values.length) : null);

/** How often the gold took each side, on the pages where the two sides differ. */
function choices<C extends string>(values: (C | undefined)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) if (value) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

type Figures = Record<string, number | null | Record<string, number>>;

function titleFigures(results: CeilingResult[]): Figures {
  const titled = results.flatMap((r) => (r.title ? [r.title] : []));
  return {
    n: titled.length,
    ours: share(titled.map((t) => t.ours)),
    available: share(titled.map((t) => t.available)),
    ...Object.fromEntries(TITLE_SOURCES.map((s) => [s, share(titled.map((t) => t.bySource[s]))])),
    headingVsDeclared: choices(titled.map((t) => t.headingOrDeclared)),
    oursWhereTheyDiffer: share(titled.filter((t) => t.headingOrDeclared).map((t) => t.ours)),
  };
}

function dateFigures(results: CeilingResult[]): Figures {
  const dated = results.flatMap((r) => (r.date ? [r.date] : []));
  return {
    n: dated.length,
    ours: share(dated.map((d) => d.ours)),
    available: share(dated.map((d) => d.available)),
    publishedVsModified: choices(dated.map((d) => d.publishedOrModified)),
    oursWhereTheyDiffer: share(dated.filter((d) => d.publishedOrModified).map((d) => d.ours)),
    misses: choices(dated.map((d) => d.miss)),
  };
}

/** A table cell: a count per side is written "heading 165, declared 107". */
const cell = (value: Figures[string]) =>
  value !== null && typeof value === 'object' ? Object.entries(value).map(([side, n]) => `${side} ${n}`).join(', ') : value;

function printList(results: CeilingResult[], field: 'title' | 'date'): void {
  for (const r of results) {
    const scored = r[field];
    if (scored && !scored.available) console.log(`${r.set}/${r.id} ${r.url}\n    gold: ${scored.gold}`);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const pages = limitPages(loadPages(dataOption(argv)), argv).filter((page) => page.isArticle && page.set !== 'readability');
  const results = await runInWorkers<CeilingResult>(new URL(import.meta.url), pages, argv, (done) => {
    if (done % 200 === 0) process.stderr.write(`  ${done}/${pages.length}\n`);
  });
  const sets = {
    wcxbDevArticles: results.filter((r) => r.set === 'wcxb'),
    fundus: results.filter((r) => r.set === 'fundus'),
  };
  const summary = Object.fromEntries(Object.entries(sets).map(([name, rs]) => [name, { title: titleFigures(rs), date: dateFigures(rs) }]));
  // WCXB's 4xxx files were stored without their scripts (see keepsScripts).
  for (const [name, kept] of [['wcxbScriptsKept', true], ['wcxbScriptsStripped', false]] as const) {
    const rs = sets.wcxbDevArticles.filter((r) => r.scriptsKept === kept);
    summary[name] = { title: titleFigures(rs), date: dateFigures(rs) };
  }
  for (const field of ['title', 'date'] as const) {
    console.log(field);
    printTable(Object.entries(summary).map(([set, f]) => ({ set, ...Object.fromEntries(Object.entries(f[field]).map(([key, value]) => [key, cell(value)])) })));
    console.log('');
  }
  const listIndex = argv.indexOf('--list');
  if (listIndex >= 0) printList(results, argv[listIndex + 1] === 'date' ? 'date' : 'title');
  console.log(JSON.stringify(summary));
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  parentPort!.on('message', (page: DatasetPage) => parentPort!.postMessage(ceilingOf(page)));
}
