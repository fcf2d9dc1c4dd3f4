/** findQuotes: every direct quote of an article with its speaker, cue and paragraph. */
import type { Speaker } from './attribute';
import { maskQuotes, quoteSpans, type QuoteSpan } from './marks';
import { cuesIn } from './cues';
import { englishReader, speakerReaderFor, type SpeakerReader } from './readers';
import { FUNCTION_WORDS, NOT_BEFORE_TERM, SAYING_VERBS, TERM_MARKERS } from './rules';
import { sentencesOf } from './sentences';
import { quoteWords } from './similar';
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

/**
 * Quotes of an article, credited to their speakers where rules for its language are known
 * (readers.ts); elsewhere the quotes that stand as their own sentences, credited to no one.
 */
export function findQuotes(article: ArticleText): Quote[] {
  const reader = speakerReaderFor(article);
  if (reader) return quotesWithSpeakers(article, reader);
  // Without a language's cues a fragment cannot be told from a term, nor a speaker guessed.
  const quotes = quotesWithSpeakers(article, englishReader());
  return quotes.filter((q) => !q.partial).map(({ text, paragraph, partial }) => ({ text, paragraph, partial }));
}

function quotesWithSpeakers(article: ArticleText, reader: SpeakerReader): Quote[] {
  const lines = linesOf(article);
  reader.begin(lines.map((l) => l.text));
  const found: Found[] = [];
  let group: Found[] = [];
  /** The mark that opened the quote running on from the previous line. */
  let runningOpener = '“';
  lines.forEach((line, lineNo) => {
    reader.at(lineNo);
    const continued = group.length > 0;
    const spans = quoteSpans(line.text, continued ? runningOpener : undefined);
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
        const attribution = reader.attribute(masked, sentence, span);
        if (partial && !attribution?.speaker) continue;
        const speaker = attribution ? attribution.speaker : reader.fallback(masked.slice(sentence.start, span.open), lineNo);
        const f: Found = { quote: toQuote(span, line, partial, speaker, attribution?.cue), inherited: !attribution };
        found.push(f);
        if (span === spans[0] && (continues || span.unclosed) || group.length > 0) group.push(f);
        else if (span.unclosed) group = [f];
        reader.credited(speaker, lineNo);
      }
      reader.read(masked.slice(sentence.start, sentence.end), lineNo);
    }
    const last = spans[spans.length - 1];
    if (last?.unclosed) runningOpener = last.opener;
    if (!last?.unclosed) {
      shareSpeaker(group);
      group = [];
    }
  });
  shareSpeaker(group);
  creditRepeated(found.map((f) => f.quote));
  return found.map((f) => f.quote);
}

/**
 * A quote credited to no one whose words another quote of the article repeats with its speaker
 * (a headline quoting the body: „Dem Teufel begegnet“) is that speaker's. Two words at least, so
 * a single quoted word is not matched by chance.
 */
function creditRepeated(quotes: Quote[]): void {
  const spaced = (words: string[]) => ` ${words.join(' ')} `;
  const credited = quotes.filter((q) => q.speaker).map((q) => ({ quote: q, phrase: spaced(quoteWords(q.text)) }));
  for (const quote of quotes) {
    if (quote.speaker) continue;
    const words = quoteWords(quote.text);
    if (words.length < 2) continue;
    const phrase = spaced(words);
    const source = credited.find((other) => other.phrase.includes(phrase))?.quote;
    if (!source) continue;
    quote.speaker = source.speaker;
    if (source.role) quote.role = source.role;
  }
}
