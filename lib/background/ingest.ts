import type { Article, ExtractedArticle } from '../article';
import type { IngestResult } from '../messages/protocol';
import { siteMode, siteStores, type Settings } from '../settings';
import type { Corpus } from '../storage/corpus';
import { toStorageError } from '../storage/errors';

/** Pages larger than this are not parsed: a news article is far smaller, and parsing it would cost too much. */
export const MAX_PAGE_HTML = 8 * 1024 * 1024;

export interface IngestDeps {
  corpus: Corpus;
  settings: () => Promise<Settings>;
  /** Parses a page's HTML off the page's main thread; null when it is not an article. */
  parse: (html: string, url: string) => Promise<ExtractedArticle | null>;
  /** Derived data kept up to date on each store: quotes, related index. */
  onStored: (article: Article) => Promise<void>;
  log?: (line: string) => void;
}

export interface IngestRequest {
  url: string;
  html: string;
  /** The reader asked to keep this page: a pause does not apply to it (the site's rules still do). */
  requested?: boolean;
}

/** Parses a page the content script judged an article and stores it, unless the user said not to. */
export async function ingestPage(request: IngestRequest, incognito: boolean, deps: IngestDeps): Promise<IngestResult> {
  const log = deps.log ?? ((line) => console.info(line));
  // Private windows are never stored, nor even parsed.
  if (incognito) return { outcome: 'incognito' };
  if (request.html.length > MAX_PAGE_HTML) {
    log(`[backstory] page too large to keep (${Math.round(request.html.length / 1e6)} MB): ${request.url}`);
    return { outcome: 'too-large', message: 'The page is too large to keep.' };
  }
  const extracted = await deps.parse(request.html, request.url);
  if (!extracted) {
    log(`[backstory] not kept: no article could be extracted from ${request.url}`);
    return { outcome: 'not-article' };
  }
  const brief = { url: extracted.url, title: extracted.title, outlet: extracted.outlet, paragraphs: extracted.paragraphs, lang: extracted.lang };
  const settings = await deps.settings();
  if (settings.paused && !request.requested) return { outcome: 'paused', article: brief };
  if (!siteStores(siteMode(settings, new URL(request.url).hostname))) return { outcome: 'site-off', article: brief };
  try {
    const existed = (await deps.corpus.get(extracted.url)) !== undefined;
    const stored = await deps.corpus.put(extracted);
    await deps.onStored(stored);
    return { outcome: existed ? 'updated' : 'stored', article: brief };
  } catch (error) {
    const storageError = toStorageError(error);
    log(`[backstory] not stored: ${storageError.message}`);
    return { outcome: 'error', article: brief, message: storageError.message };
  }
}
