import type { Article } from '../article';
import { articleProblem, asArticle, isObject } from './record';

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
    else articles.push(asArticle(record as Record<string, unknown>));
  });
  return { articles, skipped };
}
