/**
 * German speaker phrases: the words next to a speech verb read as a pronoun ("er"), a name with the
 * roles before it ("Endokrinologe und Ernährungsmediziner Andreas Pfeiffer") or a descriptor ("der
 * CDU-Politiker", "eine Sprecherin des Ministeriums"). German capitalises every noun, so a name is
 * told from a role by the role's ending (rules-de.ts), never by capitals alone. Used by german.ts.
 */
import {
  GERMAN_ARTICLES,
  GERMAN_NAME_PARTICLES,
  GERMAN_ORGANISATION_ENDINGS,
  GERMAN_PRONOUNS,
  GERMAN_ROLE_ENDINGS,
  GERMAN_SENTENCE_STARTERS,
} from './rules-de';

export const pronouns = new Set(GERMAN_PRONOUNS);
export const articles = new Set(GERMAN_ARTICLES);
const particles = new Set(GERMAN_NAME_PARTICLES);
export const starters = new Set(GERMAN_SENTENCE_STARTERS);
const INDEFINITE = new Set(['ein', 'eine', 'einer']);
const MAX_SUBJECT_WORDS = 8;

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** The last part of a compound, lower case: "CDU-Spitzenkandidat" → "spitzenkandidat". */
export const lastPart = (word: string) => word.toLowerCase().split('-').pop() ?? '';
/** Endings as declined: "Experte", "Experten", "Expertin", "Expertinnen"; one pattern per table. */
const endingPattern = (endings: string[]) => new RegExp(`(?:${endings.join('|')})(?:n|en|in|innen|s)?$`, 'u');
const ROLE_PATTERN = endingPattern(GERMAN_ROLE_ENDINGS);
const ORGANISATION_PATTERN = endingPattern(GERMAN_ORGANISATION_ENDINGS);
/** A capitalised word that is no one: a sentence opener or a pronoun ("Er warnte …"). */
export const isFunctionWord = (word: string) => starters.has(word.toLowerCase()) || pronouns.has(word.toLowerCase());
/** "Verteidigungsminister", "CDU-Politikerin", "Endokrinologe": who someone is, not their name. */
export const isGermanRole = (word: string) => ROLE_PATTERN.test(lastPart(word));
export const isOrganisation = (word: string) => ORGANISATION_PATTERN.test(lastPart(word));

/** What a phrase next to a cue says about the speaker. */
export type Subject =
  | { kind: 'pronoun' }
  | { kind: 'name'; name: string[]; role: string[] }
  | { kind: 'descriptor'; text: string; head: string; indefinite: boolean; person?: boolean };

/** The phrase up to the first comma, stop, bracket or quote; its words. */
export function wordsOf(phrase: string): string[] {
  const cut = phrase.split(/[,.;:()\[\]\u2013\u2014]|\uE000/)[0];
  return cut.trim().split(/\s+/).filter(Boolean).slice(0, MAX_SUBJECT_WORDS);
}

/**
 * Reads a speaker phrase from its first word. `whole`: every word must belong to it (the text
 * before a cue), not just its start (the text after one, which goes on: "so Streeck weiter").
 */
export function subjectOf(words: string[], whole = false): Subject | undefined {
  const [first] = words;
  if (!first) return undefined;
  if (pronouns.has(first.toLowerCase()) && (!whole || words.length === 1)) return { kind: 'pronoun' };
  if (articles.has(first.toLowerCase())) return descriptorOf(words, whole);
  if (!isCapitalised(first) || starters.has(first.toLowerCase())) return undefined;
  const run = capitalisedRun(words);
  if (whole && run.length < words.length) return undefined;
  return nameOf(run);
}

/** Capitalised words from the start, with "und" between roles and particles inside a name. */
export function capitalisedRun(words: string[]): string[] {
  const run: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    if (isCapitalised(word)) run.push(word);
    else if (word === 'und' && run.length > 0 && isGermanRole(run[run.length - 1]) && next && isCapitalised(next)) run.push(word);
    else if (particles.has(word) && namePart(run).length === 1 && particleEndsName(words, i)) run.push(word);
    else break;
  }
  return run;
}

/**
 * "Ursula von der Leyen": particles, then one capitalised word that ends the name (the text goes on
 * in lower case or stops); "Pfeiffer von der Berliner Charité" is a name and a place.
 */
function particleEndsName(words: string[], at: number): boolean {
  let i = at;
  while (particles.has(words[i] ?? '')) i++;
  const last = words[i];
  const after = words[i + 1];
  return i > at && last !== undefined && isCapitalised(last) && (after === undefined || !isCapitalised(after));
}

/** The words after the last role word: "Endokrinologe und Ernährungsmediziner Andreas Pfeiffer" → Andreas Pfeiffer. */
function namePart(run: string[]): string[] {
  let start = 0;
  run.forEach((word, i) => {
    if (isGermanRole(word) || word === 'und') start = i + 1;
  });
  return run.slice(start);
}

export function nameOf(run: string[]): Subject | undefined {
  const name = namePart(run);
  if (name.length === 0 || name.length > 4 || isOrganisation(name[name.length - 1])) return undefined;
  const role = run.slice(0, run.length - name.length).filter((w) => w !== 'und' && !articles.has(w.toLowerCase()));
  return { kind: 'name', name, role };
}

/** "der CDU-Politiker", "der SPD-Politiker Johannes Arlt", "eine Sprecherin des Ministeriums". */
function descriptorOf(words: string[], whole: boolean): Subject | undefined {
  let i = 1;
  while (i < words.length && /^\p{Ll}/u.test(words[i]) && !articles.has(words[i])) i++; // adjectives: "der frühere Minister"
  const run = capitalisedRun(words.slice(i));
  if (run.length === 0) return undefined;
  const named = nameOf(run);
  if (named?.kind === 'name' && named.role.length > 0) return named;
  const head = run[run.length - 1];
  if (!isGermanRole(head) && !isOrganisation(head)) return undefined;
  let end = i + run.length;
  // A genitive completes it: "eine Sprecherin des Ministeriums".
  if (/^(des|der)$/.test(words[end] ?? '') && isCapitalised(words[end + 1] ?? '')) end += 2;
  if (whole && end < words.length) return undefined;
  return { kind: 'descriptor', text: words.slice(0, end).join(' '), head, indefinite: INDEFINITE.has(words[0].toLowerCase()) };
}

/** Right after a quote's verb, "der junge Mann" or "die 21-Jährige" is a person, whatever the noun. */
export function personDescribed(words: string[]): Subject | undefined {
  if (!/^(der|die)$/i.test(words[0] ?? '')) return undefined;
  let i = 1;
  while (i < words.length && /^\p{Ll}/u.test(words[i])) i++;
  const head = words[i];
  if (!head || !isCapitalised(head) || isOrganisation(head)) return undefined;
  return { kind: 'descriptor', text: words.slice(0, i + 1).join(' '), head, indefinite: false, person: true };
}

/** The phrase a sentence opens with, when it is a name or a pronoun. */
export function opening(text: string): Subject | undefined {
  const subject = subjectOf(wordsOf(text));
  return subject?.kind === 'descriptor' ? undefined : subject;
}
