/**
 * Key quotes (issue 5). Pure and DOM-free; runs in the background page.
 *
 * - `findQuotes(article)` — every direct quote of one article, with `speaker` (canonical full name or
 *   organisation, pronouns/surnames/titles/descriptors resolved), `role` as written in the article,
 *   `cue` (the speech verb), `paragraph` (0-based index into `article.paragraphs`; -1 for the title)
 *   and `partial` (a fragment inside the reporter's sentence). A quote running over several
 *   paragraphs gives one Quote per paragraph; a split quote (“X,” he said. “Y”) gives two.
 * - `keyQuotes(sources, { limit = 8, currentUrl })` — one entry per remark across outlets (merged when
 *   trimmed or lightly reworded and the speakers' surnames agree), ranked: full statements by named
 *   speakers first (central voices, more outlets, substantial length), partial fragments last.
 * - `textFragmentUrl(url, quote)` — `url#:~:text=<encoded 6-word prefix>` to open the source at the quote.
 */
export { findQuotes } from './find';
/**
 * Bump when findQuotes gives other quotes, speakers or roles for the same text: the quotes kept beside
 * stored articles are then found again when next read. 2: no speakers outside English; relational roles give way.
 * 3: an article that declares no language is judged English or not by its commonest words.
 * 4: appositive speakers ("Epstein's neighbor in …, Donald Trump, said"; "Rebecca English of the Daily Mail";
 * "Sandra Lindsay’s sister, Tracey Lomax"; longer ones after a quote), "shared" is a speech verb, a possessive
 * names the subject unless a relation follows ("Ms Narker’s book"), writers' roles, and a name run after an
 * employer the article names alone is the person ("Ocean Florida Abby Dunn"), the name right after a quote.
 * 5: initials and titles after the cue ("said C. Eugene Steuerle"), someone left unnamed credited as written
 * ("one user wrote"), a quote opened by a colon goes to the known person who introduces it.
 * 6: a quote closes with the mark its opening mark pairs with (German „…“ and »…«, ‚…‘): German quotes
 * had run on past their closing “ to the paragraph's end, attribution included.
 * 7: German quotes are credited to their speakers (german.ts), fragments in reported speech to whoever was
 * just quoted; »…« with a nested ›…‹ is one quote; an uncredited quote whose words a credited one repeats (a
 * headline quoting the body) is that speaker's.
 */
export const QUOTE_FINDER_VERSION = 7;
export { keyQuotes } from './key-quotes';
export { textFragmentUrl } from './fragment';
export type { Quote, KeyQuote, KeyQuoteSource, QuoteSource, KeyQuotesOptions, ArticleText } from './types';
