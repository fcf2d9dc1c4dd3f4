/**
 * The ranking's knobs, as data. Changing one is a product decision: re-run `npm run eval:related`.
 */
export const RANKING = {
  /** Weight of the shared-names similarity against the lexical one (both cosines in 0..1). */
  nameWeight: 0.5,
  /** A number's weight against a word's of the same rarity: numbers are an event's particulars (a 4.4 or
   *  a 4.6 quake, an offer of $160 or $200 million), what tells two events of one kind apart. */
  numberWeight: 3,
  /** Time closeness: the score is multiplied by floor + (1 - floor) · exp(-days / scaleDays). */
  timeFloor: 0.55,
  timeScaleDays: 10,
  /** From this score on, an article reports the same event (when within sameStoryMaxDays). */
  sameStoryScore: 0.3,
  sameStoryMaxDays: 7,
  /** From this score on, an article is background on the topic; below, it is not shown. */
  backgroundScore: 0.1,
  /** Candidates fully scored per query, and the lookup keys the query uses. */
  candidates: 200,
  queryTerms: 24,
  queryNames: 12,
  /** Neighbour boost: each of the best `neighbourPool` candidates gains neighbourWeight × its mean
   *  similarity to the `neighbours` best others (reports of one event resemble each other). */
  neighbourPool: 40,
  neighbours: 3,
  neighbourWeight: 0.6,
  /** Distinctive terms each article is filed under. */
  keyTerms: 40,
  /** Keys held by more than this share of articles are too common to look up. */
  maxKeyShare: 0.08,
  /** ...but a key held by at most this many articles is always looked up (small corpora). */
  minCommonKeyDocs: 50,
} as const;
