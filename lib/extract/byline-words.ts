/**
 * Words that introduce a byline, per language ("By", "Von", "Par", "Written by", "Autor:"), with or
 * without a colon. Read two ways:
 * - `BYLINE_PREFIXES` drops them from the front of a field known to hold a name; there a few more
 *   words are safe to drop ("from", "de", "text").
 * - `BYLINE_OPENERS` finds a visible byline line, which must start with one (what follows must
 *   then read as names); a few longer forms only occur there ("This post was written by",
 *   "Contributors", a label "Autor/Autorin").
 */
const BYLINE_WORDS = [
  'by', 'written by', 'words by', 'posted by', 'story by', 'reporting by', 'article by',
  'author', 'authors', 'von', 'par', 'por', 'door', 'av', 'af', 'przez', 'di',
  'autor', 'autorin', 'autoren', 'auteur', 'autore',
];
const NAME_FIELD_ONLY = ['from', 'de', 'da', 'text', 'texte'];
const BYLINE_LINE_ONLY = [
  String.raw`this (?:post|article|story|piece|guide) (?:was|is) (?:written|authored|contributed) by`,
  'contributors?',
  'text by',
  String.raw`autor(?:in|en)?\/autor(?:in)?`,
];
const SEPARATOR = String.raw`(?:\s*:\s*|\s+|$)`;

export const BYLINE_PREFIXES = new RegExp(`^(?:${[...BYLINE_WORDS, ...NAME_FIELD_ONLY].join('|')})${SEPARATOR}`, 'i');

/** Group 1: the rest of the line ("Text:" opens one only with its colon: "Text" alone starts prose). */
export const BYLINE_OPENERS = new RegExp(`^(?:(?:${[...BYLINE_LINE_ONLY, ...BYLINE_WORDS].join('|')})${SEPARATOR}|text:\\s*)(.*)$`, 'iu');
