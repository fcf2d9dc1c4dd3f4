import type { WidgetKind } from './kinds';
import { LINK_BOX_LABELS, WIDGET_HEADINGS } from './rules/headings';
import { COMMENT_PLATFORMS, COMMENT_WORD, THIRD_PARTY_VENDORS, WIDGET_TOKENS, CHROME_TOKENS } from './rules/tokens';
import { containsPhrase, nameWords, normalizeText } from './text';

/** The rules tables compiled once into normalized phrases. */
interface Phrase {
  text: string;
  exact: boolean;
  kind: WidgetKind;
}

const HEADING_PHRASES: Phrase[] = WIDGET_HEADINGS.flatMap((row) =>
  row.phrases.map((raw) => ({ text: normalizeText(raw), exact: raw.startsWith('='), kind: row.kind })),
);
/** Phrases by their first word, so a heading is matched by looking up its own words only. */
const PHRASES_BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const phrase of HEADING_PHRASES) {
  const first = phrase.text.split(' ')[0]!;
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase]);
}
const LINK_BOX_PHRASES = LINK_BOX_LABELS.map(normalizeText);
const TOKEN_ROWS = WIDGET_TOKENS.map((row) => ({ ...row, words: row.words.split(' ') }));
const TOKEN_ROWS_BY_FIRST_WORD = new Map<string, typeof TOKEN_ROWS>();
for (const row of TOKEN_ROWS) TOKEN_ROWS_BY_FIRST_WORD.set(row.words[0]!, [...(TOKEN_ROWS_BY_FIRST_WORD.get(row.words[0]!) ?? []), row]);
const VENDORS = new Set(THIRD_PARTY_VENDORS);
const VENDOR_PREFIXES = THIRD_PARTY_VENDORS.filter((name) => name.length >= 5);
const CHROME = new Set(CHROME_TOKENS);
const COMMENT_NAMES = new Set(COMMENT_PLATFORMS);

/** Class/id words that mark a block title ("c-section-title", "widget-head"). */
export const HEADING_NAME_WORDS: ReadonlySet<string> = new Set(['title', 'heading', 'headline', 'head', 'hdr', 'hed', 'label']);

/** Longest headings we still read as a widget title (longer text is a sentence, not a label). */
export const MAX_HEADING_CHARS = 80;

/** The widget kind a heading's text names, or null. The longest matching phrase wins. */
export function headingKind(text: string): WidgetKind | null {
  const normalized = normalizeText(text);
  if (normalized.length > MAX_HEADING_CHARS) return null;
  let best: Phrase | null = null;
  const candidates = new Set(normalized.split(' ').flatMap((word) => PHRASES_BY_FIRST_WORD.get(word) ?? []));
  for (const phrase of candidates) {
    const hit = phrase.exact ? normalized === phrase.text : containsPhrase(normalized, phrase.text);
    if (hit && (best === null || phrase.text.length > best.text.length)) best = phrase;
  }
  return best?.kind ?? null;
}

/** True when text starts with a link-box label ("Related: …", "Lire aussi …"). */
export function startsWithLinkBoxLabel(text: string): boolean {
  const normalized = normalizeText(text.slice(0, 60));
  return LINK_BOX_PHRASES.some((label) => normalized === label || normalized.startsWith(`${label} `));
}

export interface NameMatch {
  kind: WidgetKind;
  weight: number;
}

/**
 * Every word any name rule looks at, compiled into one test: a class/id value holding none of
 * them (most of a page) is not split into words at all.
 */
const NAME_GATE = new RegExp(
  [...new Set([...TOKEN_ROWS.map((row) => row.words[0]!), ...VENDORS, ...COMMENT_NAMES, COMMENT_WORD, ...CHROME, ...HEADING_NAME_WORDS])]
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'i',
);

/** Words of an element's class and id (none when no rule could match them). */
export function elementNameWords(el: Element): string[] {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return [];
  const raw = id ? `${cls ?? ''} ${id}` : cls!;
  return NAME_GATE.test(raw) ? nameWords(raw) : [];
}

/** The strongest widget name among the element's class and id words, or null. */
export function nameKind(words: string[]): NameMatch | null {
  if (words.some(isCommentWord)) return { kind: 'comments', weight: 2 };
  let best: NameMatch | null = null;
  const rows = new Set(words.flatMap((word) => TOKEN_ROWS_BY_FIRST_WORD.get(word) ?? []));
  for (const row of rows) {
    if (!containsRun(words, row.words)) continue;
    if (best === null || row.weight > best.weight) best = { kind: row.kind, weight: row.weight };
  }
  return best;
}

/** A vendor's name as a word, or opening a word of 5+ letters ("smartassetcontainer"). */
export function isVendorName(words: string[]): boolean {
  return words.some((word) => VENDORS.has(word) || (word.length > 5 && VENDOR_PREFIXES.some((v) => word.startsWith(v))));
}

/** A comment platform's name, or a word holding "comments" ("fbcommentsmodule"). */
function isCommentWord(word: string): boolean {
  return COMMENT_NAMES.has(word) || (word.length > COMMENT_WORD.length && word.includes(COMMENT_WORD));
}

export function isChromeName(words: string[]): boolean {
  return words.some((word) => CHROME.has(word));
}

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}
