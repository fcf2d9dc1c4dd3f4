import type { Article } from '../article';
import type { Detection } from '../detect';
import type { RelatedCoverage } from '../related';
import type { KeyQuote } from '../quotes';
import type { Settings } from '../settings';
import type { ArticleSummary, ListQuery } from '../storage/corpus';
import type { CorpusExport } from '../storage/transfer';
import type { HiddenCounts } from '../declutter';

/** Why an article page was or was not stored. */
export type IngestOutcome = 'stored' | 'updated' | 'paused' | 'site-off' | 'incognito' | 'not-article' | 'too-large' | 'error';

export interface IngestResult {
  outcome: IngestOutcome;
  /** The stored (or, when not stored, extracted) article, when extraction succeeded. */
  article?: Pick<Article, 'url' | 'title' | 'outlet' | 'paragraphs' | 'lang'>;
  message?: string;
}

export interface ImportResult {
  imported: number;
  skipped: string[];
}

export interface PageStatus {
  url: string;
  detection: Detection | null;
  ingest: IngestResult | null;
  hidden: HiddenCounts;
  hiddenTotal: number;
  /** Of those, lists left on the page with only their items about the story. */
  trimmed: number;
  showingHidden: boolean;
  declutter: boolean;
  /** Backstory was off for the site when the page loaded. */
  siteOff?: boolean;
  /** The reader can ask to keep the page ('page/keep'): detection passed it over, or a pause kept it out. */
  keepable?: boolean;
}

/** Who may send a message: the content script of a normal tab, or one of our own extension pages. */
export type SenderKind = 'content' | 'extension-page';

/**
 * Messages to the background: name → [request, response, allowed sender].
 * The popup and the options page never touch IndexedDB: they go through these.
 */
export interface BackgroundProtocol {
  /** content → background: the page's HTML, serialized once, to parse off the page and store. */
  /** `requested`: the reader asked to keep this page (it is kept while Backstory is paused). */
  'page/ingest': [{ url: string; html: string; detection: Detection; requested?: boolean }, IngestResult, 'content'];
  'article/get': [{ url: string }, Article | null, 'extension-page'];
  'related/forUrl': [{ url: string; limit?: number }, RelatedCoverage | null, 'extension-page'];
  'quotes/forUrl': [{ url: string; limit?: number }, KeyQuote[], 'extension-page'];
  'corpus/list': [ListQuery, { total: number; articles: ArticleSummary[] }, 'extension-page'];
  'corpus/delete': [{ urls: string[] }, { deleted: number }, 'extension-page'];
  'corpus/clear': [Record<string, never>, { deleted: number }, 'extension-page'];
  'corpus/export': [Record<string, never>, CorpusExport, 'extension-page'];
  /** A whole export file, or a slice of one (same header, part of the articles) for a progress bar. */
  'corpus/import': [{ data: unknown }, ImportResult, 'extension-page'];
  'settings/get': [Record<string, never>, Settings, 'extension-page' | 'content'];
  'settings/update': [Partial<Settings>, Settings, 'extension-page'];
}

/** Messages from the popup to a tab's content script. */
export interface PageProtocol {
  'page/status': [Record<string, never>, PageStatus];
  'page/showHidden': [{ show: boolean }, PageStatus];
  /** Keep a page that detection did not call an article, because the reader asked. */
  'page/keep': [Record<string, never>, PageStatus];
}

export type BackgroundMessage = keyof BackgroundProtocol;
export type PageMessage = keyof PageProtocol;
export type RequestOf<P, K extends keyof P> = P[K] extends [infer Req, ...unknown[]] ? Req : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends [unknown, infer Res, ...unknown[]] ? Res : never;

/** Every message travels as an envelope; every answer says ok or carries a clear error. */
export interface Envelope<K extends string = string> {
  type: K;
  payload: unknown;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The allowed senders of each background message, checked by the router before anything else. */
export const ALLOWED_SENDERS: { [K in BackgroundMessage]: readonly SenderKind[] } = {
  'page/ingest': ['content'],
  'article/get': ['extension-page'],
  'related/forUrl': ['extension-page'],
  'quotes/forUrl': ['extension-page'],
  'corpus/list': ['extension-page'],
  'corpus/delete': ['extension-page'],
  'corpus/clear': ['extension-page'],
  'corpus/export': ['extension-page'],
  'corpus/import': ['extension-page'],
  'settings/get': ['extension-page', 'content'],
  'settings/update': ['extension-page'],
};
