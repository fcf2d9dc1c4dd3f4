/** One direct quote found in an article. */
export interface Quote {
  /** Exact text between the quotation marks (marks excluded). */
  text: string;
  /** Canonical full name of the person or organisation credited ("Xi Jinping", "the Kremlin"). */
  speaker?: string;
  /** The speaker's role as stated in the article ("Chinese President"). */
  role?: string;
  /** The speech cue linking quote and speaker ("said", "according to"). */
  cue?: string;
  /** 0-based index of the paragraph the quote is in. */
  paragraph: number;
  /** True when the quote is a fragment inside the reporter's own sentence. */
  partial: boolean;
}

export interface ArticleText {
  title: string;
  paragraphs: string[];
  lang?: string;
}

export interface QuoteSourceArticle {
  url: string;
  outlet: string;
  title: string;
  published?: string;
  /** The article's language (BCP 47), when it declares or shows one. */
  lang?: string;
}

export interface QuoteSource {
  article: QuoteSourceArticle;
  quotes: Quote[];
}

/** Where one outlet reported a key quote. */
export interface KeyQuoteSource {
  url: string;
  outlet: string;
  paragraph: number;
  /** The quote as this outlet worded it. */
  text: string;
}

/** One quote for the popup, merged across every outlet that reported it. */
export interface KeyQuote {
  text: string;
  /** The language the shown wording is in (its article's): marks it up so it is set and read as such. */
  lang?: string;
  speaker?: string;
  role?: string;
  partial: boolean;
  score: number;
  sources: KeyQuoteSource[];
}

export interface KeyQuotesOptions {
  /** How many key quotes to return (default 8). */
  limit?: number;
  /** The article on screen: its quotes win ties and its wording is shown. */
  currentUrl?: string;
}
