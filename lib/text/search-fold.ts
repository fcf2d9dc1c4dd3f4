import { withoutInvisibles } from './invisible';

/** Latin, Greek and Cyrillic accents once NFD has split them off ("é" → "e" + U+0301). */
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;

/**
 * A text as corpus search compares it: lower case, accents off ("Sánchez" is found as "sanchez"),
 * apostrophes unified, invisible characters out. Only the accents of the Combining Diacritical Marks
 * block go: Japanese voiced marks (が) and Hangul syllables come back whole (NFC).
 */
export function searchFold(text: string): string {
  const folded = NEEDS_FOLDING.test(text) ? withoutInvisibles(text).normalize('NFD').replace(COMBINING_ACCENTS, '').normalize('NFC') : text;
  return folded.toLowerCase().replace(/’/g, "'");
}

/**
 * Letters that may carry an accent (Latin-1 to Greek Extended) or invisible characters: a text
 * without any (most English) skips the normalization, which costs four times the lower-casing.
 */
const NEEDS_FOLDING = /[\u00ad\u00c0-\u1fff\u200b\u2060\ufeff]/;
