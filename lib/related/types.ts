/** One related article (or one set of copies of it) as the popup shows it. */
export interface RelatedEntry {
  url: string;
  title: string;
  outlet: string;
  published?: string;
  /** The article's language, so its title is set and read as such. */
  lang?: string;
  /** Higher is closer to the current article. */
  score: number;
  /** Short explanation: "Xi Jinping, Vladimir Putin, video call; 2 days apart". */
  reason: string;
  sharedNames: string[];
  daysApart?: number;
  /** Reposts and syndicated copies of this entry, collapsed into it. */
  copies: CopyRef[];
}

export interface CopyRef {
  url: string;
  outlet: string;
  title: string;
}

export interface RelatedCoverage {
  /** Other reports of the same event, best first. */
  sameStory: RelatedEntry[];
  /** Earlier or later coverage of the same topic, best first. */
  background: RelatedEntry[];
  /** Stored copies of the current article itself (reposts, the same wire story elsewhere). */
  copiesOfThis?: CopyRef[];
}

/** What the index keeps per article: derived from it, rebuilt from the corpus when lost. */
export interface IndexedDoc {
  url: string;
  title: string;
  outlet: string;
  published?: string;
  lang?: string;
  /** Days since 1970-01-01 (UTC) of `published`. */
  day?: number;
  /** Content terms and their weighted counts (title words count more). */
  terms: string[];
  tfs: Uint16Array;
  /** Sum of the weighted counts. */
  length: number;
  /** Norm of the TF-IDF term vector, and the corpus size its weights were taken at (recomputed when stale). */
  norm: number;
  normDocs: number;
  /** Name keys (lowercase) with mentions, and a display form for each. */
  names: string[];
  nameCounts: number[];
  nameLabels: string[];
  minhash: Uint32Array;
  /** Lookup keys (multiEntry index): distinctive terms and "@name" keys. */
  keys: string[];
}

/** A record as read back for scoring and display: its lookup keys stay with the backend. */
export type DocRecord = Omit<IndexedDoc, 'keys'>;
