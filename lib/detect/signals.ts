import {
  ARTICLE_META,
  CODE_HEAVY,
  ARTICLE_TYPES,
  FRONT_PAGE_WEIGHT,
  FULL_REPORT_RUN,
  NON_ARTICLE_TYPES,
  OG_TYPES,
  OWN_VOICE,
  SUBSTANTIAL_PARAGRAPH_CHARS,
  HOST_SHAPES,
  THIN_WRAPPER,
  URL_SHAPES,
} from './rules';
import { unwrappedJson } from '../extract/json-ld';
import { linkTextLength } from '../extract/walk';
import { brokenTextRun } from './broken-text';

/** One signal's verdict: a weight to add and a short reason to show. */
export interface Evidence {
  weight: number;
  reason: string;
}

/** Caps that keep detection cheap on huge pages. */
export const BUDGET = { jsonLdScripts: 20, jsonLdChars: 200_000, paragraphs: 600, itemtypes: 50, metas: 300 };

/** Elements that may carry a page-level microdata itemtype (scanning every element would cost too much). */
const ITEMTYPE_TAGS = ['html', 'body', 'main', 'article'];

/** The schema.org types named on the page (JSON-LD, including @graph, and microdata), lowercased. */
export function schemaTypes(doc: Document): string[] {
  const types: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  let read = 0;
  for (let i = 0; i < scripts.length && read < BUDGET.jsonLdScripts; i++) {
    if (scripts[i].getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    read++;
    const text = scripts[i].textContent ?? '';
    if (text.length > BUDGET.jsonLdChars) continue;
    try {
      collectTypes(JSON.parse(unwrappedJson(text)), types, 0);
    } catch {
      // Broken JSON-LD is common; it simply says nothing.
    }
  }
  for (const tag of ITEMTYPE_TAGS) {
    const elements = doc.getElementsByTagName(tag);
    for (let i = 0; i < elements.length && i < BUDGET.itemtypes; i++) {
      const itemtype = elements[i].getAttribute('itemtype') ?? '';
      for (const url of itemtype.split(/\s+/)) if (url) types.push(url.replace(/^.*\//, '').toLowerCase());
    }
  }
  return types;
}

function collectTypes(node: unknown, into: string[], depth: number): void {
  if (depth > 4 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectTypes(item, into, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  for (const name of Array.isArray(type) ? type : [type]) {
    if (typeof name === 'string') into.push(name.replace(/^.*[/:]/, '').toLowerCase());
  }
  if (record['@graph']) collectTypes(record['@graph'], into, depth + 1);
  if (record.mainEntity) collectTypes(record.mainEntity, into, depth + 1);
}

/** Types this strong name a news article; weaker ones (Article, BlogPosting) are often template boilerplate. */
const NEWS_TYPE_WEIGHT = 3;
/** Non-article types this strong name what the page is (a recipe, a product, a forum thread). */
const PAGE_KIND_WEIGHT = -3;

/** Strongest article type and strongest non-article type, each counted once. */
export function schemaEvidence(types: string[]): Evidence[] {
  const evidence: Evidence[] = [];
  const best = strongest(types, ARTICLE_TYPES, Math.max);
  if (best) evidence.push({ weight: best.weight, reason: `schema ${best.type}` });
  const worst = strongest(types, NON_ARTICLE_TYPES, Math.min);
  if (!worst) return evidence;
  // Site templates (Yoast and the like) mark every post Article; next to a page kind such as
  // Recipe or Product, that generic type says nothing about what the page is.
  if (best && best.weight < NEWS_TYPE_WEIGHT && worst.weight <= PAGE_KIND_WEIGHT) evidence.pop();
  evidence.push({ weight: worst.weight, reason: `schema ${worst.type}` });
  return evidence;
}

function strongest(
  types: string[],
  table: Record<string, number>,
  pick: (a: number, b: number) => number,
): { type: string; weight: number } | null {
  let found: { type: string; weight: number } | null = null;
  for (const type of types) {
    const weight = table[type];
    if (weight === undefined || weight === 0) continue;
    if (!found || pick(weight, found.weight) === weight) found = { type, weight };
  }
  return found;
}

export function ogTypeEvidence(meta: Map<string, string>): Evidence[] {
  const type = meta.get('og:type')?.trim().toLowerCase();
  const weight = type ? OG_TYPES[type] : undefined;
  return weight ? [{ weight, reason: `og:type ${type}` }] : [];
}

/** Whether the meta tags say when the page was published. */
export function declaresDate(meta: Map<string, string>): boolean {
  return ARTICLE_META.some((rule) => rule.dated && rule.names.some((name) => meta.has(name)));
}

export function metaEvidence(meta: Map<string, string>): Evidence[] {
  return ARTICLE_META.filter((rule) => rule.names.some((name) => meta.has(name))).map(({ weight, reason }) => ({ weight, reason }));
}

export function urlEvidence(url: string): Evidence[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  let path = parsed.pathname.toLowerCase();
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the encoded path.
  }
  const evidence: Evidence[] = [];
  for (const shape of HOST_SHAPES) {
    if (shape.pattern.test(parsed.hostname)) evidence.push({ weight: shape.weight, reason: shape.reason });
  }
  if (/^\/?([a-z]{1,20}\/?)?(index\.\w+)?$/.test(path)) return [...evidence, { weight: FRONT_PAGE_WEIGHT, reason: 'front page url' }];
  // One vote per reason, and per kind of site: a forum host with a forum path is one forum signal.
  const seen = new Set<string>(evidence.map((e) => siteKind(e.reason)));
  for (const shape of URL_SHAPES) {
    if (seen.has(shape.reason) || seen.has(siteKind(shape.reason)) || !shape.pattern.test(path)) continue;
    seen.add(shape.reason);
    evidence.push({ weight: shape.weight, reason: shape.reason });
  }
  if (/[?&](q|s|query|search)=/.test(parsed.search)) evidence.push({ weight: -1.5, reason: 'search query' });
  return evidence;
}

/** "forum host" and "forum path" name the same kind of site. */
const siteKind = (reason: string) => reason.split(' ')[0];

/** Chinese, Japanese and Korean say as much in fewer characters: their text counts this many times. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const DENSE_SCRIPT_FACTOR = 2.5;
const weighted = (text: string) => text.length * (DENSE_SCRIPT.test(text) ? DENSE_SCRIPT_FACTOR : 1);

/** What the page's paragraphs say: a run of substantial prose in one container, and little of it in links. */
export interface ProseShape {
  /** Largest number of substantial paragraphs sharing one parent (or of chunks between `<br>`s in one element). */
  run: number;
  /** Characters of substantial paragraph text. */
  proseChars: number;
  /** Share of that text inside links. */
  linkShare: number;
  inArticleContainer: boolean;
  /** When there is no run: text length of a declared article body (<article>, articleBody). */
  bodyChars: number;
  /** Substantial paragraphs (scanned ones) and code blocks (<pre>) on the page. */
  paragraphs?: number;
  codeBlocks?: number;
  /** Words in the substantial paragraphs, and how many of them are the site's own "we" / "our". */
  words?: number;
  ownWords?: number;
}

export function proseShape(doc: Document): ProseShape {
  const paragraphs = doc.getElementsByTagName('p');
  const runs = new Map<Element, number>();
  let proseChars = 0;
  let linkChars = 0;
  let run = 0;
  let inArticleContainer = false;
  let substantial = 0;
  let words = 0;
  let ownWords = 0;
  for (let i = 0; i < paragraphs.length && i < BUDGET.paragraphs; i++) {
    const p = paragraphs[i];
    const text = (p.textContent ?? '').trim();
    const length = weighted(text);
    if (length < SUBSTANTIAL_PARAGRAPH_CHARS) continue;
    const links = linkTextLength(p);
    if (links / length > 0.5) continue;
    proseChars += length;
    linkChars += links;
    substantial++;
    words += wordCount(text);
    ownWords += text.match(OWN_VOICE.words)?.length ?? 0;
    const parent = paragraphBox(p);
    if (!parent) continue;
    const count = (runs.get(parent) ?? 0) + 1;
    runs.set(parent, count);
    if (count > run) {
      run = count;
      inArticleContainer = insideArticleContainer(parent);
    }
  }
  const broken = brokenTextRun(doc, weighted);
  if (broken.run > run) {
    run = broken.run;
    inArticleContainer = insideArticleContainer(broken.box);
  }
  const bodyChars = run < 3 ? articleBodyChars(doc) : 0;
  const codeBlocks = doc.getElementsByTagName('pre').length;
  return { run, proseChars, linkShare: proseChars ? linkChars / proseChars : 0, inArticleContainer, bodyChars, paragraphs: substantial, codeBlocks, words, ownWords };
}

/** Words separated by spaces (dense scripts, written without them, count as few and never reach `OWN_VOICE.minWords`). */
const wordCount = (text: string) => text.split(/\s+/).length;

/**
 * The box a paragraph belongs to. Page builders wrap each paragraph (or a heading and its paragraph)
 * in a box of its own; such thin wrappers (≤ 2 child elements) are climbed, a few levels at most, so
 * the paragraphs of one text still count as one run.
 */
function paragraphBox(p: Element): Element | null {
  let box = p.parentElement;
  for (let i = 0; i < THIN_WRAPPER.levels && box && box.children.length <= THIN_WRAPPER.children; i++) {
    if (ARTICLE_CONTAINER_TAGS.has(box.tagName) || !box.parentElement || box.parentElement === box.ownerDocument.body) break;
    box = box.parentElement;
  }
  return box;
}

/** Elements that declare the article body; their text counts when the prose is not in <p> elements. */
const ARTICLE_BODY_TAGS = ['article'];
const BODY_TEXT_CAP = 20_000;

/** Text length (capped) of a declared article body: an <article> or [itemprop=articleBody] element. */
function articleBodyChars(doc: Document): number {
  let best = 0;
  for (const tag of ARTICLE_BODY_TAGS) {
    const elements = doc.getElementsByTagName(tag);
    for (let i = 0; i < elements.length && i < 5; i++) best = Math.max(best, proseLength(elements[i]));
  }
  const declared = doc.querySelector('[itemprop="articleBody"]');
  if (declared) best = Math.max(best, proseLength(declared));
  return best;
}

/** Text outside links, capped, with dense scripts weighted like the paragraphs. */
function proseLength(element: Element): number {
  const text = (element.textContent ?? '').slice(0, BODY_TEXT_CAP);
  const prose = Math.max(0, text.replace(/\s+/g, ' ').length - linkTextLength(element));
  return prose * (DENSE_SCRIPT.test(text.slice(0, 2000)) ? DENSE_SCRIPT_FACTOR : 1);
}

const ARTICLE_CONTAINER_TAGS = new Set(['ARTICLE', 'MAIN']);

function insideArticleContainer(element: Element | null): boolean {
  for (let depth = 0; element && depth < 12; depth++, element = element.parentElement) {
    if (ARTICLE_CONTAINER_TAGS.has(element.tagName) || element.getAttribute('itemprop') === 'articleBody' || element.getAttribute('role') === 'main') return true;
  }
  return false;
}

/** `dated`: the page declares when it was published (a long dated run is a report, an undated one may be a manual). */
export function proseEvidence(shape: ProseShape, dated = false): Evidence[] {
  const evidence: Evidence[] = [];
  if (shape.run >= 8) evidence.push({ weight: 2, reason: `run of ${shape.run} paragraphs` });
  else if (shape.run >= 5) evidence.push({ weight: 1.5, reason: `run of ${shape.run} paragraphs` });
  else if (shape.run >= 3) evidence.push({ weight: 0.7, reason: `run of ${shape.run} paragraphs` });
  else if (shape.bodyChars >= 1500) evidence.push({ weight: 0.7, reason: 'prose in article body' });
  else if (shape.proseChars < 800) evidence.push({ weight: -2, reason: 'little prose' });
  else evidence.push({ weight: -1, reason: 'no run of paragraphs' });
  if (shape.run >= FULL_REPORT_RUN.paragraphs && dated) evidence.push({ weight: FULL_REPORT_RUN.weight, reason: 'a full report' });
  if (shape.inArticleContainer && shape.run >= 3) evidence.push({ weight: 0.5, reason: 'prose in article element' });
  if (shape.linkShare > 0.25) evidence.push({ weight: -1, reason: 'prose mostly links' });
  const code = shape.codeBlocks ?? 0;
  if (!dated && code >= CODE_HEAVY.minBlocks && code * CODE_HEAVY.perParagraphs >= (shape.paragraphs ?? 0)) {
    evidence.push({ weight: CODE_HEAVY.weight, reason: 'undated code-heavy page' });
  }
  return evidence;
}

/** A page whose prose speaks as "we" / "our" presents its owner: a service or landing page. */
export function voiceEvidence(shape: ProseShape): Evidence[] {
  const words = shape.words ?? 0;
  if (words < OWN_VOICE.minWords || (shape.ownWords ?? 0) / words <= OWN_VOICE.share) return [];
  return [{ weight: OWN_VOICE.weight, reason: 'prose speaks as we' }];
}
