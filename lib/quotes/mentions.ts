/** Mentions of people in reporter's text: names (capitalised runs), pronouns and descriptors. */
import { isRelationalRole, isRoleNoun, looksLikeOrganisation } from './people';
import { AUXILIARIES, COURTESY_TITLES, DOCUMENT_NOUNS, PRONOUNS, ROLE_ABBREVIATIONS, SENTENCE_STARTERS } from './rules';

export type MentionKind = 'name' | 'pronoun' | 'descriptor';

export interface Mention {
  kind: MentionKind;
  /** The words of the mention ("Chinese President Xi Jinping", "he", "the Russian president"). */
  text: string;
  /** Offset of the mention in the text it was found in. */
  start: number;
  end: number;
  /** Follows a preposition ("by Mpofu"), so it is not a clause subject. */
  afterPreposition?: boolean;
}

const starters = new Set(SENTENCE_STARTERS);
const titleAbbreviations = new Set([...Object.keys(ROLE_ABBREVIATIONS), ...COURTESY_TITLES.map((t) => t.toLowerCase()), 'st', 'mr', 'mrs', 'ms']);
const isTitleAbbreviation = (w: string): boolean => /\.$/.test(w) && titleAbbreviations.has(w.slice(0, -1).toLowerCase());
const auxiliaries = new Set(AUXILIARIES);
const pronouns = new Set(PRONOUNS);
const documentNouns = new Set(DOCUMENT_NOUNS);
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const PARTICLE = String.raw`(?:bin|al|de|del|der|van|von|da|di|le|la|dos|das)`;
const runPattern = new RegExp(`${CAP}(?:\\s+(?:${CAP}|${PARTICLE}(?=\\s+\\p{Lu})))*`, 'gu');

/** Capitalised runs, with sentence-starting words ("Although", "The") dropped from their front. */
export function capitalisedRuns(text: string): Mention[] {
  const runs: Mention[] = [];
  runPattern.lastIndex = 0;
  for (let m = runPattern.exec(text); m; m = runPattern.exec(text)) {
    let words = m[0].split(/\s+/);
    let start = m.index;
    while (words.length && starters.has(words[0].toLowerCase().replace(/['’]s$/, ''))) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    const stop = words.findIndex((w) => /[.,]$/.test(w) && !/^\p{Lu}\.$/u.test(w) && !/\.\p{L}/u.test(w) && !isTitleAbbreviation(w));
    if (stop >= 0) words = words.slice(0, stop + 1);
    words = words.map((w) => (/^\p{Lu}\.$/u.test(w) || /\.\p{L}/u.test(w) || isTitleAbbreviation(w) ? w : w.replace(/[.,]$/, '')));
    const text = words.join(' ');
    if (words.length) runs.push({ kind: 'name', text, start, end: start + text.length });
  }
  return runs;
}

/** A descriptor ends in a lowercase role noun: "the Russian president", "a CAAN spokesperson". */
function descriptorIn(piece: string): string | undefined {
  const head = /^(.*?\S)\s+of\s/.exec(piece)?.[1];
  if (head && isRoleNoun(head.split(/\s+/).pop() ?? '') && /^(?:the|a|an)\s/i.test(head)) return head;
  const words = piece.split(/\s+/);
  const last = words[words.length - 1];
  if (!last || !/^\p{Ll}/u.test(last) || !isRoleNoun(last)) return undefined;
  const det = words.map((w) => w.toLowerCase()).lastIndexOf('the');
  const indef = Math.max(words.map((w) => w.toLowerCase()).lastIndexOf('a'), words.map((w) => w.toLowerCase()).lastIndexOf('an'));
  const from = Math.max(det, indef);
  return (from >= 0 ? words.slice(from) : words.slice(-3)).join(' ');
}

/**
 * "one user", "a buyer on the market", "another resident": the reporter introduces someone new and
 * leaves them unnamed. Credited as written, never to the person spoken of before.
 */
const SOMEONE_UNNAMED = /^(?:one|a|an|another)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)$/u;

function someoneUnnamed(piece: string): string | undefined {
  const head = SOMEONE_UNNAMED.exec(piece)?.[1];
  return head && !documentNouns.has(head) ? piece : undefined;
}

/** Classifies one comma-free piece of a speaker phrase. */
function pieceMention(piece: string): Mention | undefined {
  const text = piece.trim().replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  if (!text) return undefined;
  const lastWord = text.split(/\s+/).pop() ?? '';
  if (pronouns.has(lastWord.toLowerCase()) && (text.split(/\s+/).length === 1 || /^\p{Ll}/u.test(lastWord))) {
    return { kind: 'pronoun', text: lastWord.toLowerCase(), start: 0, end: 0 };
  }
  const owner = /^(.*?\p{L})['’]s?\s+(\p{Ll}+)\b/u.exec(text);
  if (owner && documentNouns.has(owner[2])) return pieceMention(owner[1]);
  // "Sandra Lindsay’s sister": someone else than the owner, named in an appositive if at all.
  if (owner && isRelationalRole(owner[2])) return { kind: 'descriptor', text, start: 0, end: 0 };
  const descriptor = descriptorIn(text) ?? someoneUnnamed(text);
  if (descriptor) return { kind: 'descriptor', text: descriptor, start: 0, end: 0 };
  const run = headRun(text, capitalisedRuns(text));
  if (!run) return undefined;
  const the = /\bthe\s+$/i.test(text.slice(0, run.start)) && run.text.split(/\s+/).length === 1;
  return { kind: 'name', text: the ? `the ${run.text}` : run.text, start: 0, end: 0 };
}

/** "Rebecca English of the Daily Mail": the person, not where they work. */
const AFFILIATION_BETWEEN = /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/i;

/** The run that heads a piece: the last one, unless it is the affiliation of a person's full name before it. */
function headRun(text: string, runs: Mention[]): Mention | undefined {
  const last = runs[runs.length - 1];
  const previous = runs[runs.length - 2];
  if (!last || !previous || !AFFILIATION_BETWEEN.test(text.slice(previous.end, last.start))) return last;
  const words = previous.text.split(/\s+/);
  return words.length > 1 && !looksLikeOrganisation(words) && !isRoleNoun(words[words.length - 1]) ? previous : last;
}

const PREPOSITION_IN = /\b(?:in|from|at|of|near|with|for)\b/;

const PREPOSITION_BEFORE = /\b(?:by|with|to|from|for|of|about|against|at|on|in|into|than|like|via|toward|towards)\s+(?:the\s+)?$/i;

// Case-sensitive on purpose: under the i flag \p{Ll} matches capitals too, and "Florida and New York" would break.
const CLAUSE_BREAK = /\b(?:that|which|who|whom|and(?=\s+\p{Ll})|while|but|although|when|after|because|where|if|as|so|said|says|told)\b|[;:(]/gu;

/** Drops auxiliaries and a trailing time phrase before the cue: "Putin has also", "Xi on Friday". */
function stripAuxiliaries(text: string): string {
  let out = text.trimEnd();
  for (;;) {
    const next = out
      .replace(/\s+(?:on|last|this|late|early)\s+(?:\p{Lu}[\p{L}.]*\s*\d*|week|month|year|night|morning)$/u, '')
      .replace(/\s+(\p{Ll}+)$/u, (w, word: string) => (auxiliaries.has(word) ? '' : w));
    if (next === out) return out + (/,\s*$/.test(text) && !out.endsWith(',') ? ',' : '');
    out = next.trimEnd();
  }
}

/**
 * The speaker named in the words next to a cue ("Jagannath Niroula, a CAAN spokesperson,"
 * → the name; "the Russian president" → descriptor). Undefined when nobody is named there.
 */
export function speakerPhrase(np: string): Mention | undefined {
  let text = np
    .replace(/\uE000+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/,\s*(?:who|which|whose)\b[^,]*,\s*$/i, ',')
    .replace(/,\s*(?:joined|accompanied|flanked|backed)\s+by\b[^,]*,\s*$/i, ',');
  const breaks = [...text.matchAll(CLAUSE_BREAK)];
  const lastBreak = breaks[breaks.length - 1];
  if (lastBreak?.index !== undefined) text = text.slice(lastBreak.index + lastBreak[0].length);
  text = stripAuxiliaries(text);
  const appositive = /,\s*$/.test(text);
  const pieces = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (pieces.length === 0) return undefined;
  const last = pieces[pieces.length - 1];
  if (!appositive) return last.split(/\s+/).length <= 8 ? pieceMention(last) : undefined;
  if (text.split(/\s+/).length > 30) return undefined;
  const found = pieces.map((piece) => ({ piece, mention: pieceMention(piece) })).filter((f): f is { piece: string; mention: Mention } => f.mention !== undefined);
  const fullName = (m: Mention): boolean => m.kind === 'name' && m.text.split(/\s+/).length > 1 && !looksLikeOrganisation(m.text.split(/\s+/));
  // A name after a preposition in its piece ("Epstein's neighbor in both Florida and New York") is a
  // place or an employer, not the speaker.
  const named = found.find((f) => fullName(f.mention) && !PREPOSITION_IN.test(f.piece.slice(0, f.piece.indexOf(f.mention.text))));
  return named?.mention ?? found.find((f) => f.mention.kind !== 'descriptor')?.mention ?? found[0]?.mention;
}

/** All mentions in a masked sentence, in order (for pronoun resolution and sentence subjects). */
export function mentionsIn(text: string): Mention[] {
  const out: Mention[] = capitalisedRuns(text);
  for (const m of text.matchAll(/\b(he|she|He|She)\b/g)) {
    out.push({ kind: 'pronoun', text: m[1].toLowerCase(), start: m.index ?? 0, end: (m.index ?? 0) + m[1].length });
  }
  for (const m of text.matchAll(/\bthe\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\b/gu)) {
    if (isRoleNoun(m[1]) && m.index !== undefined) {
      out.push({ kind: 'descriptor', text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of out) m.afterPreposition = PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
  return out.sort((a, b) => a.start - b.start);
}
