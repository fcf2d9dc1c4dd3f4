/** Reading the related-coverage datasets (JSONL with id, title, text, story, topic; TSV of near-duplicate pairs). */
import { readFileSync } from 'node:fs';
import type { IndexableArticle } from '../../lib/related';

export interface LabeledArticle extends IndexableArticle {
  story?: string;
  topic?: string;
}

interface Row {
  id: string;
  title: string;
  text: string;
  url?: string;
  source?: string;
  date?: string;
  story?: string | null;
  topic?: string | null;
}

const MONTHS = 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(' ');

/** ISO date from "26-FEB-1987 15:01:01.79" (Reuters) or any Date.parse-able string. */
export function isoDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const wire = /^(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(date.trim());
  if (wire) return `${wire[3]}-${String(MONTHS.indexOf(wire[2]) + 1).padStart(2, '0')}-${wire[1].padStart(2, '0')}`;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function outletOf(row: Row): string {
  if (row.source) return row.source;
  try {
    return new URL(row.url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return row.id.split(':')[0];
  }
}

/** Articles of a JSONL file; the record id is the URL (dataset URLs are missing or repeated). */
export function readArticles(file: string): LabeledArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row)
    .map((row) => ({
      url: row.id,
      title: row.title ?? '',
      text: row.text ?? '',
      outlet: outletOf(row),
      published: isoDate(row.date),
      story: row.story ?? undefined,
      topic: row.topic ?? undefined,
    }));
}

/** Near-duplicate pairs "id_a id_b …" (header skipped), as a lookup: id → its copies. */
export function readPairs(file: string): { pairs: [string, string][]; copies: Map<string, Set<string>> } {
  const pairs = readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t').slice(0, 2) as [string, string]);
  const copies = new Map<string, Set<string>>();
  const link = (a: string, b: string) => copies.set(a, (copies.get(a) ?? new Set()).add(b));
  for (const [a, b] of pairs) {
    link(a, b);
    link(b, a);
  }
  return { pairs, copies };
}

/** Values following a flag up to the next flag: `--pool a.jsonl b.jsonl`. */
export function flagValues(argv: string[], flag: string): string[] | undefined {
  const at = argv.indexOf(flag);
  if (at < 0) return undefined;
  const values: string[] = [];
  for (let i = at + 1; i < argv.length && !argv[i].startsWith('--'); i++) values.push(argv[i]);
  return values;
}
