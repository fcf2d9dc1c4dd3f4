/** Elements whose text is never read as the page's visible byline or date. */
export const NOT_VISIBLE_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION']);

/** The visible text just before and from `start` on (its own text included), one text node per line. */
export interface TextAround {
  before: string;
  after: string;
}

/**
 * The visible text around a headline, about `beforeChars` before it and `afterChars` from it on:
 * where kickers, bylines and dates sit.
 */
export function textAround(start: Element | null, beforeChars: number, afterChars: number): TextAround {
  if (!start) return { before: '', after: '' };
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && NOT_VISIBLE_TEXT.has((node as Element).tagName.toUpperCase()) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  walker.currentNode = start;
  const after: string[] = [];
  let length = 0;
  for (let node: Node | null = start; node && length < afterChars; node = walker.nextNode()) length += push(node, after);
  walker.currentNode = start;
  const before: string[] = [];
  length = 0;
  for (let node = walker.previousNode(); node && length < beforeChars; node = walker.previousNode()) length += push(node, before);
  return { before: before.reverse().join('\n').slice(-beforeChars), after: after.join('\n').slice(0, afterChars) };
}

function push(node: Node, into: string[]): number {
  if (node.nodeType !== 3) return 0;
  const value = node.nodeValue?.replace(/\s+/g, ' ').trim();
  if (!value) return 0;
  into.push(value);
  return value.length + 1;
}
