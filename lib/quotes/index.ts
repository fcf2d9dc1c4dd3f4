export { findQuotes } from './find';
export { keyQuotes } from './key-quotes';
export { textFragmentUrl } from './fragment';
export type { Quote, KeyQuote, KeyQuoteSource, QuoteSource, KeyQuotesOptions, ArticleText } from './types';
