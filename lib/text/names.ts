import {
  CALENDAR_WORDS,
  GERMAN_DETERMINERS,
  GERMAN_NOT_NAMES,
  GERMAN_COMMON_ENDINGS,
  NAME_BREAKS,
  NAME_CONNECTORS,
  NOT_NAMES,
  ORGANISATION_ENDS,
  TITLE_WORDS,
} from './name-rules';
import { isGerman } from './language';
import { isStopword } from './stopwords';

/** A word with its original case; hyphens and apostrophes kept inside ("Jean-Luc", "O'Neill"). */
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
/** Sentence or line boundary: a name never spans one. */
const BREAK = /(?<=[.!?…])\s+|\n+/u;

interface Token {
  word: string;
  /** Punctuation before this word breaks a name ("Moscow, Russia"). */
  broken: boolean;
}

const isAcronym = (w: string) => /^\p{Lu}{2,5}$/u.test(w);
const isCapitalised = (w: string) => (/^\p{Lu}/u.test(w) && !/^\p{Lu}[\p{Lu}\d]*$/u.test(w.slice(0, 6))) || isAcronym(w);
const lower = (w: string) => w.toLowerCase().replace(/’/g, "'");
const possessiveless = (w: string) => w.replace(/['’]s$/u, '');

function tokensOf(sentence: string): Token[] {
  const tokens: Token[] = [];
  let end = 0;
  for (const m of sentence.matchAll(TOKEN)) {
    tokens.push({ word: m[0], broken: NAME_BREAKS.test(sentence.slice(end, m.index)) });
    end = m.index + m[0].length;
  }
  return tokens;
}

/** Lines mostly in capitals (wire headlines, menus) say nothing about names. */
function shouting(words: string[]): boolean {
  const letters = words.filter((t) => /\p{L}/u.test(t));
  const caps = letters.filter((t) => /^\p{Lu}[\p{Lu}\d'’.\-]+$/u.test(t));
  return letters.length >= 3 && caps.length / letters.length > 0.6;
}

/**
 * What the whole text says about words: those it writes in lowercase somewhere, and in German, the
 * nouns (`nouns` is set only there: a capitalised word it holds is never a name).
 */
interface Evidence {
  lowercase: Set<string>;
  nouns?: Set<string>;
}

function evidenceOf(sentences: Token[][], german: boolean): Evidence {
  const lowercase = new Set<string>();
  for (const tokens of sentences) for (const { word } of tokens) if (/^\p{Ll}/u.test(word)) lowercase.add(lower(word));
  return german ? { lowercase, nouns: germanNouns(sentences) } : { lowercase };
}

/** Lower-case words between a determiner and its noun: "die westlichen Sanktionen". */
const MAX_ADJECTIVES = 3;

/** Capitalised words the text writes after a determiner (across adjectives), or with a noun's ending. */
function germanNouns(sentences: Token[][]): Set<string> {
  const nouns = new Set<string>();
  for (const tokens of sentences) {
    tokens.forEach(({ word }, i) => {
      if (!/^\p{Lu}/u.test(word)) return;
      const key = lower(word);
      if (GERMAN_COMMON_ENDINGS.test(key)) nouns.add(key);
      for (let back = i - 1; back >= 0 && back >= i - 1 - MAX_ADJECTIVES; back--) {
        const before = lower(tokens[back].word);
        if (GERMAN_DETERMINERS.has(before)) {
          nouns.add(key);
          break;
        }
        if (!/^\p{Ll}/u.test(tokens[back].word)) break;
      }
    });
  }
  return nouns;
}

/**
 * Whether a capitalised word may belong to a name at this place. A sentence's first word counts unless the
 * text also writes it in lowercase ("Police said… the police" is not a name).
 */
function nameWord(word: string, first: boolean, evidence: Evidence): boolean {
  const w = lower(possessiveless(word));
  if (!isCapitalised(word) || NOT_NAMES.has(w) || CALENDAR_WORDS.has(w) || TITLE_WORDS.has(w)) return false;
  if (evidence.nouns) return !evidence.nouns.has(w) && !GERMAN_NOT_NAMES.has(w) && !GERMAN_DETERMINERS.has(w);
  if (first) return !evidence.lowercase.has(w) && !isStopword(w);
  return true;
}

/** An organisation's name (two words or more) that a two-word name follows, as in "the Security Council Dmitry Medvedev". */
function endsOrganisationBeforeName(run: string[], next: Token[], evidence: Evidence): boolean {
  if (run.length < 2 || !ORGANISATION_ENDS.has(lower(run[run.length - 1]))) return false;
  return next.length === 2 && next.every((t) => !t.broken && nameWord(t.word, false, evidence));
}

/** Runs of name words in one sentence, joined by connectors; title words and punctuation split runs. */
function runsIn(tokens: Token[], evidence: Evidence): string[] {
  const phrases: string[] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length && NAME_CONNECTORS.has(run[run.length - 1])) run.pop();
    if (run.length) phrases.push(run.join(' '));
    run = [];
  };
  tokens.forEach(({ word, broken }, i) => {
    if (broken) close();
    const next = tokens[i + 1];
    if (nameWord(word, i === 0, evidence)) {
      run.push(possessiveless(word));
      if (/['’]s$/u.test(word) || endsOrganisationBeforeName(run, tokens.slice(i + 1, i + 3), evidence)) close();
    } else if (run.length && NAME_CONNECTORS.has(word) && next && !next.broken && isCapitalised(next.word)) {
      run.push(word);
    } else close();
  });
  close();
  return phrases;
}

/**
 * Names of people, places and organisations mentioned in the text, in order of mention, one entry per
 * mention ("Xi Jinping", "Moscow", "Bank of England"). Heuristic: capitalised runs, ended by punctuation,
 * that are not ordinary sentence openers, calendar words or titles; lines in capitals are skipped.
 */
export function namePhrases(text: string, lang?: string): string[] {
  const german = isGerman(lang);
  const sentences = text.split(BREAK).map(tokensOf);
  const evidence = evidenceOf(sentences, german);
  const phrases: string[] = [];
  for (const tokens of sentences) {
    const words = tokens.map((t) => t.word);
    if (words.length === 0 || shouting(words)) continue;
    for (const phrase of runsIn(tokens, evidence)) if (phrase.length > 1) phrases.push(phrase);
  }
  return german ? confirmedSingles(phrases) : phrases;
}

/**
 * German nouns written without a determiner ("mit Drohnen", "per Videokonferenz") still pass: a
 * single word is kept as a name when the text names it twice or it belongs to a longer name
 * ("Putin" of "Wladimir Putin").
 */
function confirmedSingles(phrases: string[]): string[] {
  const counts = new Map<string, number>();
  const partsOfLonger = new Set<string>();
  for (const phrase of phrases) {
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    if (phrase.includes(' ')) for (const part of phrase.split(' ')) partsOfLonger.add(part);
  }
  return phrases.filter((phrase) => phrase.includes(' ') || partsOfLonger.has(phrase) || (counts.get(phrase) ?? 0) >= 2);
}

/** The key a name is matched by: lowercase, apostrophes unified. */
export function nameKey(phrase: string): string {
  return lower(phrase);
}
