import type { PageStatus } from '@/lib/messages/protocol';

interface Props {
  status: PageStatus;
  onShowHidden: (show: boolean) => void;
}

/** How many widgets were hidden, by kind, with a button to show them again. */
export function HiddenWidgets({ status, onShowHidden }: Props) {
  if (!status.declutter) return null;
  const kinds = Object.entries(status.hidden).filter(([, n]) => n > 0);
  if (status.hiddenTotal === 0) return <p class="hidden-none">Nothing to hide on this page.</p>;
  return (
    <section class="hidden-widgets" data-testid="hidden-widgets">
      <p>
        Hid <strong data-testid="hidden-total">{status.hiddenTotal}</strong> {status.hiddenTotal === 1 ? 'element' : 'elements'}:{' '}
        {kinds.map(([kind, n]) => `${n} ${kind.replace(/-/g, ' ')}`).join(', ')}
      </p>
      <button type="button" data-testid="toggle-hidden" onClick={() => onShowHidden(!status.showingHidden)}>
        {status.showingHidden ? 'Hide them again' : 'Show them'}
      </button>
    </section>
  );
}
