/**
 * German articles, checked on the German Fundus articles (../shared/datasets/extraction/fundus):
 * pairs by different publishers tell different stories, so what they share is mostly German read
 * as English (every noun capitalised like a name, function words taken for terms). Two figures,
 * each with the German rules and, as the baseline, read as English:
 * - names: the share of such pairs that share two name keys or more;
 * - related: among 2,000 Reuters articles, how many other publishers' German articles each German
 *   article's related coverage lists (other stories: Fundus samples one article per publisher and day).
 */
import { readFileSync } from 'node:fs';
import { RelatedIndex } from '../../lib/related';
import { nameKey, namePhrases } from '../../lib/text';
import { readArticles } from './dataset';

const FUNDUS = '../shared/datasets/extraction/fundus/manifest.json';
const REUTERS = '../shared/datasets/related/reuters21578.jsonl';
const GERMAN_COUNTRIES = ['de', 'at', 'ch', 'lu', 'li'];
const BACKGROUND_ARTICLES = 2_000;

interface FundusEntry {
  country: string;
  publisher: string;
  title: string;
  body_text: string;
  publishing_date?: string;
}

/** Read once per run: each figure is taken twice (German rules, and read as English). */
let germanRead: FundusEntry[] | undefined;
function germanEntries(): FundusEntry[] {
  germanRead ??= (JSON.parse(readFileSync(FUNDUS, 'utf8')) as FundusEntry[]).filter((entry) => GERMAN_COUNTRIES.includes(entry.country));
  return germanRead;
}

let backgroundRead: ReturnType<typeof readArticles> | undefined;
const backgroundArticles = () => (backgroundRead ??= readArticles(REUTERS).slice(0, BACKGROUND_ARTICLES));

export interface NameSharing {
  articles: number;
  pairs: number;
  /** Share of pairs by different publishers sharing two name keys or more. */
  pairsSharingTwo: number;
  namesPerArticle: number;
}

export function germanNameSharing(lang: string | undefined): NameSharing {
  const german = germanEntries();
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

/** Other publishers' German articles (other stories) listed in each German article's related coverage, on average. */
export async function germanFalseRelated(lang: string | undefined): Promise<{ sameStory: number; background: number }> {
  const german = germanEntries().map((entry, i) => ({
    url: `https://fundus.example/${i}`,
    title: entry.title,
    outlet: entry.publisher,
    text: entry.body_text,
    published: entry.publishing_date,
    lang,
  }));
  const index = await RelatedIndex.inMemory();
  await index.addMany(backgroundArticles());
  await index.addMany(german);
  let sameStory = 0;
  let background = 0;
  for (const article of german) {
    const coverage = await index.query(article);
    const wrong = (entry: { url: string; outlet: string }) => entry.url.startsWith('https://fundus.example/') && entry.outlet !== article.outlet;
    sameStory += coverage.sameStory.filter(wrong).length;
    background += coverage.background.filter(wrong).length;
  }
  return { sameStory: sameStory / german.length, background: background / german.length };
}
