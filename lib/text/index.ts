/** Shared text utilities: word tokenizer, stopwords, light stemming, name phrases. */
export { words, terms, stem, countOf } from './tokenize';
export { STOPWORDS, isStopword } from './stopwords';
export { namePhrases, nameKey } from './names';
