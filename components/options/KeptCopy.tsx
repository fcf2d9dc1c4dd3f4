import type { Article } from '@/lib/article';
import { background } from '../api';
import { useAsync } from '../useAsync';

const readKept = (url: string) => background('article/get', { url });

/** The copy Backstory kept of an article, read from the corpus: readable when the page has changed or gone. */
export function KeptCopy({ url, load = readKept }: { url: string; load?: (url: string) => Promise<Article | null> }) {
  const [state] = useAsync(() => load(url), [url]);
  if (state.status === 'failed') return <p class="error">{state.error}</p>;
  if (state.status === 'loading') return <p class="note">Opening the kept copy…</p>;
  const article = state.value;
  if (!article) return <p class="note">This article is no longer in your corpus.</p>;
  return (
    <article class="kept-copy" data-testid="kept-copy" lang={article.lang}>
      <p class="note">Kept {keptDay(article.savedAt)}, as Backstory read it.</p>
      {article.paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </article>
  );
}

/** The reader's own day the article was kept on ("22 Nov 2026"). */
const keptDay = (savedAt: number) => new Date(savedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
