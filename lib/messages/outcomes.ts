import type { IngestOutcome } from './protocol';

/** What each ingest outcome means, in words: for the console line on the page and the popup. */
export const OUTCOME_TEXT: Record<IngestOutcome | 'site-disabled', string> = {
  stored: 'Kept in your corpus.',
  updated: 'Already in your corpus: updated.',
  paused: 'Backstory is paused: this article was not kept.',
  'site-off': 'Keeping articles is off for this site.',
  'site-disabled': 'Backstory is off for this site.',
  incognito: 'Private window: nothing is kept.',
  'not-article': 'Not kept: no article could be extracted from this page.',
  'too-large': 'Not kept: this page is too large to read without slowing it down.',
  error: 'This article could not be kept.',
};
