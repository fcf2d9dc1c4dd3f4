/**
 * React's streaming server render sends the late parts of a page (often the article itself) as
 * hidden boxes, `<div hidden id="S:x">`, at the end of the body, each followed by an inline script
 * that moves it into its place: the placeholder `<template id="P:x">`, or the boundary
 * `<!--$?--><template id="B:x"></template>…fallback…<!--/$-->` whose fallback it replaces. A copy of
 * the page parsed without running scripts (a page saved or served as HTML, a serialization taken
 * before that script ran) still holds them hidden, and Readability skips hidden boxes. This does what
 * the script would: each segment's content goes to its place, or, with no place found, is shown where
 * it is.
 */
const STREAMED_SEGMENT = 'div[hidden][id^="S:"]';
const BOUNDARY_START = new Set(['$', '$?', '$!']);
const BOUNDARY_END = '/$';

export function revealStreamedSegments(doc: Document): void {
  // Segments are numbered from 0: a page without S:0 streamed nothing. An id lookup is cheap; the
  // selector walks the whole page (about 25 ms per page in jsdom), so it runs only on streamed pages.
  if (!doc.getElementById('S:0')) return;
  for (const segment of Array.from(doc.querySelectorAll(STREAMED_SEGMENT))) {
    const suffix = segment.id.slice(2);
    const placeholder = doc.getElementById(`P:${suffix}`);
    const boundary = doc.getElementById(`B:${suffix}`);
    if (placeholder?.tagName === 'TEMPLATE') placeholder.replaceWith(...Array.from(segment.childNodes));
    else if (boundary?.tagName === 'TEMPLATE') fillBoundary(boundary, Array.from(segment.childNodes));
    else {
      segment.removeAttribute('hidden');
      continue;
    }
    segment.remove();
  }
}

const isComment = (node: Node): node is Comment => node.nodeType === 8;

/** Replaces the boundary's fallback (from its template to the matching end comment) with the content. */
function fillBoundary(template: Element, content: Node[]): void {
  const end = boundaryEnd(template);
  if (end) {
    while (template.nextSibling && template.nextSibling !== end) template.nextSibling.remove();
  }
  template.replaceWith(...content);
}

/** The `<!--/$-->` that closes the template's boundary, nested boundaries skipped; null when missing. */
function boundaryEnd(template: Element): Comment | null {
  let depth = 0;
  for (let node = template.nextSibling; node; node = node.nextSibling) {
    if (!isComment(node)) continue;
    if (BOUNDARY_START.has(node.data)) depth++;
    else if (node.data === BOUNDARY_END) {
      if (depth === 0) return node;
      depth--;
    }
  }
  return null;
}
