import { authorNames } from './authors';

/**
 * Words that open a visible byline line, per language ("By Jane Doe", "Von Anna Schmidt",
 * "Par Jean Dupont", "Written By: Jane Doe", a label "Author" over the name), with or without a
 * colon. Stricter than the prefixes stripped from a known byline: the line must start with one,
 * and what follows must read as names.
 */
export const BYLINE_OPENERS = /^(?:(?:by|written by|posted by|words by|story by|reporting by|text by|article by|von|par|por|door|av|af|przez|di|authors?|autor(?:in|en)?|auteur|autore)(?:\s*:\s*|\s+|$)|text:\s*)(.*)$/iu;

/** A byline line longer than this is a sentence, not a byline. */
const MAX_BYLINE_CHARS = 100;
/** Lines that join two names split over elements ("By <a>A</a> and <a>B</a>"). */
const JOINERS = /^(?:,|&|and|und|et|y|e|en|og|och|i|,? and)$/i;

/**
 * Names from the first byline line in the text around the headline (text nodes one per line):
 * the opener's own line, or the next one when the opener stands alone, continued over "and" lines.
 */
export function bylineNames(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const opened = lines[i].match(BYLINE_OPENERS);
    if (!opened || lines[i].length > MAX_BYLINE_CHARS) continue;
    const parts = opened[1] ? [opened[1]] : [];
    let next = i + 1;
    if (!parts.length && next < lines.length) parts.push(lines[next++]);
    while (next + 1 < lines.length && JOINERS.test(lines[next])) {
      parts.push(lines[next], lines[next + 1]);
      next += 2;
    }
    const names = authorNames(parts.join(' ')).filter(looksLikeName);
    if (names.length) return names;
  }
  return [];
}

/** Every word capitalized but name particles (van, de, bin…): "Marna van der Merwe", not "the author". */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return /^\p{Lu}/u.test(words[0]) && words.every((word) => /^(\p{Lu}|\p{Lo}|[a-z]{1,3}$|d'|O')/u.test(word));
}
