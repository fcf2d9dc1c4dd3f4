/** Comparing speaker names across outlets: surname after titles and possessives, romanisation folded. */
import { COURTESY_TITLES } from './rules';

const dropped = new Set([...COURTESY_TITLES.map((t) => t.toLowerCase()), 'the', 'a', 'an', 'president', 'minister', 'prime']);

export function speakerKey(speaker: string | undefined): string {
  if (!speaker) return '';
  const words = speaker
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s?\b/g, '')
    .split(/\s+/)
    .filter((w) => w && !dropped.has(w.toLowerCase().replace(/\.$/, '')));
  return (words[words.length - 1] ?? '').toLowerCase().replace(/iy$/, 'y');
}

/** Two credited speakers may be the same: same surname, or one of them unknown. */
export function speakersCompatible(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || speakerKey(a) === speakerKey(b);
}
