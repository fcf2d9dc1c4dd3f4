import { useEffect, useState } from 'preact/hooks';

/**
 * The value once it has stayed the same for `ms`: a search box asks the background to scan the
 * corpus once the reader pauses, not once per key (a scan reads every stored article).
 * An emptied value goes through at once: clearing the box shows the whole corpus without a wait.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!value) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
