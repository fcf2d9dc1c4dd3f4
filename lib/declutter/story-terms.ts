import { ALL_STOPWORDS } from './rules/stopwords';
import { normalizeText } from './text';

/**
 * Key terms of the article's story, from the headline, the description and the first paragraphs:
 * proper nouns (capitalised words inside a sentence) count double, as do headline words.
 * Terms are returned as match keys (see `termKey`), so "Ukraine" and "Ukrainian" meet.
 */
export const MAX_STORY_TERMS = 24;
const LEAD_PARAGRAPHS = 4;

export function storyTermsFrom(doc: Document, articleRoot: Element | null): string[] {
  const weights = new Map<string, number>();
  const add = (text: string, factor: number) => {
    for (const [key, weight] of weightedWords(text)) weights.set(key, (weights.get(key) ?? 0) + weight * factor);
  };
  add(headlineText(doc, articleRoot), 2);
  add(doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '', 1);
  for (const text of leadParagraphs(articleRoot)) add(text, 1);
  return [...weights.entries()]
    .filter(([, weight]) => weight >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_STORY_TERMS)
    .map(([key]) => key);
}

/** Turns terms given as words ("Putin", "Ukraine") into match keys. */
export function termKeys(terms: string[]): Set<string> {
  return new Set(terms.flatMap((term) => normalizeText(term).split(' ')).filter((w) => w.length > 0).map(termKey));
}

/** How many distinct story terms a teaser's text shares. */
export function sharedTerms(text: string, terms: ReadonlySet<string>): number {
  const seen = new Set<string>();
  for (const word of normalizeText(text).split(' ')) {
    const key = termKey(word);
    if (terms.has(key)) seen.add(key);
  }
  return seen.size;
}

/** A teaser is about the story when it shares at least this many of its terms. */
export const RELATED_MIN_SHARED = 3;

export function isAboutStory(text: string, terms: ReadonlySet<string>): boolean {
  return terms.size > 0 && sharedTerms(text, terms) >= RELATED_MIN_SHARED;
}

/** Crude cross-language stem: the first six letters. */
export function termKey(normalizedWord: string): string {
  return normalizedWord.slice(0, 6);
}

function headlineText(doc: Document, root: Element | null): string {
  const h1 = root?.querySelector('h1') ?? doc.querySelector('h1');
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return (h1?.textContent ?? og ?? doc.title ?? '').trim();
}

function leadParagraphs(root: Element | null): string[] {
  if (!root) return [];
  const texts: string[] = [];
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const text = (p.textContent ?? '').trim();
    if (text.length >= 60) texts.push(text);
    if (texts.length >= LEAD_PARAGRAPHS) break;
  }
  return texts;
}

/** Words worth keeping, with weight 2 for a proper noun (capitalised, not opening a sentence). */
function weightedWords(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const raw = text.split(/\s+/);
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i]!;
    const normalized = normalizeText(word).split(' ')[0] ?? '';
    const proper = /^\p{Lu}/u.test(word.replace(/^[^\p{L}]+/u, '')) && i > 0 && !/[.!?:]["'»”]?$/.test(raw[i - 1]!);
    if (!isSalient(normalized, proper)) continue;
    const key = termKey(normalized);
    out.set(key, Math.max(out.get(key) ?? 0, proper ? 2 : 1));
  }
  return out;
}

function isSalient(word: string, proper: boolean): boolean {
  if (ALL_STOPWORDS.has(word) || /^\d+$/.test(word)) return false;
  return proper ? word.length >= 2 : word.length >= 5;
}
