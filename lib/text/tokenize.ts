import { isStopword } from './stopwords';

/** A word: letters/digits, keeping inner apostrophes, dots and commas of numbers ("don't", "6.1", "200,000"). */
const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

/** Every word of the text, lowercased, in order (apostrophes unified to '). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) out.push(match[0].toLowerCase().replace(/’/g, "'"));
  return out;
}

/** Plural and possessive endings folded: "earthquakes" → "earthquake", "Putin's" → "putin". */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Content terms: words without function words (of the text's language) or 1-letter tokens, stemmed. */
export function terms(text: string, lang?: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || isStopword(word, lang)) continue;
    out.push(stem(word));
  }
  return out;
}

/** Counts of each item. */
export function countOf<T>(items: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
