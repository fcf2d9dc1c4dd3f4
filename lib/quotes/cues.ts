/** Finding speech cues ("said", "according to") in masked text, from the SPEECH_CUES table. */
import { SPEECH_CUES, type CueKind } from './rules';

export interface CueHit {
  cue: string;
  kind: CueKind;
  start: number;
  end: number;
}

/** Cues by their first word; multi-word cues ("according to") keep their remaining words. */
const byFirstWord = new Map<string, { cue: string; kind: CueKind; rest: string[] }[]>();
for (const kind of Object.keys(SPEECH_CUES) as CueKind[]) {
  for (const cue of SPEECH_CUES[kind]) {
    const [first, ...rest] = cue.split(' ');
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { cue, kind, rest }].sort((a, b) => b.rest.length - a.rest.length));
  }
}

const WORD = /[\p{L}\p{N}’'-]+/gu;

/** Every cue in `text`, left to right, with positions relative to `offset`. */
export function cuesIn(text: string, offset = 0): CueHit[] {
  const words = [...text.matchAll(WORD)];
  const hits: CueHit[] = [];
  words.forEach((w, i) => {
    const options = byFirstWord.get(w[0].toLowerCase());
    if (!options) return;
    const hit = options.find((o) => o.rest.every((r, k) => words[i + 1 + k]?.[0].toLowerCase() === r));
    if (!hit) return;
    const last = words[i + hit.rest.length];
    const start = w.index ?? 0;
    hits.push({ cue: hit.cue, kind: hit.kind, start: offset + start, end: offset + (last.index ?? 0) + last[0].length });
  });
  return hits;
}

/** The cue kind of a phrase, or undefined when the table does not list it. */
export function cueKind(phrase: string): CueKind | undefined {
  const options = byFirstWord.get(phrase.toLowerCase().split(' ')[0]);
  return options?.find((o) => o.cue === phrase.toLowerCase())?.kind;
}
