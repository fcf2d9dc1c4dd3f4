/** Lowercase, accents dropped, anything but letters and digits turned into single spaces. */
export function normalizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = !/[^\u0000-\u007f]/.test(text);
  return (ascii ? text : text.normalize('NFD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits a class or id value into lowercase words: "c-article-most-popular", "mostRead", "rc__newsletter". */
export function nameWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** True when `phrase` (normalized) appears in `text` (normalized) as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  return ` ${text} `.includes(` ${phrase} `);
}
