/** One news article as Backstory keeps it: the record stored per canonical URL. */
export interface Article {
  /** Canonical URL: the record's key. A revisit of the same story updates the record. */
  url: string;
  /** The address the page was read from, when it differs from the canonical one. */
  pageUrl: string;
  title: string;
  /** Author names, without "By", dates or roles. */
  authors: string[];
  /** The publication's name ("Reuters", "The Kyiv Independent"). */
  outlet: string;
  /** ISO 8601, with time zone when the page gives one. */
  published?: string;
  modified?: string;
  /** BCP 47 language tag, e.g. "en", "fr". */
  lang?: string;
  excerpt?: string;
  leadImage?: string;
  /** Clean body text: the paragraphs joined by blank lines. */
  text: string;
  paragraphs: string[];
  /** When Backstory first stored it and last updated it (ms since epoch). */
  savedAt: number;
  updatedAt: number;
}

/** What extraction yields before storage stamps it. */
export type ExtractedArticle = Omit<Article, 'savedAt' | 'updatedAt'>;
