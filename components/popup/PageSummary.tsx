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

/** What Backstory made of the page: a heading (the article's title, or the page's state) and a line. */
export function PageSummary({ status, onKeep, siteOff = false }: Props) {
  if (siteOff) return <State heading="Off for this site" line={OUTCOME_TEXT['site-disabled']} testId="site-off" />;
  if (!status) return <State heading="Not on this page" line="Backstory does not run on this page (only on web pages opened after it was installed)." />;
  if (status.siteOff) return <State heading="Off for this site" line="Backstory was off for this site when the page loaded: reload the page." />;
  if (!status.detection && !status.ingest) return <State heading="Reading the page…" />;
  const keep = status.keepable ? onKeep : undefined;
  if (!status.detection?.isArticle && !status.ingest) return <NotArticle onKeep={keep} />;
  if (!status.ingest) return <State heading="Reading the article…" />;
  const { article } = status.ingest;
  return (
    <div class="summary" data-testid="article-summary" data-outcome={status.ingest.outcome}>
      <h1 class="title" lang={article?.title ? article.lang : undefined}>
        {article?.title || 'This article'}
      </h1>
      <p>
        {article?.outlet && <strong>{article.outlet} · </strong>}
        {OUTCOME_TEXT[status.ingest.outcome] ?? status.ingest.outcome}
        {status.ingest.message && status.ingest.outcome === 'error' ? ` ${status.ingest.message}` : ''}
      </p>
      <KeepButton onKeep={keep} label="Keep this one" />
    </div>
  );
}

/** A state of the page rather than an article: the popup's heading says it, a line explains. */
function State({ heading, line, testId }: { heading: string; line?: string; testId?: string }) {
  return (
    <div class="summary">
      <h1 class="title">{heading}</h1>
      {line && <p data-testid={testId}>{line}</p>}
    </div>
  );
}

/** A page left alone, with a way to keep it when the reader knows better. */
function NotArticle({ onKeep }: { onKeep?: () => Promise<void> }) {
  return (
    <div class="summary not-article">
      <h1 class="title">Not a news article</h1>
      <p data-testid="not-article">Backstory leaves this page alone.</p>
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
