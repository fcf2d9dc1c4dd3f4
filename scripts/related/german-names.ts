/**
 * German names, checked on the German Fundus articles (../shared/datasets/extraction/fundus): pairs
 * by different publishers tell different stories, so names they share are mostly nouns read as
 * names (German capitalises every noun). The figure: the share of such pairs that share two name
 * keys or more, with the German rules and, as the baseline, read as English.
 */
import { readFileSync } from 'node:fs';
import { nameKey, namePhrases } from '../../lib/text';

const FUNDUS = '../shared/datasets/extraction/fundus/manifest.json';
const GERMAN_COUNTRIES = ['de', 'at', 'ch', 'lu', 'li'];

export interface NameSharing {
  articles: number;
  pairs: number;
  /** Share of pairs by different publishers sharing two name keys or more. */
  pairsSharingTwo: number;
  namesPerArticle: number;
}

export function germanNameSharing(lang: string | undefined): NameSharing {
  const manifest = JSON.parse(readFileSync(FUNDUS, 'utf8')) as { country: string; publisher: string; title: string; body_text: string }[];
  const german = manifest.filter((entry) => GERMAN_COUNTRIES.includes(entry.country));
  const keys = german.map((entry) => new Set(namePhrases(`${entry.title}\n${entry.body_text}`, lang).map(nameKey)));
  let pairs = 0;
  let sharing = 0;
  for (let i = 0; i < german.length; i++) {
    for (let j = i + 1; j < german.length; j++) {
      if (german[i].publisher === german[j].publisher) continue;
      pairs++;
      if ([...keys[i]].filter((key) => keys[j].has(key)).length >= 2) sharing++;
    }
  }
  const names = keys.reduce((sum, set) => sum + set.size, 0);
  return { articles: german.length, pairs, pairsSharingTwo: sharing / Math.max(1, pairs), namesPerArticle: names / Math.max(1, german.length) };
}
