/**
 * The related-coverage end-to-end corpus, built from the shared datasets when the test runs (the
 * datasets are read from ../shared, never copied into the project): every article of a few whole
 * ECB+ topics (each topic is two lookalike events) and a stride of Reuters distractors, as a Backstory
 * corpus export, plus each ECB+ article's event label. The choice is fixed (topic numbers, stride).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../../lib/article';
import { toExport, type CorpusExport } from '../../lib/storage/transfer';
import { isoDate } from './dataset';

/** Where the shared datasets are, from the project root. */
export const RELATED_DATA = resolve('../shared/datasets/related');
/** Whole topics taken (both of their events). */
const TOPICS = ['t1', 't2', 't3', 't4', 't5', 't6'];
const DISTRACTORS = 200;
/** Fixed stamps, so the fixture does not change between runs. */
const EXPORTED_AT = new Date('2026-11-25T00:00:00Z');
const SAVED_AT = 1_764_028_800_000;

interface Row {
  id: string;
  title: string;
  text: string;
  url?: string;
  date?: string;
  story?: string | null;
  topic?: string | null;
}

const readRows = (file: string): Row[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);

const shortId = (row: Row) => row.id.split(':')[1];

function article(row: Row, url: string, outlet: string, paragraphs: string[]): Article {
  return {
    url,
    pageUrl: url,
    title: row.title.trim(),
    authors: [],
    outlet,
    published: isoDate(row.date),
    lang: 'en',
    text: paragraphs.join('\n\n'),
    paragraphs,
    savedAt: SAVED_AT,
    updatedAt: SAVED_AT,
  };
}

/** ECB+ lines are paragraphs; the first repeats the title. Many rows have no URL, some share one. */
function ecbArticle(row: Row, urlTaken: Set<string>): Article {
  const lines = row.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const paragraphs = lines[0] === row.title.trim() ? lines.slice(1) : lines;
  const own = row.url && /^https?:\/\//.test(row.url) && !urlTaken.has(row.url) ? row.url : undefined;
  const url = own ?? `https://ecbplus.example/${shortId(row)}`;
  urlTaken.add(url);
  return article(row, url, new URL(url).hostname.replace(/^www\./, ''), paragraphs);
}

/** Reuters bodies are hard-wrapped at ~70 columns; a line ending a sentence ends a paragraph. */
function reutersArticle(row: Row): Article {
  const paragraphs = row.text
    .split(/(?<=[.!?"])\n(?=[A-Z"])/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  return article(row, `https://reuters21578.example/${shortId(row)}`, 'Reuters', paragraphs);
}

function pickEcb(): { articles: Article[]; events: Record<string, string> } {
  const rows = readRows(`${RELATED_DATA}/ecbplus.jsonl`).filter((r) => TOPICS.includes(r.topic?.split(':')[1] ?? ''));
  const taken = new Set<string>();
  const articles = rows.map((row) => ecbArticle(row, taken));
  const events = Object.fromEntries(articles.map((a, i) => [a.url, rows[i].story ?? '']));
  return { articles, events };
}

function pickReuters(): Article[] {
  const rows = readRows(`${RELATED_DATA}/reuters21578.jsonl`).filter((r) => r.title?.trim() && r.text?.length > 400);
  const stride = Math.floor(rows.length / DISTRACTORS);
  return rows.filter((_, i) => i % stride === 0).slice(0, DISTRACTORS).map(reutersArticle);
}

export interface RelatedFixture {
  corpus: CorpusExport;
  /** ECB+ event label (dataset field "story") by article URL; Reuters distractors have none. */
  events: Record<string, string>;
}

/** The fixture, or null when the shared datasets are not on this machine. */
export function relatedFixture(): RelatedFixture | null {
  if (!existsSync(`${RELATED_DATA}/ecbplus.jsonl`)) return null;
  const { articles: ecb, events } = pickEcb();
  return { corpus: toExport([...ecb, ...pickReuters()], EXPORTED_AT), events };
}
