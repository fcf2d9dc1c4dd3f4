import { background } from '../api';
import { useAsync } from '../useAsync';
import { RelatedCoverage } from '../RelatedCoverage';
import { Timeline } from '../Timeline';
import { KeyQuotes } from '../KeyQuotes';

/** Key quotes fetched: the first few are shown, the rest (mostly partial fragments) behind "More quotes". */
const QUOTE_LIMIT = 30;

/** Related coverage and key quotes for the stored article on screen. */
export function StoryPanel({ url, outlet }: { url: string; outlet: string }) {
  const [state] = useAsync(
    async () => {
      const [coverage, quotes, article, total] = await Promise.all([
        background('related/forUrl', { url }),
        background('quotes/forUrl', { url, limit: QUOTE_LIMIT }),
        background('article/get', { url }),
        background('corpus/list', { limit: 0 }),
      ]);
      return { coverage, quotes, article, total: total.total };
    },
    [url],
  );
  if (state.status === 'loading') return <p class="loading">Looking through your corpus…</p>;
  if (state.status === 'failed') return <p class="error">{state.error}</p>;
  const { coverage, quotes, article, total } = state.value;
  const current = { url, outlet, published: article?.published };
  const nothingRelated = !coverage || (coverage.sameStory.length === 0 && coverage.background.length === 0);
  return (
    <>
      <section class="related" data-testid="related">
        <h2>Related coverage</h2>
        {total <= 1 ? (
          <p class="empty" data-testid="first-article">
            This is the first article in your corpus. Related coverage appears here as you read more news.
          </p>
        ) : nothingRelated ? (
          <p class="empty" data-testid="nothing-related">
            Nothing related in your corpus yet ({total} articles kept).
          </p>
        ) : (
          <>
            <Timeline coverage={coverage} current={current} />
            <RelatedCoverage coverage={coverage} current={current} />
          </>
        )}
      </section>
      {quotes.length === 0 ? (
        <section class="key-quotes" data-testid="quotes">
          <h2>Key quotes</h2>
          <p class="empty">No direct quotes found.</p>
        </section>
      ) : (
        <KeyQuotes quotes={quotes} />
      )}
    </>
  );
}
