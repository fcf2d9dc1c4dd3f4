import type { DocRecord } from './types';

/**
 * A record as IndexedDB stores it. Reading a record back costs about one allocation per value in
 * Chromium, so its 300 terms and 40 names travel as one string each and its counts as typed arrays.
 */
export interface StoredDoc extends Omit<DocRecord, 'terms' | 'names' | 'nameLabels' | 'nameCounts'> {
  terms: string;
  names: string;
  nameLabels: string;
  nameCounts: Uint16Array;
}

/** Terms, name keys and name labels never hold a line break (tokens are letters, digits and spaces). */
const SEPARATOR = '\n';

const join = (list: string[]) => list.join(SEPARATOR);
const split = (joined: string) => (joined === '' ? [] : joined.split(SEPARATOR));

/** Name counts as 16-bit numbers (a name mentioned more than 65,535 times counts 65,535). */
export const packCounts = (counts: number[]) => Uint16Array.from(counts, (n) => Math.min(n, 0xffff));

export function toStored(doc: DocRecord): StoredDoc {
  return {
    ...doc,
    terms: join(doc.terms),
    names: join(doc.names),
    nameLabels: join(doc.nameLabels),
    nameCounts: packCounts(doc.nameCounts),
  };
}

export function fromStored(stored: StoredDoc): DocRecord {
  return {
    ...stored,
    terms: split(stored.terms),
    names: split(stored.names),
    nameLabels: split(stored.nameLabels),
    nameCounts: Array.from(stored.nameCounts),
  };
}
