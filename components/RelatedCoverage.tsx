import type { RelatedCoverage as Coverage, RelatedEntry } from '@/lib/related';
import { dayLabel } from '@/lib/related/day';
import './related.css';

export interface CurrentArticle {
  url: string;
  outlet: string;
  published?: string;
}

/** One related article: outlet, date, title link, why it is related, and its collapsed copies. */
function Entry({ entry }: { entry: RelatedEntry }) {
  return (
    <li class="related-entry" data-testid="related-entry" data-url={entry.url}>
      <p class="meta">
        <strong data-testid="related-outlet">{entry.outlet}</strong>
        {entry.published && <span> · {dayLabel(entry.published)}</span>}
      </p>
      <a href={entry.url} target="_blank" rel="noopener noreferrer" data-testid="related-link" lang={entry.lang}>
        {entry.title || entry.url}
      </a>
      {entry.reason && (
        <p class="reason" data-testid="related-reason">
          {entry.reason}
        </p>
      )}
      {entry.copies.length > 0 && (
        <details class="copies" data-testid="related-copies">
          <summary>
            Also published by {entry.copies.length} more {entry.copies.length === 1 ? 'outlet' : 'outlets'}
          </summary>
          <ul>
            {entry.copies.map((copy) => (
              <li>
                <a href={copy.url} target="_blank" rel="noopener noreferrer">
                  {copy.outlet || copy.url}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function Group({ title, entries, testid }: { title: string; entries: RelatedEntry[]; testid: string }) {
  if (entries.length === 0) return null;
  return (
    <div class="related-group" data-testid={testid}>
      <h3>{title}</h3>
      <ol>
        {entries.map((entry) => (
          <Entry entry={entry} />
        ))}
      </ol>
    </div>
  );
}

/** Related coverage of the current article: same story first, then background; copies expandable. */
export function RelatedCoverage({ coverage, current }: { coverage: Coverage; current: CurrentArticle }) {
  const copies = coverage.copiesOfThis ?? [];
  return (
    <div class="related-coverage" data-testid="related-coverage" data-current={current.url}>
      {copies.length > 0 && (
        <p class="note" data-testid="copies-of-this">
          This article also appears at {copies.map((c) => c.outlet || c.url).join(', ')}.
        </p>
      )}
      <Group title="Same story" entries={coverage.sameStory} testid="same-story" />
      <Group title="Background" entries={coverage.background} testid="background" />
    </div>
  );
}
