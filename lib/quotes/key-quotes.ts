/** keyQuotes: the quotes worth showing, merged across outlets and ranked. */
import { speakerKey, speakersCompatible } from './names';
import { isRelationalRole } from './people';
import { quoteWords, sameQuote } from './similar';
import type { KeyQuote, KeyQuotesOptions, Quote, QuoteSource, QuoteSourceArticle } from './types';

interface Reported {
  quote: Quote;
  article: QuoteSourceArticle;
}

interface Cluster {
  items: Reported[];
}

const DEFAULT_LIMIT = 8;

function joins(cluster: Cluster, r: Reported): boolean {
  return cluster.items.some(
    (c) => speakersCompatible(c.quote.speaker, r.quote.speaker) && (c.quote.speaker || r.quote.speaker || c.quote.text === r.quote.text) && sameQuote(c.quote.text, r.quote.text),
  );
}

function cluster(all: Reported[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const r of all) {
    const home = clusters.find((c) => joins(c, r));
    if (home) home.items.push(r);
    else clusters.push({ items: [r] });
  }
  return clusters;
}

/** How many quotes each speaker has across the coverage: the story's central voices. */
function voiceCounts(all: Reported[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of all) {
    const key = speakerKey(r.quote.speaker);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The wording to show: the current article's, else any outlet's; in each case the longest full
 * version (a headline fragment such as "increase political cooperation" yields to the whole remark).
 */
function representative(c: Cluster, currentUrl?: string): Reported {
  const current = c.items.filter((r) => r.article.url === currentUrl);
  return fullestFirst(current.length ? current : c.items)[0];
}

const fullestFirst = (items: Reported[]) =>
  [...items].sort((a, b) => Number(a.quote.partial) - Number(b.quote.partial) || b.quote.text.length - a.quote.text.length);

function score(c: Cluster, rep: Reported, voices: Map<string, number>, maxVoice: number): number {
  const outlets = new Set(c.items.map((r) => r.article.outlet)).size;
  const named = rep.quote.speaker ? 1 : 0;
  const voice = (voices.get(speakerKey(rep.quote.speaker)) ?? 0) / Math.max(1, maxVoice);
  const words = quoteWords(rep.quote.text).length;
  const length = Math.min(1, words / 12) - (words > 80 ? 0.5 : 0);
  return named + voice + Math.log2(1 + outlets) + length;
}

/**
 * Each speaker's roles as the articles give them, those that stand on their own ("Chinese President")
 * before those that only relate them to someone ("Chinese counterpart").
 */
function rolesBySpeaker(all: Reported[]): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const { quote } of all) {
    const key = speakerKey(quote.speaker);
    if (!key || !quote.role) continue;
    const list = roles.get(key) ?? [];
    if (!list.includes(quote.role)) list.push(quote.role);
    roles.set(key, list);
  }
  for (const list of roles.values()) list.sort((a, b) => Number(isRelationalRole(a)) - Number(isRelationalRole(b)));
  return roles;
}

/** The speaker's role: as this quote's reports give it, unless only relational, then as any report of theirs gives it. */
function roleFor(speaker: string | undefined, items: Reported[], roles: Map<string, string[]>): string | undefined {
  const own = items.filter((r) => r.quote.speaker === speaker && r.quote.role).map((r) => r.quote.role!);
  const standing = own.find((role) => !isRelationalRole(role));
  return standing ?? roles.get(speakerKey(speaker))?.[0] ?? own[0];
}

function toKeyQuote(c: Cluster, rep: Reported, value: number, roles: Map<string, string[]>): KeyQuote {
  const sources = new Map<string, KeyQuote['sources'][number]>();
  for (const r of [rep, ...c.items]) {
    if (!sources.has(r.article.url)) sources.set(r.article.url, { url: r.article.url, outlet: r.article.outlet, paragraph: r.quote.paragraph, text: r.quote.text });
  }
  const speaker = rep.quote.speaker ?? (c.items.find((r) => r.quote.speaker && r.quote.role) ?? c.items.find((r) => r.quote.speaker))?.quote.speaker;
  return {
    text: rep.quote.text,
    ...(rep.article.lang ? { lang: rep.article.lang } : {}),
    speaker,
    role: roleFor(speaker, [rep, ...c.items], roles),
    partial: c.items.every((r) => r.quote.partial),
    score: Math.round(value * 1000) / 1000,
    sources: [...sources.values()],
  };
}

/** Full statements by named, central voices first; partial fragments after; each remark once. */
export function keyQuotes(sourcesIn: QuoteSource[], opts: KeyQuotesOptions = {}): KeyQuote[] {
  const all = sourcesIn.flatMap((s) => s.quotes.map((quote) => ({ quote, article: s.article })));
  const voices = voiceCounts(all);
  const maxVoice = Math.max(1, ...voices.values());
  const roles = rolesBySpeaker(all);
  return cluster(all)
    .map((c) => {
      const rep = representative(c, opts.currentUrl);
      return toKeyQuote(c, rep, score(c, rep, voices, maxVoice), roles);
    })
    .sort((a, b) => tier(b) - tier(a) || b.score - a.score)
    .slice(0, opts.limit ?? DEFAULT_LIMIT);
}

/** 2: full statement by a named speaker; 1: full statement, unknown speaker; 0: partial fragment. */
function tier(q: KeyQuote): number {
  if (q.partial) return 0;
  return q.speaker ? 2 : 1;
}
