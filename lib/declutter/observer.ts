/**
 * Watches for blocks added after the first pass (lazy loading, infinite scroll) and hands their
 * roots over in batches, at most once per THROTTLE_MS, so late widgets are hidden within 500 ms.
 */
export const THROTTLE_MS = 200;

export function watchLateWidgets(doc: Document, onAdded: (roots: Element[]) => void): () => void {
  const win = doc.defaultView;
  if (!win || typeof win.MutationObserver !== 'function' || !doc.body) return () => {};
  let batch: Element[] = [];
  let timer: number | null = null;

  const flush = () => {
    timer = null;
    const roots = outermost(batch.filter((el) => el.isConnected));
    batch = [];
    if (roots.length > 0) onAdded(roots);
  };

  const observer = new win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) batch.push(node as Element);
      }
    }
    if (batch.length > 0 && timer === null) timer = win.setTimeout(flush, THROTTLE_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== null) win.clearTimeout(timer);
  };
}

/** Drops elements inside another element of the list. */
function outermost(elements: Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
