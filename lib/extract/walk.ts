/**
 * Hand-written walks over elements. In jsdom, `getElementsByTagName` on an element builds a live
 * collection and indexing it goes through a proxy, which cost ~10 ms a page when asked for every
 * paragraph's links; following the element links directly costs a fraction of that (and nothing on
 * an element without children).
 */

/** Depth-first visit of every element under `root` (root excluded). */
export function forEachElement(root: Element | null, visit: (element: Element) => void): void {
  let node = root?.firstElementChild ?? null;
  while (node) {
    visit(node);
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && !node.nextElementSibling && node !== root) node = node.parentElement;
    node = node && node !== root ? node.nextElementSibling : null;
  }
}

/** The text of every link under `element`, `measure`d and summed (whitespace counted as the page has it). */
export function linkTextLength(element: Element, measure: (text: string) => number = (text) => text.length): number {
  let total = 0;
  forEachElement(element, (node) => {
    if (node.tagName === 'A') total += measure(node.textContent ?? '');
  });
  return total;
}
