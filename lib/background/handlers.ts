import type { Article } from '../article';
import type { Handlers } from '../messages/router';
import { findQuotes, keyQuotes, QUOTE_FINDER_VERSION, type Quote } from '../quotes';
import type { RelatedIndex } from '../related';
import { loadSettings, saveSettings, type SettingsArea } from '../settings';
import type { Corpus } from '../storage/corpus';
import { parseExport, toExport } from '../storage/transfer';
import type { IngestResult } from '../messages/protocol';
import type { TabBadges } from './badge';
import { ingestPage, type IngestDeps } from './ingest';

export interface BackgroundDeps {
  corpus: Corpus;
  related: RelatedIndex;
  settingsArea: SettingsArea;
  parse: IngestDeps['parse'];
  /** The toolbar button's per-tab counts (absent in tests that do not look at them). */
  badges?: TabBadges;
}

/** How many related articles lend their quotes to the key quotes of an article. */
const QUOTE_SOURCES = 8;

/** The background's answers to every message of the protocol (docs/api.md). */
export function createHandlers(deps: BackgroundDeps): Handlers {
  const { corpus, related, settingsArea } = deps;
  const settings = () => loadSettings(settingsArea);
  const keepDerived = (article: Article) => indexArticle(deps, article);

  return {
    'page/ingest': async (request, sender) => {
      const result = await ingestPage(request, sender.tab?.incognito === true, { corpus, settings, parse: deps.parse, onStored: keepDerived });
      await badgeTab(deps.badges, sender.tab?.id, result);
      return result;
    },
    'article/get': async ({ url }) => (await corpus.get(url)) ?? null,
    'related/forUrl': async ({ url, limit }) => {
      const article = await corpus.get(url);
      return article ? related.query(article, { limit }) : null;
    },
    'quotes/forUrl': async ({ url, limit }) => {
      const article = await corpus.get(url);
      return article ? quotesAcrossCoverage(deps, article, limit) : [];
    },
    'corpus/list': (query) => corpus.list(query),
    'corpus/delete': async ({ urls }) => {
      const deleted = await corpus.delete(urls);
      for (const url of urls) await related.remove(url);
      await deps.badges?.refresh();
      return { deleted };
    },
    'corpus/clear': async () => {
      const deleted = await corpus.clear();
      await related.clear();
      await deps.badges?.refresh();
      return { deleted };
    },
    'corpus/export': async () => toExport(await corpus.all()),
    'corpus/import': async ({ data }) => {
      const { articles, skipped } = parseExport(data);
      await corpus.putMany(articles);
      for (const article of articles) await keepDerived(article);
      await deps.badges?.refresh();
      return { imported: articles.length, skipped };
    },
    'settings/get': () => settings(),
    'settings/update': (patch) => saveSettings(settingsArea, patch),
  };
}

/** The reading tab's badge once its page is read; every tab's when the corpus gained an article. */
async function badgeTab(badges: TabBadges | undefined, tabId: number | undefined, result: IngestResult): Promise<void> {
  if (!badges || tabId === undefined) return;
  const kept = result.outcome === 'stored' || result.outcome === 'updated';
  await badges.show(tabId, kept ? (result.article?.url ?? null) : null);
  // The other tabs are counted again meanwhile: the page's answer does not wait for them.
  if (result.outcome === 'stored') void badges.refresh();
}

/** Keeps the derived data of a stored article up to date: its quotes and its place in the related index. */
export async function indexArticle(deps: Pick<BackgroundDeps, 'corpus' | 'related'>, article: Article): Promise<void> {
  await deps.corpus.putQuotes(article.url, findQuotes(article), QUOTE_FINDER_VERSION);
  await deps.related.add(article);
}

/** The article's kept quotes; found again (and kept) when a newer finder than the one that found them runs. */
async function quotesOf(corpus: Corpus, article: Article): Promise<Quote[]> {
  const kept = await corpus.getQuotes<Quote>(article.url, QUOTE_FINDER_VERSION);
  if (kept) return kept;
  const quotes = findQuotes(article);
  await corpus.putQuotes(article.url, quotes, QUOTE_FINDER_VERSION);
  return quotes;
}

/** Key quotes of an article and of its same-story coverage, merged across outlets. */
async function quotesAcrossCoverage(deps: BackgroundDeps, article: Article, limit?: number) {
  const coverage = await deps.related.query(article, { limit: QUOTE_SOURCES });
  const others = await Promise.all(coverage.sameStory.slice(0, QUOTE_SOURCES).map((entry) => deps.corpus.get(entry.url)));
  const articles = [article, ...others.filter((a): a is Article => a !== undefined)];
  const sources = await Promise.all(
    articles.map(async (a) => ({
      article: { url: a.url, outlet: a.outlet, title: a.title, published: a.published, lang: a.lang },
      quotes: await quotesOf(deps.corpus, a),
    })),
  );
  return keyQuotes(sources, { limit, currentUrl: article.url });
}
