/** Finding speech cues ("said", "according to") in masked text, from the SPEECH_CUES table. */
import { SPEECH_CUES, type CueKind } from './rules';

export interface CueHit {
  cue: string;
  kind: CueKind;
  start: number;
  end: number;
}

const entries = (Object.keys(SPEECH_CUES) as CueKind[]).flatMap((kind) =>
  SPEECH_CUES[kind].map((cue) => ({ cue, kind })),
);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const cuePattern = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${entries.map((e) => escape(e.cue)).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);
const kindOf = new Map(entries.map((e) => [e.cue, e.kind]));

/** Every cue in `text`, left to right, with positions relative to `offset`. */
export function cuesIn(text: string, offset = 0): CueHit[] {
  const hits: CueHit[] = [];
  cuePattern.lastIndex = 0;
  for (let m = cuePattern.exec(text); m; m = cuePattern.exec(text)) {
    const cue = m[1].toLowerCase().replace(/\s+/g, ' ');
    hits.push({ cue, kind: kindOf.get(cue) ?? 'verb', start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return hits;
}

/** The cue kind of a phrase, or undefined when the table does not list it. */
export function cueKind(phrase: string): CueKind | undefined {
  return kindOf.get(phrase.toLowerCase());
}
