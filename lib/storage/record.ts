import type { Article } from '../article';

/**
 * What makes a stored or imported record an article Backstory can show: the same check for a
 * record read from the database (written by an older version, or damaged) and one in an import.
 */
const REQUIRED_STRINGS = ['url', 'title', 'outlet', 'text'] as const;
const OPTIONAL_STRINGS = ['published', 'modified', 'lang', 'excerpt', 'leadImage'] as const;

/** Why the record cannot be read as an article, or null when it can. */
export function articleProblem(record: unknown): string | null {
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

/** The record as an article, what it lacks filled in and stray optional values dropped; null when unreadable. */
export function readArticle(record: unknown, now = Date.now()): Article | null {
  return articleProblem(record) ? null : asArticle(record as Record<string, unknown>, now);
}

/** A record `articleProblem` found nothing wrong with, as an article. */
export function asArticle(value: Record<string, unknown>, now = Date.now()): Article {
  const article = {
    ...value,
    pageUrl: typeof value.pageUrl === 'string' ? value.pageUrl : value.url,
    authors: Array.isArray(value.authors) ? value.authors.filter((a) => typeof a === 'string') : [],
    savedAt: typeof value.savedAt === 'number' ? value.savedAt : now,
    updatedAt: typeof value.updatedAt === 'number' ? value.updatedAt : now,
  } as Record<string, unknown>;
  for (const field of OPTIONAL_STRINGS) if (field in article && typeof article[field] !== 'string') delete article[field];
  return article as unknown as Article;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
