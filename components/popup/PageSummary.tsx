import { OUTCOME_TEXT } from '@/lib/messages/outcomes';
import type { PageStatus } from '@/lib/messages/protocol';


/** One line on what Backstory made of the page. */
export function PageSummary({ status }: { status: PageStatus | null }) {
  if (!status) {
    return <p class="summary">Backstory does not run on this page (only on web pages opened after it was installed).</p>;
  }
  if (!status.detection?.isArticle) {
    return <p class="summary" data-testid="not-article">Not a news article: Backstory leaves this page alone.</p>;
  }
  if (!status.ingest) return <p class="summary">Reading the article…</p>;
  const title = status.ingest.article?.title;
  return (
    <div class="summary" data-testid="article-summary" data-outcome={status.ingest.outcome}>
      {title && <h1 class="title">{title}</h1>}
      <p>
        {status.ingest.article?.outlet && <strong>{status.ingest.article.outlet} · </strong>}
        {OUTCOME_TEXT[status.ingest.outcome] ?? status.ingest.outcome}
        {status.ingest.message && status.ingest.outcome === 'error' ? ` ${status.ingest.message}` : ''}
      </p>
    </div>
  );
}
