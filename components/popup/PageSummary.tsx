import type { PageStatus } from '@/lib/messages/protocol';

const OUTCOME_TEXT: Record<string, string> = {
  stored: 'Kept in your corpus.',
  updated: 'Already in your corpus: updated.',
  paused: 'Backstory is paused: this article was not kept.',
  'site-off': 'Keeping articles is off for this site.',
  incognito: 'Private window: nothing is kept.',
  'not-article': 'No article could be extracted from this page.',
  'too-large': 'This page is too large to keep.',
  error: 'This article could not be kept.',
};

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
