/**
 * The speaker rules of each language findQuotes credits quotes in, behind one small interface:
 * English (attribute.ts, cast.ts: subjects, pronouns, appositives) and German (german.ts).
 */
import { attributeQuote, personal, ReadingContext, sentenceSubject, type Attribution, type Speaker } from './attribute';
import { castOf } from './cast';
import { GermanReader } from './german';
import { LANGUAGE_MARKERS } from './rules';
import type { Sentence } from './sentences';
import type { ArticleText } from './types';
import { primaryLanguage } from '../text/language';

export interface SpeakerReader {
  /** Every line of the article, before any is read (who is named in it). */
  begin(lines: string[]): void;
  /** The line now being read. */
  at(line: number): void;
  /** The cue next to a quote in its sentence, and whom it credits. */
  attribute(masked: string, sentence: Sentence, span: { open: number; close: number }): Attribution | undefined;
  /** A quote with no cue of its own: who says it, if anyone. */
  fallback(beforeQuote: string, line: number): Speaker | undefined;
  /** A quote on `line` was credited to `speaker` (or to no one). */
  credited(speaker: Speaker | undefined, line: number): void;
  /** A sentence of the reporter's own text. */
  read(text: string, line: number): void;
}

class EnglishReader implements SpeakerReader {
  private readonly ctx = new ReadingContext();
  begin(lines: string[]) {
    castOf(lines, this.ctx.book);
  }
  at(line: number) {
    this.ctx.book.line = line;
  }
  attribute(masked: string, sentence: Sentence, span: { open: number; close: number }) {
    return attributeQuote(masked, sentence, span, this.ctx);
  }
  fallback(beforeQuote: string, line: number) {
    const recent = this.ctx.lastQuoteLine >= line - 1 ? this.ctx.lastSpeaker : undefined;
    // A quote with no cue is a person's words: the subject before it may be a place or a body ("Frogmore Cottage").
    return introducedBy(beforeQuote, this.ctx) ?? recent ?? personal(this.ctx.subject);
  }
  credited(speaker: Speaker | undefined, line: number) {
    if (speaker) {
      this.ctx.lastSpeaker = speaker;
      this.ctx.note(speaker);
    }
    this.ctx.lastQuoteLine = line;
  }
  read(text: string, line: number) {
    this.ctx.read(text, line);
  }
}

/** `Zibulka picks up the story: “…”`: someone known, named in the quote's own sentence before it, says it. */
function introducedBy(beforeQuote: string, ctx: ReadingContext): Speaker | undefined {
  if (!/:\s*$/.test(beforeQuote)) return undefined;
  const subject = sentenceSubject(beforeQuote, ctx);
  return subject?.person ? subject : undefined;
}

class GermanSpeakerReader extends GermanReader implements SpeakerReader {}

/** English's reader: also how quotes are found (not credited) in languages without rules. */
export const englishReader = (): SpeakerReader => new EnglishReader();

const READERS: Record<string, () => SpeakerReader> = {
  en: englishReader,
  de: () => new GermanSpeakerReader(),
};

/**
 * The reader for the article's language, or undefined where no rules cover it (its quotes are
 * shown credited to no one: a speaker guessed without the language's cues is too often wrong).
 * An article that declares no language is judged by its commonest words.
 */
export function speakerReaderFor(article: ArticleText): SpeakerReader | undefined {
  const language = primaryLanguage(article.lang) ?? guessLanguage(article);
  return language ? READERS[language]?.() : undefined;
}

function guessLanguage(article: ArticleText): string | undefined {
  const words = article.paragraphs.join(' ').slice(0, LANGUAGE_MARKERS.sampleChars).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'en';
  const share = (markers: Set<string>) => words.filter((word) => markers.has(word)).length / words.length;
  return Object.entries(LANGUAGE_MARKERS.words).find(([, markers]) => share(markers) >= LANGUAGE_MARKERS.minShare)?.[0];
}
