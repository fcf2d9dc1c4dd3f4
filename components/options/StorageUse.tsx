import { useAsync } from '../useAsync';

/** "1.4 MB": what a stored size reads as, in the units a reader knows. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/**
 * How much room Backstory takes on this device (the corpus, its index and the extension's own
 * files), as the browser counts it; nothing where the browser does not say.
 */
export function StorageUse({ version }: { version: number }) {
  const [state] = useAsync(async () => (await navigator.storage?.estimate?.())?.usage ?? null, [version]);
  if (state.status !== 'done' || state.value === null) return null;
  return (
    <span class="note" data-testid="storage-use">
      {' · '}
      {sizeLabel(state.value)} on this device
    </span>
  );
}
