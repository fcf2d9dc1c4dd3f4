/**
 * The language an article's `lang` names, as its primary subtag ("de" of "de-AT", "de_CH" or
 * "DEU"): the one reading of a language tag that the text and quote rules share.
 */

/** Three-letter codes (ISO 639-2) of the languages with rules of their own, as their two-letter tags. */
const THREE_LETTER_CODES: Record<string, string> = { deu: 'de', ger: 'de', eng: 'en' };

export function primaryLanguage(lang: string | null | undefined): string | undefined {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  return THREE_LETTER_CODES[primary] ?? primary;
}

export const isGerman = (lang: string | null | undefined): boolean => primaryLanguage(lang) === 'de';
