/** Measures of a candidate block, read once: its visible-ish text, links and form fields. */
export interface BoxStats {
  textChars: number;
  linkChars: number;
  links: number;
  teaserLinks: number;
  hasForm: boolean;
  hasMedia: boolean;
  hasFrame: boolean;
  images: number;
}

const SKIPPED_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** A teaser link names another story: a few words at least. */
const TEASER_MIN_WORDS = 3;

export function boxStats(box: Element): BoxStats {
  const textChars = visibleTextLength(box);
  let linkChars = 0;
  let teaserLinks = 0;
  const anchors = box.querySelectorAll('a[href]');
  for (const a of Array.from(anchors)) {
    const text = (a.textContent ?? '').trim();
    linkChars += text.length;
    if (text.split(/\s+/).length >= TEASER_MIN_WORDS) teaserLinks++;
  }
  return {
    textChars,
    linkChars: Math.min(linkChars, textChars),
    links: anchors.length,
    teaserLinks,
    hasForm: box.querySelector('form, input[type="email"], input[type="checkbox"], input[type="text"]') !== null,
    hasMedia: box.querySelector('img, iframe, video, picture') !== null,
    hasFrame: box.querySelector('iframe') !== null,
    images: box.querySelectorAll('img').length,
  };
}

export function linkDensity(stats: BoxStats): number {
  return stats.textChars === 0 ? 0 : stats.linkChars / stats.textChars;
}

/**
 * Text length without scripts and styles (textContent counts them). With `cap`, stops counting
 * once the length exceeds it, so asking "is this block short?" of a page wrapper stays cheap.
 */
export function visibleTextLength(root: Element, cap = Infinity): number {
  let total = 0;
  const walk = (el: Element) => {
    for (let node = el.firstChild; node && total <= cap; node = node.nextSibling) {
      if (node.nodeType === 3) total += (node.nodeValue ?? '').trim().length;
      else if (node.nodeType === 1 && !SKIPPED_TEXT.has((node as Element).tagName)) walk(node as Element);
    }
  };
  walk(root);
  return total;
}

/** The first `chars` characters of an element's text (scripts and styles left out), read no further. */
export function leadingText(root: Element, chars: number): string {
  let text = '';
  const walk = (el: Element) => {
    for (let node = el.firstChild; node && text.length < chars; node = node.nextSibling) {
      if (node.nodeType === 3) text += node.nodeValue ?? '';
      else if (node.nodeType === 1 && !SKIPPED_TEXT.has((node as Element).tagName)) walk(node as Element);
    }
  };
  walk(root);
  return text.trimStart().slice(0, chars);
}

export function hasVisibleText(root: Element): boolean {
  return visibleTextLength(root, 0) > 0;
}

/**
 * The items of a teaser list: for each link, the largest ancestor inside the box that holds no
 * other story link, so an item is "thumbnail + title + summary" together.
 */
export function teaserItems(box: Element): Element[] {
  const listItems = outermost(Array.from(box.querySelectorAll('li, article')).filter((el) => el.querySelector('a[href]') !== null));
  if (listItems.length >= 2) return listItems;
  const anchors = Array.from(box.querySelectorAll('a[href]')).filter((a) => (a.textContent ?? '').trim().length > 0);
  const items = new Set<Element>();
  for (const a of anchors) {
    let item: Element = a;
    while (item.parentElement && item.parentElement !== box && holdsOnlyLinksTo(item.parentElement, a)) {
      item = item.parentElement;
    }
    items.add(item);
  }
  return [...items];
}

function holdsOnlyLinksTo(el: Element, a: Element): boolean {
  const href = a.getAttribute('href');
  for (const other of Array.from(el.querySelectorAll('a[href]'))) {
    if (other !== a && other.getAttribute('href') !== href && (other.textContent ?? '').trim().length > 0) return false;
  }
  return true;
}

function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
