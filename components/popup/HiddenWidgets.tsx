import type { WidgetKind } from '@/lib/declutter';
import type { PageStatus } from '@/lib/messages/protocol';

interface Props {
  status: PageStatus;
  onShowHidden: (show: boolean) => void;
}

/** What a reader calls each kind of widget: one, several. */
const WIDGET_NAMES: Record<WidgetKind, [string, string]> = {
  recommended: ['recommended list', 'recommended lists'],
  'news-feed': ['news feed', 'news feeds'],
  'most-read': ['most-read list', 'most-read lists'],
  trending: ['trending list', 'trending lists'],
  'editors-picks': ["editors' picks box", "editors' picks boxes"],
  sponsored: ['sponsored widget', 'sponsored widgets'],
  newsletter: ['newsletter box', 'newsletter boxes'],
  'more-news': ['more-news list', 'more-news lists'],
  comments: ['comments section', 'comments sections'],
  other: ['teaser list', 'teaser lists'],
};

const names = (n: number, [one, many]: [string, string]) => (n === 1 ? one : many);

/** Lists cut down rather than hidden whole: say that what they hold about the story is still there. */
function trimmedNote(trimmed: number, total: number): string {
  const where = trimmed < total ? `${trimmed} of them` : total === 1 ? 'it' : 'them';
  return `The items about this story are still shown in ${where}.`;
}

/** How many widgets were hidden, by kind, with a button to show them again. */
export function HiddenWidgets({ status, onShowHidden }: Props) {
  if (!status.declutter) return null;
  if (status.hiddenTotal === 0) return <p class="hidden-none">Nothing to hide on this page.</p>;
  const kinds = (Object.entries(status.hidden) as [WidgetKind, number][]).filter(([, n]) => n > 0);
  return (
    <section class="hidden-widgets" data-testid="hidden-widgets">
      <p>
        Hid <strong data-testid="hidden-total">{status.hiddenTotal}</strong>{' '}
        {kinds.length === 1 ? names(kinds[0][1], WIDGET_NAMES[kinds[0][0]]) : `widgets: ${kinds.map(([kind, n]) => `${n} ${names(n, WIDGET_NAMES[kind])}`).join(', ')}`}.
        {status.trimmed > 0 && <span data-testid="hidden-trimmed"> {trimmedNote(status.trimmed, status.hiddenTotal)}</span>}
      </p>
      <button type="button" data-testid="toggle-hidden" onClick={() => onShowHidden(!status.showingHidden)}>
        {status.showingHidden ? 'Hide them again' : 'Show them'}
      </button>
    </section>
  );
}
