/** findQuotes: every direct quote of an article with its speaker, cue and paragraph. */
import { attributeQuote, ReadingContext, sentenceSubject, type Speaker } from './attribute';
import { castOf } from './cast';
import { maskQuotes, quoteSpans, type QuoteSpan } from './marks';
import { cuesIn } from './cues';
import { ATTRIBUTED_LANGUAGES, ENGLISH_MARKERS, FUNCTION_WORDS, NOT_BEFORE_TERM, SAYING_VERBS, TERM_MARKERS } from './rules';
import { sentencesOf } from './sentences';
import type { ArticleText, Quote } from './types';

interface Line {
  paragraph: number;
  text: string;
}

interface Found {
  quote: Quote;
  /** Speaker taken from context (continuation), not from a cue next to the quote. */
  inherited: boolean;
}

const functionWords = new Set(FUNCTION_WORDS);
const notBeforeTerm = new Set(NOT_BEFORE_TERM);
const sayingVerbs = new Set(SAYING_VERBS);

function linesOf(article: ArticleText): Line[] {
  const blocks = [
    ...(article.title && article.title !== article.paragraphs[0] ? [{ paragraph: -1, text: article.title }] : []),
    ...article.paragraphs.map((text, paragraph) => ({ paragraph, text })),
  ];
  return blocks.flatMap((b) =>
    b.text.split('\n').map((t) => t.trim()).filter(Boolean).map((text) => ({ paragraph: b.paragraph, text })),
  );
}

/** A fragment inside the reporter's sentence (after a word), not a quote standing as its own sentence. */
function isPartial(line: string, span: QuoteSpan): boolean {
  const before = line.slice(0, span.open).trimEnd();
  if (!before || span.open === 0) return false;
  const prev = before[before.length - 1];
  if (/[\p{L}\p{N}]/u.test(prev)) return true;
  return /^\p{Ll}/u.test(span.text) && !/[:,]/.test(prev);
}

/** A named term or label ("the “no limits” partnership", “kamikaze” drones, so-called “X”). */
function isTerm(line: string, span: QuoteSpan): boolean {
  const words = span.text.trim().split(/\s+/);
  const before = line.slice(0, span.open).toLowerCase();
  if (TERM_MARKERS.some((m) => new RegExp(`\\b${m}\\s*$`).test(before))) return true;
  if (words.length > 3 || !/[\p{L}\p{N}]$/u.test(span.text)) return false;
  const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(line.slice(span.close))?.[1];
  const previous = /([\p{L}’'-]+)\s*$/u.exec(line.slice(0, span.open))?.[1]?.toLowerCase();
  return next !== undefined && !functionWords.has(next) && !(previous && notBeforeTerm.has(previous));
}

/** A plain saying verb earlier in the sentence ("Xi said … its “objective and fair” stance"). */
function saidBefore(text: string): boolean {
  return cuesIn(text).some((c) => sayingVerbs.has(c.cue));
}

function toQuote(span: QuoteSpan, line: Line, partial: boolean, speaker: Speaker | undefined, cue?: string): Quote {
  const quote: Quote = { text: span.text.trim(), paragraph: line.paragraph, partial };
  if (speaker) {
    quote.speaker = speaker.name;
    if (speaker.role) quote.role = speaker.role;
  }
  if (cue) quote.cue = cue;
  return quote;
}

/** Gives a multi-paragraph quote's speaker to all its paragraphs. */
function shareSpeaker(group: Found[]): void {
  const source = group.find((f) => !f.inherited && f.quote.speaker) ?? group.find((f) => f.quote.speaker);
  if (!source) return;
  for (const f of group) {
    if (!f.inherited) continue;
    f.quote.speaker = source.quote.speaker;
    f.quote.role = source.quote.role;
    f.quote.cue = source.quote.cue;
  }
}

/** Quotes of an article, credited to their speakers when its language's cues are known. */
export function findQuotes(article: ArticleText): Quote[] {
  const quotes = quotesWithSpeakers(article);
  return attributable(article) ? quotes : quotes.filter((q) => !q.partial).map(({ text, paragraph, partial }) => ({ text, paragraph, partial }));
}

/** The declared language is one the tables cover; an undeclared one is judged by the text's commonest words. */
function attributable(article: ArticleText): boolean {
  if (article.lang) return ATTRIBUTED_LANGUAGES.includes(article.lang.toLowerCase().split(/[-_]/)[0]);
  const words = article.paragraphs.join(' ').slice(0, ENGLISH_MARKERS.sampleChars).toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((word) => ENGLISH_MARKERS.words.has(word)).length;
  return words.length === 0 || english / words.length >= ENGLISH_MARKERS.minShare;
}

/** `Zibulka picks up the story: “…”`: someone known, named in the quote's own sentence before it, says it. */
function introducedBy(beforeQuote: string, ctx: ReadingContext): Speaker | undefined {
  if (!/:\s*$/.test(beforeQuote)) return undefined;
  const subject = sentenceSubject(beforeQuote, ctx);
  return subject?.person ? subject : undefined;
}

function quotesWithSpeakers(article: ArticleText): Quote[] {
  const lines = linesOf(article);
  const ctx = new ReadingContext();
  castOf(lines.map((l) => l.text), ctx.book);
  const found: Found[] = [];
  let group: Found[] = [];
  /** The mark that opened the quote running on from the previous line. */
  let runningOpener = '“';
  lines.forEach((line, lineNo) => {
    ctx.book.line = lineNo;
    const continued = group.length > 0;
    const spans = quoteSpans(line.text, continued && runningOpener);
    const masked = maskQuotes(line.text, spans);
    const continues = continued && spans.length > 0 && spans[0].open <= line.text.length - line.text.trimStart().length;
    if (!continues) {
      shareSpeaker(group);
      group = [];
    }
    for (const sentence of sentencesOf(masked)) {
      const inSentence = spans.filter((s) => s.open >= sentence.start && s.open < sentence.end);
      for (const span of inSentence) {
        const partial = isPartial(line.text, span);
        if (partial && isTerm(line.text, span) && !saidBefore(masked.slice(sentence.start, span.open))) continue;
        const attribution = attributeQuote(masked, sentence, span, ctx);
        if (partial && !attribution?.speaker) continue;
        const recent = ctx.lastQuoteLine >= lineNo - 1 ? ctx.lastSpeaker : undefined;
        const speaker = attribution ? attribution.speaker : introducedBy(masked.slice(sentence.start, span.open), ctx) ?? recent ?? ctx.subject;
        const f: Found = { quote: toQuote(span, line, partial, speaker, attribution?.cue), inherited: !attribution };
        found.push(f);
        if (span === spans[0] && (continues || span.unclosed) || group.length > 0) group.push(f);
        else if (span.unclosed) group = [f];
        if (speaker) {
          ctx.lastSpeaker = speaker;
          ctx.note(speaker);
        }
        ctx.lastQuoteLine = lineNo;
      }
      ctx.read(masked.slice(sentence.start, sentence.end), lineNo);
    }
    const last = spans[spans.length - 1];
    if (last?.unclosed) runningOpener = last.opener;
    if (!last?.unclosed) {
      shareSpeaker(group);
      group = [];
    }
  });
  shareSpeaker(group);
  return found.map((f) => f.quote);
}
