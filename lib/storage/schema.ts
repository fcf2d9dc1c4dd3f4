import type { DBSchema } from 'idb';
import type { Article } from '../article';

/** Quotes found in one article, kept beside it (derived data: never exported). */
export interface StoredQuotes<Q = unknown> {
  url: string;
  quotes: Q[];
  /** The version of the finder that found them (absent: before versions were kept). */
  finder?: number;
}

export interface CorpusSchema extends DBSchema {
  articles: {
    key: string;
    value: Article;
    indexes: { bySavedAt: number; byOutlet: string };
  };
  quotes: {
    key: string;
    value: StoredQuotes;
  };
}

export const CORPUS_DB_NAME = 'backstory-corpus';
/** Bump with a new numbered step in `upgradeCorpus`. */
export const CORPUS_DB_VERSION = 1;
