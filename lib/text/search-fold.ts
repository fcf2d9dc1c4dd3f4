import { withoutInvisibles } from './invisible';

/** Latin, Greek and Cyrillic accents once NFD has split them off ("é" → "e" + U+0301). */
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;

/**
 * A text as corpus search compares it: lower case, accents off ("Sánchez" is found as "sanchez"),
 * apostrophes unified, invisible characters out. Only the accents of the Combining Diacritical Marks
 * block go: Japanese voiced marks (が) and Hangul syllables come back whole (NFC).
 */
export function searchFold(text: string): string {
  return text.replace(FOLDABLE_RUN, foldRun).toLowerCase().replace(/’/g, "'");
}

/**
 * Runs of letters that may carry an accent (Latin-1 to Greek Extended) or of invisible characters:
 * only they are normalized ("ü" in "Müller"), not the whole text, which would cost several times the
 * lower-casing.
 */
const FOLDABLE_RUN = /[\u00ad\u00c0-\u1fff\u200b\u2060\ufeff]+/g;

const foldRun = (run: string): string => withoutInvisibles(run).normalize('NFD').replace(COMBINING_ACCENTS, '').normalize('NFC');
