/**
 * Rules as data: speech cues, titles, role words, nationalities. Each table has a test in
 * tests/unit/quotes/rules.test.ts; add a row, not code.
 */

/** How a cue links a quote to its speaker. */
export type CueKind =
  /** Finite verb: speaker before it ("Putin said") or right after it when inverted ("said Putin"). */
  | 'verb'
  /** Participle: takes the subject of the clause ("…, adding “X”"). */
  | 'participle'
  /** Preposition-like: the speaker follows ("according to Reuters"). */
  | 'source';

export const SPEECH_CUES: Record<CueKind, string[]> = {
  verb: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'claimed', 'claims', 'warned', 'warns',
    'noted', 'notes', 'stated', 'explained', 'explains', 'argued', 'argues', 'asked', 'asks',
    'wrote', 'writes', 'tweeted', 'posted', 'insisted', 'insists', 'emphasized', 'emphasised',
    'stressed', 'acknowledged', 'admitted', 'confirmed', 'denied', 'replied', 'responded',
    'deplored', 'urged', 'pledged', 'promised', 'vowed', 'announced', 'declared', 'described',
    'called', 'dubbed', 'reported', 'recalled', 'conceded', 'suggested', 'criticized', 'criticised',
    'denounced', 'asserted', 'continued', 'concluded', 'heralds', 'finds', 'found', 'showed',
    'detailed', 'uttered', 'reads', 'testified', 'commented', 'remarked', 'observed', 'countered',
    'agreed', 'complained', 'cautioned', 'predicted', 'referred', 'went on', 'accused', 'blamed',
    'recounted', 'revealed', 'compared', 'thanked', 'congratulated', 'criticise', 'criticize', 'shared',
  ],
  participle: [
    'adding', 'noting', 'saying', 'calling', 'describing', 'asserting', 'denouncing', 'warning',
    'claiming', 'arguing', 'insisting', 'stressing', 'explaining', 'urging', 'pledging', 'referring',
    'accusing', 'writing', 'declaring', 'stating',
  ],
  source: ['according to', 'as reported by', 'quoted by', 'quoting'],
};

/**
 * For an article that declares no language: each covered language's commonest words, and the share
 * of its words they make at least (about a fifth of running prose in their language, near none in
 * others; words common to several languages, "in", "a", "die" in English names, left out).
 */
export const LANGUAGE_MARKERS = {
  words: {
    en: new Set(['the', 'and', 'of', 'to', 'is', 'was', 'that', 'said', 'for', 'with', 'it', 'he', 'she', 'they']),
    de: new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'dem', 'den', 'sagte', 'wird', 'ein', 'eine']),
  } as Record<string, Set<string>>,
  minShare: 0.08,
  sampleChars: 3000,
};

/** Courtesy titles: dropped from names, never a role on their own. */
export const COURTESY_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Prof', 'Professor'];

/**
 * Words that make a capitalised run a role rather than a name ("Chinese Foreign Minister Wang Yi").
 * Compared case-insensitively, without a trailing dot.
 */
export const ROLE_WORDS = [
  'president', 'vice', 'prime', 'minister', 'foreign', 'deputy', 'chairman', 'chairwoman', 'chair',
  'secretary', 'general', 'gen', 'major', 'maj', 'chancellor', 'governor', 'gov', 'senator', 'sen',
  'rep', 'representative', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'justice', 'chief',
  'judge', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'adviser',
  'advisor', 'director', 'head', 'leader', 'ceo', 'founder', 'executive', 'senior', 'officer',
  'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'admiral', 'sergeant', 'state', 'health',
  'defense', 'defence', 'interior', 'finance', 'trade', 'economy', 'justice', 'security', 'council',
  'mec', 'speaker', 'assistant', 'manager', 'editor', 'editor-in-chief', 'analyst', 'professor',
  'datuk', 'seri', 'tan', 'sri', 'hon', 'mp', 'communications', 'education', 'labour', 'labor',
  'democratic', 'republican', 'conservative', 'senate', 'house', 'party', 'global', 'news',
  'international', 'chief-of-staff', 'emir', 'sheikh', 'crown', 'supreme', 'leader', 'opposition',
  'author', 'novelist', 'writer', 'columnist', 'journalist',
];

/** Role nouns heading a descriptor ("the Russian president", "a company spokesperson"). */
export const ROLE_NOUNS = [
  'president', 'leader', 'minister', 'premier', 'chancellor', 'spokesman', 'spokeswoman',
  'spokesperson', 'governor', 'senator', 'mayor', 'secretary', 'adviser', 'advisor', 'ambassador',
  'official', 'officials', 'analyst', 'expert', 'commissioner', 'chief', 'head', 'director',
  'chairman', 'king', 'queen', 'diplomat', 'general', 'lawyer', 'attorney', 'prosecutor', 'judge',
  'source', 'sources', 'resident', 'witness', 'mec', 'peer', 'founder', 'manager', 'economist',
  'professor', 'researcher', 'scientist', 'coach', 'captain', 'actress', 'actor', 'singer',
  'ministry', 'administration', 'government', 'department', 'agency', 'bank', 'company', 'firm',
  'newspaper', 'institute', 'report', 'study', 'court', 'military', 'army', 'police', 'council',
  'committee', 'authority', 'authorities', 'office', 'voice', 'statement', 'organisation',
  'organization', 'union', 'group', 'campaign', 'party', 'kremlin', 'white house', 'documents',
  'letter', 'victim', 'fellow', 'member', 'planner', 'partner', 'giant', 'lender', 'insurer', 'broker', 'carmaker', 'retailer', 'outlet', 'broadcaster', 'lecturer', 'engineer', 'protester', 'mother', 'father', 'woman', 'man', 'doctor', 'teacher', 'counterpart',
];

/**
 * Role nouns that only say who someone is to another person ("his Chinese counterpart Xi Jinping",
 * "her husband"): kept when nothing else is known, replaced by a role that stands on its own.
 */
export const RELATIONAL_ROLE_NOUNS = ['counterpart', 'colleague', 'ally', 'friend', 'rival', 'successor', 'predecessor', 'partner', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister'];

/** Nationality adjectives and their country, for "the Russian president" vs a Chinese counterpart. */
export const NATIONALITIES: Record<string, string> = {
  chinese: 'china', russian: 'russia', ukrainian: 'ukraine', american: 'united states', us: 'united states',
  'u.s.': 'united states', british: 'united kingdom', uk: 'united kingdom', french: 'france',
  german: 'germany', japanese: 'japan', indian: 'india', pakistani: 'pakistan', israeli: 'israel',
  palestinian: 'palestine', iranian: 'iran', turkish: 'turkey', belarusian: 'belarus',
  polish: 'poland', canadian: 'canada', australian: 'australia', italian: 'italy', spanish: 'spain',
  korean: 'korea', 'north korean': 'north korea', 'south korean': 'south korea', swedish: 'sweden',
  malaysian: 'malaysia', venezuelan: 'venezuela', mexican: 'mexico', brazilian: 'brazil',
  egyptian: 'egypt', saudi: 'saudi arabia', syrian: 'syria', taiwanese: 'taiwan', lebanese: 'lebanon',
  albanian: 'albania', nepali: 'nepal', nepalese: 'nepal', dutch: 'netherlands', irish: 'ireland',
};

/** Subject pronouns that stand for an earlier person. */
export const PRONOUNS = ['he', 'she'];

/** Nouns after a possessive that mean "the words of" ("TNO's report said" credits TNO). */
export const DOCUMENT_NOUNS = ['report', 'letter', 'statement', 'analysis', 'note', 'post', 'tweet', 'memo', 'website', 'office', 'team'];

/** Words inside a capitalised run that make it an organisation or place, not a person. */
export const ORGANISATION_WORDS = [
  'ministry', 'council', 'committee', 'party', 'university', 'institute', 'agency', 'department',
  'service', 'commission', 'association', 'bank', 'forces', 'force', 'airlines', 'airways', 'lodge',
  'park', 'news', 'times', 'post', 'press', 'group', 'inc', 'ltd', 'corp', 'company', 'foundation',
  'court', 'parliament', 'congress', 'senate', 'assembly', 'government', 'administration', 'office',
  'house', 'street', 'square', 'city', 'county', 'state', 'states', 'union', 'nations', 'organisation',
  'organization', 'authority', 'police', 'army', 'navy', 'centre', 'center', 'club', 'fund', 'board',
  'independent', 'guardian', 'telegraph', 'journal', 'review', 'media', 'television', 'tv', 'radio',
  'affairs', 'governance', 'relations', 'law', 'treaty', 'clause', 'amendment', 'bill',
  'sea', 'ocean', 'river', 'mountains', 'games', 'olympics', 'cup', 'league', 'war', 'day', 'act',
  // Buildings and places that are rarely surnames ("Frogmore Cottage", "Kensington Palace"); not
  // "Hall", "Church", "Lane" or "Bay", which are.
  'cottage', 'palace', 'cathedral', 'museum', 'airport', 'hospital', 'stadium', 'arena', 'avenue',
  'boulevard', 'plaza', 'station', 'hotel', 'school', 'systems', 'technologies',
];

/** Words after which a quoted phrase is a name or label, not someone's words ("so-called “X”"). */
export const TERM_MARKERS = ['so-called', 'dubbed', 'named', 'titled', 'entitled', 'labelled', 'labeled', 'identified as', 'known as', 'read', 'marked', 'written'];

/** Plain saying verbs: a quoted phrase after one is the speaker's words even if it reads like a label
 * ("Xi said his country would keep its “objective and fair” stance"). */
export const SAYING_VERBS = ['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'insisted'];

/** Words that may follow a quoted fragment without making it a modifier ("“X” when…"). */
export const FUNCTION_WORDS = [
  'and', 'or', 'but', 'when', 'while', 'if', 'as', 'to', 'in', 'on', 'at', 'for', 'from', 'with',
  'by', 'of', 'that', 'which', 'who', 'because', 'after', 'before', 'since', 'than', 'the', 'a', 'an',
  'he', 'she', 'they', 'it', 'we', 'said', 'says', 'told', 'added', 'is', 'was', 'are', 'were', 'be',
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'about', 'into',
  'over', 'under', 'between', 'against', 'during', 'without', 'through', 'until', 'among', 'so',
  'not', 'also', 'then', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my',
];

/** Capitalised words that start sentences but are never part of a name. */
export const SENTENCE_STARTERS = [
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'after', 'although', 'while', 'but', 'and', 'according',
  'asked', 'speaking', 'regarding', 'despite', 'late', 'also', 'since', 'when', 'without', 'if',
  'meanwhile', 'however', 'still', 'then', 'this', 'that', 'these', 'those', 'his', 'her', 'their',
  'its', 'our', 'during', 'earlier', 'later', 'last', 'next', 'for', 'from', 'with', 'by', 'of',
  'to', 'some', 'many', 'most', 'both', 'even', 'beyond', 'furthermore', 'additionally', 'unless',
  'because', 'before', 'until', 'yet', 'so', 'there', 'here', 'what', 'who', 'why', 'how', 'it',
  'he', 'she', 'they', 'we', 'i', 'you', 'one', 'two', 'three', 'several', 'other', 'another',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'fellow', 'former',
  'elsewhere', 'specifically', 'regardless', 'instead', 'indeed', 'now', 'today', 'yesterday', 'all',
  'no', 'not', 'only', 'just', 'about', 'around', 'over', 'under', 'nearly', 'more', 'less',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'bafta-award', 'hollywood', 'legend', 'story', 'breaking', 'exclusive', 'explainer', 'date',
];

/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'sen', 'rep', 'gen', 'maj', 'col', 'capt', 'lt', 'prof', 'jr',
  'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'approx', 'est', 'mt', 'ft',
];

/** Person role nouns a definite descriptor may stand for ("the Russian president" → a person). */
export const PERSON_ROLE_NOUNS = [
  'president', 'leader', 'minister', 'premier', 'chancellor', 'spokesman', 'spokeswoman',
  'spokesperson', 'governor', 'senator', 'mayor', 'secretary', 'commissioner', 'mec', 'chairman',
  'king', 'queen', 'adviser', 'advisor', 'ambassador', 'analyst', 'economist', 'expert', 'official',
];

/** Words between a speaker and the cue that are not part of the speaker ("Putin has also said"). */
export const AUXILIARIES = [
  'has', 'have', 'had', 'also', 'previously', 'reportedly', 'repeatedly', 'then', 'later', 'again',
  'further', 'only', 'once', 'would', 'will', 'was', 'is', 'earlier', 'recently', 'allegedly',
  'initially', 'publicly', 'privately', 'separately', 'similarly', 'too', 'now', 'often', 'had', 'first',
];

/** Abbreviated titles and the role word they stand for ("Indiana Gov. Eric Holcomb" is a governor). */
export const ROLE_ABBREVIATIONS: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant',
  col: 'colonel', capt: 'captain', maj: 'major', pm: 'prime minister', dr: 'doctor', prof: 'professor',
};

/** Verbs before which a cue is passive: "Ishiba was asked" (the speaker is someone else). */
export const PASSIVE_MARKERS = ['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got'];

/** Words before a quoted fragment that make it the object of a verb, not a label ("to “abolish…” funds"). */
export const NOT_BEFORE_TERM = [
  'to', 'as', 'be', 'was', 'is', 'are', 'were', 'been', 'that', 'said', 'says', 'called', 'described',
  'it', 'them', 'him', 'her', 'would', 'will', 'could', 'should', 'can', 'must', 'not',
];
