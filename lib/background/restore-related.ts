import type { Article } from '../article';
import type { RelatedIndex } from '../related';
import type { Corpus } from '../storage/corpus';

/** Articles read from the corpus and re-added at a time: bounds memory while the index is rebuilt. */
const BATCH = 100;

/**
 * The related index is derived data: when it holds fewer articles than the corpus (an upgrade of its
 * record format dropped it, or the worker stopped between storing and indexing), the missing articles
 * are added again from the corpus. Returns how many were added.
 */
export async function restoreRelated(corpus: Corpus, related: RelatedIndex): Promise<number> {
  if ((await related.count()) >= (await corpus.count())) return 0;
  const missing: string[] = [];
  for (const url of await corpus.urls()) if (!(await related.has(url))) missing.push(url);
  for (let i = 0; i < missing.length; i += BATCH) {
    const articles = await Promise.all(missing.slice(i, i + BATCH).map((url) => corpus.get(url)));
    await related.addMany(articles.filter((a): a is Article => a !== undefined));
  }
  if (missing.length) await related.flush();
  return missing.length;
}
