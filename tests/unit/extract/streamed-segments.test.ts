import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { revealStreamedSegments } from '../../../lib/extract/streamed-segments';

const doc = (html: string) => new JSDOM(html).window.document;
const paragraphs = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} about ${topic} says what happened, who said it and why it matters to readers here.</p>`).join('');

/** A React streaming render as served: the article arrives as hidden segment S:0, its place a boundary with a spinner. */
const STREAMED = `<!doctype html><html lang="en"><head><title>Council approves the new bridge</title></head><body>
<header><a href="/">Home</a></header>
<main><h1>Council approves the new bridge</h1><!--$?--><template id="B:0"></template><div class="spinner">Loading…</div><!--/$--></main>
<footer><p>© Example Times</p></footer>
<div hidden id="S:0"><article>${paragraphs('the bridge vote', 6)}<!--$?--><template id="B:1"></template><p>Loading quotes…</p><!--/$--></article></div>
<div hidden id="S:1"><blockquote>${paragraphs('the mayor', 1)}</blockquote></div>
<div hidden id="S:2"><p>A segment whose place is not in the page.</p></div>
</body></html>`;

describe('streamed segments of a server render', () => {
  it('moves each segment into its boundary in place of the fallback, nested boundaries included', () => {
    const page = doc(STREAMED);
    revealStreamedSegments(page);
    const main = page.querySelector('main')!;
    expect(main.querySelector('article')).not.toBeNull();
    expect(main.querySelector('article blockquote')).not.toBeNull();
    expect(main.textContent).not.toMatch(/Loading/);
    expect(page.querySelector('template')).toBeNull();
    expect(page.querySelector('[hidden]')).toBeNull();
  });

  it('shows a segment with no place where it is', () => {
    const page = doc(STREAMED);
    revealStreamedSegments(page);
    expect(page.getElementById('S:2')?.hasAttribute('hidden')).toBe(false);
  });

  it('puts a segment in place of its placeholder template', () => {
    const page = doc('<body><div id="box"><template id="P:0"></template></div><div hidden id="S:0"><p>Late text.</p></div></body>');
    revealStreamedSegments(page);
    expect(page.getElementById('box')!.innerHTML).toBe('<p>Late text.</p>');
  });

  it('leaves the fallback when the boundary has no end, rather than removing the rest of the page', () => {
    const page = doc('<body><main><template id="B:0"></template><p>Fallback.</p><p>More page.</p></main><div hidden id="S:0"><p>Late.</p></div></body>');
    revealStreamedSegments(page);
    expect(page.querySelector('main')!.textContent).toBe('Late.Fallback.More page.');
  });

  it('lets extraction find an article that arrived as a hidden segment', () => {
    const article = extractArticle(doc(STREAMED), 'https://example.com/news/council-approves-the-new-bridge');
    expect(article?.paragraphs.filter((p) => p.includes('the bridge vote'))).toHaveLength(6);
  });
});
