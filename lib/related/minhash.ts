import { words } from '../text';

/** Near-duplicate detection: MinHash over word 5-shingles (LSH band keys available for lookup). */
export const SHINGLE_WORDS = 5;
export const BANDS = 20;
export const ROWS = 6;
export const HASHES = BANDS * ROWS;
/** Estimated shingle Jaccard from which two articles are copies of one another (reposts, syndication). */
export const COPY_JACCARD = 0.7;

/** FNV-1a over a string: the shingle's base hash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: a well-mixed hash per seed. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The distinct word shingles of a text (the whole text as one shingle when it is shorter). */
export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length <= size) out.add(w.join(' '));
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

/** The MinHash signature of a text: for each of HASHES seeds, the least hash over its shingles. */
export function minhash(text: string): Uint32Array {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    const base = fnv1a(shingle);
    for (let i = 0; i < HASHES; i++) {
      const v = mix(base ^ SEEDS[i]);
      if (v < signature[i]) signature[i] = v;
    }
  }
  return signature;
}

/** The share of equal positions: an estimate of the shingle Jaccard of the two texts. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** LSH band keys: two texts sharing any band are candidate copies. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ signature[b * ROWS + r]);
    keys.push(`#${b}:${h.toString(36)}`);
  }
  return keys;
}

/** Exact Jaccard of two shingle sets (for evaluation). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Whether two signatures are copies: stops counting once too many positions differ. */
export function areCopies(a: Uint32Array, b: Uint32Array): boolean {
  const allowed = Math.floor(HASHES * (1 - COPY_JACCARD));
  let differ = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] !== b[i] && ++differ > allowed) return false;
  return true;
}
