import type { ExtractedArticle } from '../article';
import { extractArticle } from '../extract';

/**
 * Parses a serialized page and extracts its article. Needs DOMParser, so it runs in the
 * offscreen document (Chrome) or the background page (Firefox), never on the page itself.
 */
export function parsePage(html: string, url: string): ExtractedArticle | null {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    keepPageBase(doc, url);
    return extractArticle(doc, url);
  } catch (error) {
    console.warn(`[backstory] could not parse ${url}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** A parsed copy lives at the extension's address: give it the page's, so relative links resolve. */
function keepPageBase(doc: Document, url: string): void {
  if (doc.querySelector('base[href]')) return;
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
}
