import type { ExtractedArticle } from '../article';
import { extractBody } from './body';
import { readMetadata } from './metadata';
import { revealStreamedSegments } from './streamed-segments';

/** Below this many characters of body text, the page has no article to keep. */
export const MIN_BODY_CHARS = 200;

/**
 * Extracts the article from a parsed copy of a page (which it may mutate): metadata first,
 * then the body. Never throws: a failure is one console line and null, as is an empty body.
 */
export function extractArticle(doc: Document, url: string): ExtractedArticle | null {
  try {
    revealStreamedSegments(doc);
    const metadata = readMetadata(doc, url);
    const { paragraphs, readability } = extractBody(doc);
    const text = paragraphs.join('\n\n');
    if (text.length < MIN_BODY_CHARS) return null;
    return {
      ...metadata,
      pageUrl: url,
      title: metadata.title || readability?.title?.trim() || '',
      lang: metadata.lang ?? readability?.lang ?? undefined,
      excerpt: metadata.excerpt ?? readability?.excerpt ?? paragraphs[0],
      text,
      paragraphs,
    };
  } catch (error) {
    console.warn(`[backstory] extraction failed for ${url}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
