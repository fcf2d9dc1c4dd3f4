import { useState } from 'preact/hooks';
import { dayLabel } from '@/lib/related/day';
import { background } from '../api';
import { useAsync } from '../useAsync';
import { useDebounced } from '../useDebounced';
import { KeptCopy } from './KeptCopy';
import { StorageUse } from './StorageUse';

const PAGE_SIZE = 50;

interface Listed {
  outlet: string;
  published?: string;
  authors: string[];
  words: number;
}

/** "Outlet · 30 Dec 2022 · Jane Doe · 850 words"; a desk byline that only repeats the outlet is not said twice. */
export function metaLine(article: Listed): string {
  const authors = article.authors.filter((name) => name.toLowerCase() !== article.outlet.toLowerCase());
  const parts = [article.outlet, article.published && dayLabel(article.published), authors.join(', '), `${article.words} words`];
  return parts.filter(Boolean).join(' · ');
}

/** How long the reader pauses typing before the corpus is searched. */
const SEARCH_PAUSE_MS = 200;

/** Browse and search the stored articles, read the kept copy of one; delete one or all. */
export function CorpusBrowser({ version, onChanged }: { version: number; onChanged: () => void }) {
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [reading, setReading] = useState<string | null>(null);
  const query = useDebounced(search.trim(), SEARCH_PAUSE_MS);
  const [state] = useAsync(() => background('corpus/list', { search: query, limit: shown }), [query, shown, version]);

  const remove = async (url: string) => {
    await background('corpus/delete', { urls: [url] });
    onChanged();
  };
  const removeAll = async () => {
    if (!confirm('Delete every stored article? Export first if you may want them back.')) return;
    await background('corpus/clear', {});
    onChanged();
  };

  return (
    <section class="corpus">
      <div class="toolbar">
        <input
          type="search"
          data-testid="search"
          placeholder="Search titles, outlets, authors, text"
          value={search}
          onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
        />
        <button type="button" class="danger" data-testid="delete-all" onClick={removeAll}>
          Delete all
        </button>
      </div>
      {state.status === 'failed' && <p class="error">{state.error}</p>}
      {state.status === 'done' && (
        <>
          <p data-testid="corpus-count">
            {state.value.total} {state.value.total === 1 ? 'article' : 'articles'}
            {query ? ' match' : ' kept'}
            <StorageUse version={version} />
          </p>
          <ul class="articles" data-testid="articles">
            {state.value.articles.map((a) => (
              <li key={a.url} data-url={a.url}>
                <a href={a.url} target="_blank" rel="noreferrer" lang={a.lang}>
                  {a.title}
                </a>
                <span class="meta">{metaLine(a)}</span>
                <button type="button" class="link" data-testid="read" aria-expanded={reading === a.url} onClick={() => setReading(reading === a.url ? null : a.url)}>
                  {reading === a.url ? 'Close' : 'Read the kept copy'}
                </button>
                <button type="button" class="link" data-testid="delete" onClick={() => remove(a.url)}>
                  Delete
                </button>
                {reading === a.url && <KeptCopy url={a.url} />}
              </li>
            ))}
          </ul>
          {state.value.total > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE_SIZE)}>
              Show more
            </button>
          )}
        </>
      )}
    </section>
  );
}
