import { CALENDAR_WORDS, NAME_CONNECTORS, NOT_NAMES, TITLE_WORDS } from './name-rules';
import { isStopword } from './stopwords';

/** A word with its original case; hyphens and apostrophes kept inside ("Jean-Luc", "O'Neill"). */
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
/** Sentence or line boundary: a name never spans one. */
const BREAK = /(?<=[.!?…:;"“”])\s+|\n+/u;

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && !/^\p{Lu}[\p{Lu}\d]*$/u.test(w.slice(0, 6)) || isAcronym(w);
const isAcronym = (w: string) => /^\p{Lu}{2,5}$/u.test(w);
const lower = (w: string) => w.toLowerCase().replace(/’/g, "'");
const possessiveless = (w: string) => w.replace(/['’]s$/u, '');

/** Lines mostly in capitals (wire headlines, menus) say nothing about names. */
function shouting(tokens: string[]): boolean {
  const letters = tokens.filter((t) => /\p{L}/u.test(t));
  const caps = letters.filter((t) => /^\p{Lu}[\p{Lu}\d'’.\-]+$/u.test(t));
  return letters.length >= 3 && caps.length / letters.length > 0.6;
}

/** Words the text also writes in lowercase are ordinary words when they open a sentence. */
function lowercaseWords(text: string): Set<string> {
  const seen = new Set<string>();
  for (const m of text.matchAll(TOKEN)) if (/^\p{Ll}/u.test(m[0])) seen.add(lower(m[0]));
  return seen;
}

/** Whether a capitalised word may belong to a name at this place in the sentence. */
function nameWord(word: string, first: boolean, ordinary: Set<string>): boolean {
  const w = lower(possessiveless(word));
  if (!isCapitalised(word) || NOT_NAMES.has(w) || CALENDAR_WORDS.has(w) || TITLE_WORDS.has(w)) return false;
  if (first && (ordinary.has(w) || isStopword(w))) return false;
  return true;
}

/** Runs of name words in one sentence, joined by connectors; title words split runs. */
function runsIn(tokens: string[], ordinary: Set<string>): string[] {
  const phrases: string[] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length && NAME_CONNECTORS.has(run[run.length - 1])) run.pop();
    if (run.length) phrases.push(run.join(' '));
    run = [];
  };
  tokens.forEach((token, i) => {
    if (nameWord(token, i === 0, ordinary)) {
      run.push(possessiveless(token));
      if (/['’]s$/u.test(token)) close();
    } else if (run.length && NAME_CONNECTORS.has(token) && tokens[i + 1] && isCapitalised(tokens[i + 1])) {
      run.push(token);
    } else close();
  });
  close();
  return phrases;
}

/**
 * Names of people, places and organisations mentioned in the text, in order of mention, one entry per
 * mention ("Xi Jinping", "Moscow", "Bank of England"). Heuristic: capitalised runs that are not sentence
 * openers, calendar words or titles; lines in capitals are skipped.
 */
export function namePhrases(text: string): string[] {
  const ordinary = lowercaseWords(text);
  const phrases: string[] = [];
  for (const sentence of text.split(BREAK)) {
    const tokens = [...sentence.matchAll(TOKEN)].map((m) => m[0]);
    if (tokens.length === 0 || shouting(tokens)) continue;
    for (const phrase of runsIn(tokens, ordinary)) if (phrase.length > 1) phrases.push(phrase);
  }
  return phrases;
}

/** The key a name is matched by: lowercase, apostrophes unified. */
export function nameKey(phrase: string): string {
  return lower(phrase);
}
