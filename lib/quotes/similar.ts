/** Whether two outlets report the same quote: word containment, tolerant of trimming and light rewording. */

const STOP = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'in', 'on', 'is', 'are', 'be', 'with', 'for', 'that', 'it', 'its', 'our', 'we']);

export function quoteWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the shorter quote's words found in the longer one (0..1), and how many content words they share. */
export function containment(a: string, b: string): { share: number; shared: number } {
  const wa = new Set(quoteWords(a));
  const wb = new Set(quoteWords(b));
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  let common = 0;
  let content = 0;
  for (const w of small) {
    if (!large.has(w)) continue;
    common++;
    if (!STOP.has(w)) content++;
  }
  return { share: small.size ? common / small.size : 0, shared: content };
}

/** Same remark: most of the shorter version is in the longer one, with at least two content words in common. */
export function sameQuote(a: string, b: string): boolean {
  const { share, shared } = containment(a, b);
  return share >= 0.75 && shared >= 2;
}
