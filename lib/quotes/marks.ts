/** Finding quoted spans in one line of text: curly, straight and single marks, unclosed quotes. */

export interface QuoteSpan {
  /** Index of the opening mark (or 0 when the line continues a quote with no opening mark). */
  open: number;
  /** Index just after the closing mark (line length when unclosed). */
  close: number;
  /** Text between the marks. */
  text: string;
  /** The line ends before a closing mark: the quote runs on into the next paragraph. */
  unclosed: boolean;
  /** Which kind of mark opened it. */
  mark: 'double' | 'single';
  /** The mark that opened it (on an earlier line for a quote running on). */
  opener: string;
}

/**
 * The marks that close a quote, by the mark that opened it: English “…” and "…" (and a stray »),
 * German „…“ and »…«, French and Swiss «…», Swedish »…»; single ‘…’ and '…', German ‚…‘, ‹…› and ›…‹.
 * German's closing “ is English's opening mark: only the opening mark tells which it is.
 */
const DOUBLE_CLOSERS: Record<string, string> = { '“': '”"»', '"': '”"»', '„': '“”"', '«': '»”"', '»': '«»' };
const SINGLE_CLOSERS: Record<string, string> = { '‘': '’\'', "'": '’\'', '‚': '‘’', '‹': '›', '›': '‹' };
const DOUBLE_OPEN = Object.keys(DOUBLE_CLOSERS).join('');
const OPENERS = DOUBLE_OPEN + Object.keys(SINGLE_CLOSERS).join('');

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013:;,-]/.test(c);

/** A straight `"` opens when it follows a space or the line start, otherwise it closes; so does a German `»`. */
function opensDouble(line: string, i: number): boolean {
  const c = line[i];
  if (c === '"') return isSpace(line[i - 1]) && !/\s/.test(line[i + 1] ?? ' ');
  // German »…« and Swiss «…» face each other: each opens only at a word start (»›Blut und Ehre‹…«).
  if (c === '»') return isSpace(line[i - 1]) && (isLetter(line[i + 1]) || (line[i + 1] in SINGLE_CLOSERS && isLetter(line[i + 2])));
  if (c === '«') return isSpace(line[i - 1]);
  return c === '“' || c === '„';
}

/** A single mark opens only at a word start, never inside a word (it is an apostrophe there). */
function opensSingle(line: string, i: number): boolean {
  return line[i] in SINGLE_CLOSERS && isSpace(line[i - 1]) && isLetter(line[i + 1]);
}

function closesSingle(line: string, i: number, opener: string): boolean {
  return SINGLE_CLOSERS[opener].includes(line[i]) && !isLetter(line[i + 1]) && !/\s/.test(line[i - 1] ?? ' ');
}

function findClose(line: string, from: number, opener: string, mark: QuoteSpan['mark']): number {
  for (let i = from; i < line.length; i++) {
    if (mark === 'double' && DOUBLE_CLOSERS[opener].includes(line[i])) {
      if ((line[i] === '"' || line[i] === '»') && opensDouble(line, i) && i > from) continue;
      return i;
    }
    if (mark === 'single' && closesSingle(line, i, opener)) return i;
  }
  return -1;
}

/** Single marks are quotes only where the line uses no double marks (headlines, some outlets). */
function usesDoubleMarks(line: string): boolean {
  return /[“”"„«»]/.test(line);
}

/**
 * All quoted spans of a line, left to right. `running` is the mark that opened a quote the previous
 * paragraph left unclosed, when this line may carry it on without an opening mark.
 */
export function quoteSpans(line: string, running?: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const singles = !usesDoubleMarks(line);
  let i = 0;
  if (running && running in DOUBLE_CLOSERS && !DOUBLE_OPEN.includes(line.trimStart()[0] ?? '')) {
    const end = findClose(line, 0, running, 'double');
    if (end >= 0) {
      spans.push({ open: 0, close: end + 1, text: line.slice(0, end), unclosed: false, mark: 'double', opener: running });
      i = end + 1;
    }
  }
  for (; i < line.length; i++) {
    if (!OPENERS.includes(line[i])) continue;
    const mark = opensDouble(line, i) ? 'double' : singles && opensSingle(line, i) ? 'single' : null;
    if (!mark) continue;
    const end = findClose(line, i + 1, line[i], mark);
    const close = end < 0 ? line.length : end + 1;
    const text = line.slice(i + 1, end < 0 ? line.length : end);
    if (text.trim()) spans.push({ open: i, close, text, unclosed: end < 0, mark, opener: line[i] });
    i = close - 1;
  }
  return spans;
}

/** The line with every quoted span (marks included) blanked out, same length, for cue matching. */
export function maskQuotes(line: string, spans: QuoteSpan[]): string {
  let out = line;
  for (const s of spans) {
    const body = MASK.repeat(s.close - s.open);
    const end = /[.?!]$/.test(s.text) && !s.unclosed ? s.text[s.text.length - 1] : '';
    const masked = end ? `${body.slice(0, -2)}${end}${MASK}` : body;
    out = out.slice(0, s.open) + masked + out.slice(s.close);
  }
  return out;
}

/** The character that stands for quoted text in a masked line. */
export const MASK = '\uE000';
