import type { Article } from '../article';

/** The JSON export file. Bump `version` (and document it in docs/api.md) when its shape changes. */
export interface CorpusExport {
  format: 'backstory-corpus';
  version: 1;
  exportedAt: string;
  articles: Article[];
}

export const EXPORT_FORMAT = 'backstory-corpus';
export const EXPORT_VERSION = 1;

export function toExport(articles: Article[], now = new Date()): CorpusExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), articles };
}

export interface ParsedImport {
  articles: Article[];
  /** One line per record that was skipped, saying why. */
  skipped: string[];
}

/** Checks an export file's shape; throws a clear Error for a file that is not a Backstory export. */
export function parseExport(data: unknown): ParsedImport {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new Error('This file is not a Backstory corpus export (its "format" is not "backstory-corpus").');
  }
  if (typeof data.version !== 'number' || data.version > EXPORT_VERSION) {
    throw new Error(`This export is version ${String(data.version)}; this Backstory reads versions up to ${EXPORT_VERSION}.`);
  }
  if (!Array.isArray(data.articles)) throw new Error('This export has no "articles" list.');
  const articles: Article[] = [];
  const skipped: string[] = [];
  data.articles.forEach((record, i) => {
    const problem = articleProblem(record);
    if (problem) skipped.push(`record ${i}: ${problem}`);
    else articles.push(normalizeArticle(record as Article));
  });
  return { articles, skipped };
}

const REQUIRED_STRINGS = ['url', 'title', 'outlet', 'text'] as const;

function articleProblem(record: unknown): string | null {
  if (!isObject(record)) return 'not an object';
  for (const field of REQUIRED_STRINGS) {
    if (typeof record[field] !== 'string') return `"${field}" is missing or not text`;
  }
  if (!/^https?:\/\//.test(record.url as string)) return '"url" is not a web address';
  if (!Array.isArray(record.paragraphs) || !record.paragraphs.every((p) => typeof p === 'string')) {
    return '"paragraphs" is not a list of text';
  }
  return null;
}

function normalizeArticle(record: Article): Article {
  const now = Date.now();
  return {
    ...record,
    pageUrl: typeof record.pageUrl === 'string' ? record.pageUrl : record.url,
    authors: Array.isArray(record.authors) ? record.authors.filter((a) => typeof a === 'string') : [],
    savedAt: typeof record.savedAt === 'number' ? record.savedAt : now,
    updatedAt: typeof record.updatedAt === 'number' ? record.updatedAt : now,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
