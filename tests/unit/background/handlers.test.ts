import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { QUOTE_FINDER_VERSION, type Quote } from '@/lib/quotes';
import { RelatedIndex } from '@/lib/related';
import { Corpus } from '@/lib/storage/corpus';
import { sampleArticle, uniqueDbName } from '../storage/sample';

const sender = {};

describe('quotes/forUrl', () => {
  it('finds the quotes again when an older finder kept them, and keeps the new ones', async () => {
    const corpus = await Corpus.open(uniqueDbName());
    const related = await RelatedIndex.open({ dbName: uniqueDbName() });
    const article = sampleArticle({ paragraphs: ['“We are ready,” Xi Jinping said.'], text: '“We are ready,” Xi Jinping said.' });
    await corpus.put(article);
    const stale: Quote[] = [{ text: 'We are ready,', speaker: 'Someone Else', paragraph: 0, partial: false }];
    await corpus.putQuotes(article.url, stale, QUOTE_FINDER_VERSION - 1);
    const handlers = createHandlers({ corpus, related, settingsArea: undefined as never, parse: async () => null });

    const quotes = await handlers['quotes/forUrl']({ url: article.url }, sender);
    expect(quotes.map((q) => q.speaker)).toEqual(['Xi Jinping']);
    expect((await corpus.getQuotes<Quote>(article.url, QUOTE_FINDER_VERSION))?.[0].speaker).toBe('Xi Jinping');
  });
});
