/** Sentence boundaries in a masked line (quotes blanked, so their inner full stops do not count). */
import { MASK } from './marks';
import { ABBREVIATIONS } from './rules';

export interface Sentence {
  start: number;
  end: number;
}

const abbreviations = new Set(ABBREVIATIONS);

/** `“Why?” she asked.`: the attribution after a quote ending in . ? ! belongs to the quote's sentence. */
const BARE_ATTRIBUTION = /^(?:[\p{L}’'.-]+\s+){0,5}?(?:said|says|added|asked|told|wrote|replied|responded)\b[^.?!\uE000]{0,60}?(?:[.?!]|$)/iu;

function isAbbreviation(masked: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(masked.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  return abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** Stands for the dot of an abbreviation or an initial ("Mr.", "C. Eugene Steuerle") where a phrase is cut at full stops. */
export const ABBREVIATION_DOT = '\uE001';

/** The text with each dot that does not end a sentence (as `sentencesOf` reads it) written as `ABBREVIATION_DOT`; same length. */
export function hideAbbreviationDots(text: string): string {
  return text.replace(/\.(?=\s)/g, (dot, at: number) => (isAbbreviation(text, at) ? ABBREVIATION_DOT : dot));
}

export function sentencesOf(masked: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /[.?!]+["'”’)\]\uE000]*\s+/g;
  for (let m = boundary.exec(masked); m; m = boundary.exec(masked)) {
    if (m[0][0] === '.' && isAbbreviation(masked, m.index)) continue;
    const rest = masked.slice(m.index + m[0].length);
    if (m[0].includes(MASK) && BARE_ATTRIBUTION.test(rest)) continue;
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < masked.length) out.push({ start, end: masked.length });
  return out;
}
