import { openDB, type IDBPDatabase } from 'idb';
import type { Article, ExtractedArticle } from '../article';
import { upgradeCorpus } from './migrations';
import { CORPUS_DB_NAME, CORPUS_DB_VERSION, type CorpusSchema } from './schema';
import { toStorageError } from './errors';
import { readArticle } from './record';
import { searchFold } from '../text/search-fold';

export interface ArticleSummary {
  url: string;
  title: string;
  outlet: string;
  authors: string[];
  published?: string;
  lang?: string;
  savedAt: number;
  words: number;
}

export interface ListQuery {
  /** Words that must all appear in the title, outlet, authors or text (case-insensitive). */
  search?: string;
  offset?: number;
  limit?: number;
}

/** The user's stored articles: one record per canonical URL. Background only. */
export class Corpus {
  private constructor(private readonly db: IDBPDatabase<CorpusSchema>) {}

  static async open(name = CORPUS_DB_NAME): Promise<Corpus> {
    try {
      const db = await openDB<CorpusSchema>(name, CORPUS_DB_VERSION, {
        upgrade: (database, oldVersion) => upgradeCorpus(database, oldVersion),
        // Another context holds an older version open: let it close so the upgrade can run.
        blocking: () => db.close(),
      });
      return new Corpus(db);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  close(): void {
    this.db.close();
  }

  /** Stores or updates an article; a revisit keeps the first `savedAt`. */
  async put(extracted: ExtractedArticle, now = Date.now()): Promise<Article> {
    try {
      const tx = this.db.transaction('articles', 'readwrite');
      const previous = await tx.store.get(extracted.url);
      const article: Article = { ...extracted, savedAt: previous?.savedAt ?? now, updatedAt: now };
      await tx.store.put(article);
      await tx.done;
      return article;
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** Puts many articles in one transaction (import); the record with the later `updatedAt` wins. */
  async putMany(articles: Article[]): Promise<number> {
    try {
      const tx = this.db.transaction('articles', 'readwrite');
      let written = 0;
      for (const article of articles) {
        const previous = await tx.store.get(article.url);
        if (previous && previous.updatedAt > article.updatedAt) continue;
        await tx.store.put(article);
        written++;
      }
      await tx.done;
      return written;
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** The article kept for this URL; undefined when there is none, or its record cannot be read. */
  async get(url: string): Promise<Article | undefined> {
    return readArticle(await this.db.get('articles', url)) ?? undefined;
  }

  count(): Promise<number> {
    return this.db.count('articles');
  }

  /** The URL of every article. */
  urls(): Promise<string[]> {
    return this.db.getAllKeys('articles');
  }

  /** Every readable article, oldest first (export, index rebuild). */
  async all(): Promise<Article[]> {
    return readable(await this.db.getAllFromIndex('articles', 'bySavedAt'));
  }

  async list({ search = '', offset = 0, limit = 50 }: ListQuery = {}): Promise<{ total: number; articles: ArticleSummary[] }> {
    const words = searchFold(search).split(/\s+/).filter(Boolean);
    const matches: ArticleSummary[] = [];
    let cursor = await this.db.transaction('articles').store.index('bySavedAt').openCursor(null, 'prev');
    let unreadable = 0;
    while (cursor) {
      const article = readArticle(cursor.value);
      if (!article) unreadable++;
      else if (matchesAll(article, words)) matches.push(summarize(article));
      cursor = await cursor.continue();
    }
    if (unreadable > 0) console.warn(`[backstory] ${unreadable} stored record(s) could not be read and are not listed (left in the database as they are).`);
    return { total: matches.length, articles: matches.slice(offset, offset + limit) };
  }

  async delete(urls: string[]): Promise<number> {
    const tx = this.db.transaction(['articles', 'quotes'], 'readwrite');
    let deleted = 0;
    for (const url of urls) {
      if (await tx.objectStore('articles').getKey(url)) deleted++;
      await tx.objectStore('articles').delete(url);
      await tx.objectStore('quotes').delete(url);
    }
    await tx.done;
    return deleted;
  }

  async clear(): Promise<number> {
    const total = await this.count();
    const tx = this.db.transaction(['articles', 'quotes'], 'readwrite');
    await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('quotes').clear(), tx.done]);
    return total;
  }

  /** Keeps an article's quotes with the version of the finder that found them. */
  async putQuotes<Q>(url: string, quotes: Q[], finder: number): Promise<void> {
    await this.db.put('quotes', { url, quotes, finder });
  }

  /** The quotes kept for an article, unless another version of the finder found them (then they are stale). */
  async getQuotes<Q>(url: string, finder: number): Promise<Q[] | undefined> {
    const stored = await this.db.get('quotes', url);
    return stored?.finder === finder ? (stored.quotes as Q[]) : undefined;
  }
}

/**
 * Records an older version wrote or that were damaged are skipped, never thrown on: one bad record
 * must not hide the rest of the corpus. They stay in the database; a revisit of the page rewrites one.
 */
function readable(records: unknown[]): Article[] {
  return records.map((record) => readArticle(record)).filter((article): article is Article => article !== null);
}

type Searched = Pick<Article, 'title' | 'outlet' | 'authors' | 'text'>;

/** What corpus search reads of an article: its title, outlet, authors and text. */
export const searchedText = (article: Searched): string => `${article.title}\n${article.outlet}\n${article.authors.join(' ')}\n${article.text}`;

/** Whether the article holds every word of a query (folded with searchFold) in its searched text. */
export function matchesAll(article: Searched, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = searchFold(searchedText(article));
  return words.every((word) => haystack.includes(word));
}

export function summarize(article: Article): ArticleSummary {
  return {
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    authors: article.authors,
    published: article.published,
    lang: article.lang,
    savedAt: article.savedAt,
    words: article.text.split(/\s+/).filter(Boolean).length,
  };
}
