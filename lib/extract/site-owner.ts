/**
 * A personal site's owner: on a site named after a person ("Pierce Freeman" on pierce.dev,
 * "Polly Barks" on pollybarks.com) a post written in the first person is the owner's, though
 * many such sites name nobody in a byline. Read only when no source names an author.
 */

/** A person's name as a site takes it for its own: two or three capitalized words, an initial allowed between ("Christoffer Artmann"). */
const PERSON_SHAPE = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** Words that name a publication or a business, not a person ("Engora Data Blog", "The Wood Whisperer"), and a possessive ("Jan's Blog"). */
export const PUBLICATION_WORDS = /(?<!\p{L})(?:the|blog|blogs|news|data|home|magazine|journal|lab|labs|studio|media|daily|weekly|times|post|review|reviews|guide|digest|notes|online|hub|world|life|kitchen|team|group|company|inc|ltd|llc)(?!\p{L})|\p{L}['’]s(?!\p{L})/iu;

/**
 * A post in its writer's own voice: first-person singular words (English only so far), their share
 * of the text's words above which it counts, on texts of at least `minWords`. A brand's site
 * named like a person ("Ted Baker") speaks as "we", or as nobody.
 */
export const FIRST_PERSON = {
  words: /(?<![\p{L}’'])(?:I|my|me|mine|I['’](?:m|ve|d|ll))(?![\p{L}’'])/gu,
  share: 0.005,
  minWords: 150,
};

/** A label of four letters or more spells a name when it is one of its words ("pierce", "artmann"). */
const MIN_LABEL_WORD = 4;

/** Letters only, lowercased and without accents ("Sérgio Schüler" → "sergioschuler"). */
const letters = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * The name a host spells in a site's name: the whole name when a label is one of its words, or the
 * words a label spells from its start ("brettlarkin" in "Brett Larkin Yoga" → "Brett Larkin").
 */
function spelledByHost(siteName: string, host: string): string | null {
  const labels = host.split('.').slice(0, -1).map(letters);
  const words = siteName.split(' ');
  if (words.some((word) => word.length >= MIN_LABEL_WORD && labels.includes(letters(word)))) return siteName;
  for (let count = words.length; count > 1; count--) {
    const start = words.slice(0, count).join(' ');
    if (labels.includes(letters(start))) return start;
  }
  return null;
}

function speaksAsI(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (words < FIRST_PERSON.minWords) return false;
  return (text.match(FIRST_PERSON.words)?.length ?? 0) / words > FIRST_PERSON.share;
}

/**
 * The owner's name among the names the site gives itself (its declared name, its <title>'s parts,
 * its home link's text), when it is a person's that the host spells and `text` speaks as "I".
 */
export function siteOwner(siteNames: string[], host: string, text: () => string): string | null {
  const owner = siteNames
    .map((name) => spelledByHost(name.replace(/\s+/g, ' ').trim(), host))
    .find((name) => !!name && PERSON_SHAPE.test(name) && !PUBLICATION_WORDS.test(name));
  return owner && speaksAsI(text()) ? owner : null;
}
