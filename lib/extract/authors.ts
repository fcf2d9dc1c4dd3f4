import { BYLINE_PREFIXES } from './byline-words';
import { decodeEntities } from './entities';

/** Role or affiliation words that end a name (whole words, letters in any script counting as word characters) ("Jane Doe, Senior Reporter"). */
export const ROLE_WORDS = /(?<![\p{L}\p{N}])(reporter|correspondent|editor|writer|staff|columnist|contributor|journalist|photographer|producer|analyst|reviewer|head of|director|manager|founder|co-founder|ceo|specialist|consultant|bureau|chief|senior|news|updated|published|contributing|freelance|redaktion|redakteur|korrespondent)(?![\p{L}\p{N}])/iu;

/**
 * What makes a part of a byline a date or a time rather than a name: numbers in date or time form,
 * a year, "ago", or a month name beside a number ("May 5", "5 May"). A month name alone is a name
 * ("Tom May", "Jane March").
 */
const DATE_LIKE = /(?<![\p{L}\p{N}])(\d{1,2}[:./-]\d{1,2}([:./-]\d{2,4})?|(19|20)\d\d|ago|hours?|minutes?)(?![\p{L}\p{N}])|(?<![\p{L}])(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s*\d|\d(st|nd|rd|th)?\.?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

/**
 * Words of a page's furniture that sit in author boxes and beside bylines ("5 min read", "Follow
 * Sarah", "View all posts", "Foto: …", "About the author"), in a few languages: a part of the
 * visible text with one is not a name. Not applied to declared authors (JSON-LD, meta tags).
 */
export const FURNITURE_WORDS = /(?<!\p{L})(read|more|min|mins|years|shares?|says|sign|log|login|subscribe|follow|connect|email|e-mail|twitter|facebook|linkedin|instagram|youtube|whatsapp|posts|articles|view|see|about|profile|spotlight|foto|fotos|photo|photos|bild|quelle|source|credits?|mehr|lesen|plus|voir)(?![\p{L}\p{N}])/iu;

/** Days of the week, whole or cut short ("Sat, 20 Dec"): the start of a date, not a name. */
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$/i;

/** What a page credits besides the writing ("Medically reviewed", "Fact checked", "Photographed"). */
const CREDIT_VERBS = 'reviewed|checked|edited|illustrated|photographed|verified';

/** A line that makes the "by" after it name someone other than the writer ("Medically reviewed" / "by" / "Kim Rose-Francis"). */
export const NOT_THE_WRITER = new RegExp(`(?:${CREDIT_VERBS})$`, 'i');

/** A label that introduces a name ("Researched by", "Fact checked by", "Fact Checked"): not itself one. */
const LABEL_BEFORE_NAME = new RegExp(`\\s(?:by|${CREDIT_VERBS})$`, 'i');

/**
 * Letters after a name that are a degree or a licence, not a name ("Jillian Kubala, MS, RD",
 * "Kim Rose-Francis RDN", "Michael Greger M.D. FACLM"): dropped from the end of a name, and a part
 * made only of them is not one.
 */
const CREDENTIALS = new Set(['PhD', 'Ph.D.', 'MD', 'M.D.', 'DO', 'D.O.', 'RN', 'RD', 'RDN', 'LD', 'MS', 'MA', 'MBA', 'MPH', 'MSc', 'BSc', 'DVM', 'VMD', 'DACVB', 'CDCES', 'CDE', 'FACLM', 'FACP', 'FACS', 'LVT', 'VTS', 'CPA', 'CFA', 'CFP', 'Esq.', 'BSN', 'MSN', 'NP', 'PharmD', 'DDS', 'DMD', 'LCSW', 'LPC', 'CSCS', 'IBCLC', 'MHS', 'MPA', 'MFA', 'JD', 'LLM', 'FRCP', 'MRCP', 'MBBS']);

/** Written as a credential is, capitals and all ("DO", not the surname "Do"). */
const isCredential = (word: string) => CREDENTIALS.has(word);

/** A name without the credentials after it, or '' when the part is only credentials. */
function withoutCredentials(name: string): string {
  const words = name.split(' ');
  while (words.length && isCredential(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Two capitals: an agency's initials ("AP"), the one name this short; read only where declared (in a page's text, two capitals are an avatar's initials). */
const AGENCY_INITIALS = /^\p{Lu}{2}$/u;

/** CMS account names left as the author ("admin"): not a person, not a desk. */
export const ACCOUNT_NAMES = /^(?:admin|administrator|root|user|guest|webmaster|wordpress|default)$/i;

/**
 * What separates names in a byline: punctuation (the dots "•" and "·" that set a date apart too), or "and" in several languages between spaces
 * (a conjunction glued to letters is part of a name: "Eßlinger" is not "E" + "ßlinger").
 */
const NAME_SEPARATORS = /(\s*[,;|&•·]\s*|\s+(?:and|und|et|y|e|en|og|och|i)\s+)/i;
/** A piece of a byline that reads as a sentence: not capitalized, three words or more, one of them a lowercase word of four letters or more. */
const PROSE = /^(?!\p{Lu})(?=(?:\S+\s+){2,}\S)(?=.*(?<![\p{L}'’-])\p{Ll}{4,}(?![\p{L}]))/u;
/** Separators that go on a role rather than start a name after one ("Head of Marketing and Community Development", "Founder & CEO"). */
const ROLE_CONTINUES = /^\s*&\s*$|^\s+\S+\s+$/;

/** Splits a byline into clean person names: no "By", no dates, roles, emails or handles. */
export function authorNames(raw: string): string[] {
  const text = decodeEntities(raw).replace(/\s+/g, ' ').replace(BYLINE_PREFIXES, '').trim();
  if (!text || text.length > 200) return [];
  // Split with the separators kept: odd indexes hold them.
  const pieces = text.split(NAME_SEPARATORS);
  const names: string[] = [];
  let inRole = false;
  for (let i = 0; i < pieces.length; i += 2) {
    if (inRole && ROLE_CONTINUES.test(pieces[i - 1])) continue;
    // A bio after the name ("Adrien Ramirez, 4+ years covering computer hardware, software, and science"): no names after it.
    if (PROSE.test(pieces[i])) break;
    const name = cleanName(pieces[i]);
    inRole = !name && ROLE_WORDS.test(pieces[i]);
    if (name) names.push(name);
  }
  return names;
}

function cleanName(part: string): string | null {
  let name = part.replace(BYLINE_PREFIXES, '').replace(/\S+@\S+/g, '').replace(/^@/, '').trim();
  // What follows a spaced dash or slash, a long dash or a bracket is not the name ("Jane Doe - Reuters", "Jane Doe / Yomiuri Shimbun");
  // a hyphen inside a name is part of it ("Anne-Marie Slaughter"), and so is a bracketed word
  // between its first and last names ("Paramita (Guha) Ghosh").
  if (!MIDDLE_BRACKET.test(name)) name = name.replace(/(\s-|\s\/\s|[–—(]).*$/, '').trim();
  if (!name || (name.length < 3 && !AGENCY_INITIALS.test(name)) || name.length > 60) return null;
  if (/^https?:|www\.|\.com\b/i.test(name)) return null;
  name = withoutAffiliation(withoutTrailingRole(withoutCredentials(name)));
  if (!name) return null;
  if (DATE_LIKE.test(name) || WEEKDAY.test(name) || ROLE_WORDS.test(name) || ACCOUNT_NAMES.test(name) || LABEL_BEFORE_NAME.test(name)) return null;
  if (!/\p{L}/u.test(name) || name.split(/\s+/).length > 5 || /[!?:]/.test(name)) return null;
  return name;
}

/** Particles written in lowercase inside a name ("Maria de Souza", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'bin', 'al', 'el']);

/** A word without a vowel in capitals is initials ("BBC", "NPR"), kept as written. */
const INITIALS = /^[^AEIOUYÀ-ÖØ-Ý]+$/u;

/**
 * A full name set in capitals, as wire bylines are ("VLADIMIR ISACHENKOV"), in the case names are
 * read in ("Vladimir Isachenkov"). A name with any lowercase letter is left as written, and so is a
 * single word ("AFP", "REUTERS": initials or a brand, not a person's name).
 */
export function inNameCase(name: string): string {
  const words = name.split(' ');
  if (/\p{Ll}/u.test(name) || words.length < 2) return name;
  return words
    .map((word, i) => (i > 0 && NAME_PARTICLES.has(word.toLowerCase()) ? word.toLowerCase() : INITIALS.test(word) ? word : capitalized(word)))
    .join(' ');
}

/** "O'NEILL" → "O'Neill", "JEAN-LUC" → "Jean-Luc": a capital after each hyphen or apostrophe. */
const capitalized = (word: string) => word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());

/** A name with bracketed names or initials inside it, capitalized words either side ("Paramita (Guha) Ghosh", "Richard (R.J.) Eskow"). */
const MIDDLE_BRACKET = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*\s\(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*\)\s\p{Lu}[\p{L}'’-]+$/u;

/** A full name (two words or more) with its role set after it ("Emma Ryan Writer", "Oliver Simpson Senior Research Executive"): the name. */
function withoutTrailingRole(name: string): string {
  const role = name.match(ROLE_WORDS);
  if (!role || role.index === undefined) return name;
  const before = name.slice(0, role.index).trim();
  return before.split(' ').length >= 2 ? before : name;
}

/** Words that tie a name to its outlet, desk or category ("Jane Doe for Reuters", "Mahua Das in Project Management"). */
const AFFILIATION = /\s+(?:on behalf of|for|in|at)(?:\s.*)?$/i;

/** A full name with what it writes for or under after it: the name. */
function withoutAffiliation(name: string): string {
  const before = name.replace(AFFILIATION, '');
  return before !== name && before.split(' ').length >= 2 ? before : name;
}

/**
 * A declared author that is a desk or a role rather than a person ("News Desk", "EcoCult Staff",
 * "Staff Clinician"): authorNames drops it for its role word; given only when no person is named.
 */
export function deskName(raw: string): string | null {
  const name = decodeEntities(raw).replace(/\s+/g, ' ').replace(BYLINE_PREFIXES, '').trim();
  if (name.length < 3 || name.length > 40 || name.split(' ').length > 4 || /\d|https?:|@/.test(name)) return null;
  return ROLE_WORDS.test(name) && !authorNames(name).length ? name : null;
}

/** Names from a page's visible text (a byline line, an author box): as authorNames, without its furniture. */
export function visibleNames(raw: string): string[] {
  return authorNames(raw).filter((name) => !FURNITURE_WORDS.test(name) && !AGENCY_INITIALS.test(name));
}

/** Adds names not already present (case-insensitive), in order. */
export function mergeNames(lists: string[][]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of lists.flat()) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}
