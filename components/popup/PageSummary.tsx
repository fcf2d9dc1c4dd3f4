import { useState } from 'preact/hooks';
import { OUTCOME_TEXT } from '@/lib/messages/outcomes';
import type { PageStatus } from '@/lib/messages/protocol';

interface Props {
  status: PageStatus | null;
  /** Keeps the page when its status says it is keepable; absent where the popup cannot ask the page. */
  onKeep?: () => Promise<void>;
  /** The reader switched Backstory off for this site: the page was not read at all. */
  siteOff?: boolean;
}

/** One line on what Backstory made of the page. */
export function PageSummary({ status, onKeep, siteOff = false }: Props) {
  if (siteOff) return <p class="summary" data-testid="site-off">{OUTCOME_TEXT['site-disabled']}</p>;
  if (!status) {
    return <p class="summary">Backstory does not run on this page (only on web pages opened after it was installed).</p>;
  }
  if (status.siteOff) return <p class="summary">Backstory was off for this site when the page loaded: reload the page.</p>;
  if (!status.detection && !status.ingest) return <p class="summary">Reading the page…</p>;
  const keep = status.keepable ? onKeep : undefined;
  if (!status.detection?.isArticle && !status.ingest) return <NotArticle onKeep={keep} />;
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
      <KeepButton onKeep={keep} label="Keep this one" />
    </div>
  );
}

/** A page left alone, with a way to keep it when the reader knows better. */
function NotArticle({ onKeep }: { onKeep?: () => Promise<void> }) {
  return (
    <div class="summary not-article">
      <p data-testid="not-article">Not a news article: Backstory leaves this page alone.</p>
      <KeepButton onKeep={onKeep} label="Keep it in my corpus anyway" />
    </div>
  );
}

/** Asks the page to hand itself over because the reader wants it kept; nothing when the popup cannot ask. */
function KeepButton({ onKeep, label }: { onKeep?: () => Promise<void>; label: string }) {
  const [keeping, setKeeping] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!onKeep) return null;
  const keep = async () => {
    setKeeping(true);
    setFailed(false);
    try {
      await onKeep();
    } catch {
      setFailed(true);
    } finally {
      setKeeping(false);
    }
  };
  return (
    <>
      <button type="button" data-testid="keep-anyway" disabled={keeping} onClick={keep}>
        {keeping ? 'Keeping…' : label}
      </button>
      {failed && <p class="error">The page did not answer; reload it and try again.</p>}
    </>
  );
}
