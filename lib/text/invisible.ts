/**
 * Characters a page puts inside words that a reader never sees: the soft hyphen (German sites
 * write "Sema&shy;glutid" so a long word may break), the zero-width space, the word joiner and a
 * stray byte-order mark. Left in stored text they split words for search, related coverage and
 * names ("­Aberle" is not read as a name). The zero-width (non-)joiners stay: Persian and Indic
 * scripts and emoji sequences need them.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

export const withoutInvisibles = (text: string): string => text.replace(INVISIBLE, '');
