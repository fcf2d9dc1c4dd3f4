import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';

const doc = (html: string) => new JSDOM(html).window.document;
const sentence = (topic: string, i: number) =>
  `Step ${i} about ${topic} explains what to look for, what it costs and how long it usually takes to get right at home.`;
const section = (topic: string, n: number) =>
  `<div class="section"><div class="row-wrapper"><div class="row"><div class="col"><div class="widget"><span class="rich-text"><h3>${topic}</h3>${Array.from(
    { length: n },
    (_, i) => `<p>${sentence(topic, i)}</p>`,
  ).join('')}</span></div></div></div></div></div>`;

/**
 * A page-builder article: one widget per section, each deep in its own rows and columns (deeper than
 * Readability passes scores up), one section far longer than the others.
 */
const BUILDER = `<!doctype html><html lang="en"><head><title>Nine money tips</title></head><body>
<header><a href="/">Home</a> <a href="/blog">Blog</a></header>
<main><div class="page"><div class="content">
${section('Set goals', 3)}${section('Budget', 3)}${section('Save early', 9)}${section('Retire well', 3)}
${section('Hidden tab', 3).replace('class="section"', 'class="section" hidden')}
${section('Other story', 3).replace('<h3>Other story</h3>', '<h3><a href="/blog/other">Other story</a></h3>')}
<div class="x"><div class="y"><div class="z"><div class="disclaimer"><p>${sentence('a legal disclaimer', 1)}</p><p>${sentence('the disclaimer', 2)}</p></div></div></div></div>
</div></div></main>
<div class="comments"><p>${sentence('a reader comment', 1)}</p><p>${sentence('another comment', 2)}</p></div>
<footer><p>© Example bank. All rights reserved. Member FDIC. Equal housing lender.</p></footer></body></html>`;

describe('sections Readability leaves out', () => {
  it('joins the sibling widgets of a page-builder article, in page order', () => {
    const article = extractArticle(doc(BUILDER), 'https://bank.example/blog/money-tips')!;
    const headings = article.paragraphs.filter((p) => ['Set goals', 'Budget', 'Save early', 'Retire well'].includes(p));
    expect(headings).toEqual(['Set goals', 'Budget', 'Save early', 'Retire well']);
    expect(article.paragraphs.filter((p) => p.startsWith('Step'))).toHaveLength(18);
  });

  it('leaves out hidden boxes, teasers (a linked heading), boxes of another kind, comments and the footer', () => {
    const article = extractArticle(doc(BUILDER), 'https://bank.example/blog/money-tips')!;
    expect(article.text).not.toMatch(/Hidden tab|Other story|disclaimer|reader comment|another comment|All rights reserved/);
  });

  it('adds sections without the code of scripts inside their paragraphs', () => {
    const html = BUILDER.replace('<h3>Budget</h3><p>', '<h3>Budget</h3><p><script>window.dataLayer.push({event: "click"})</script>');
    const article = extractArticle(doc(html), 'https://bank.example/blog/money-tips')!;
    expect(article.paragraphs).toContain(sentence('Budget', 0));
    expect(article.text).not.toMatch(/dataLayer/);
  });

  it('joins every entry of a twenty-entry listicle, though they hold several times what Readability kept', () => {
    const entries = Array.from({ length: 20 }, (_, i) => section(`Pick ${i + 1}`, i === 4 ? 9 : 3)).join('');
    const html = `<!doctype html><html><head><title>Twenty picks</title></head><body><main><div class="page"><div class="content">${entries}</div></div></main></body></html>`;
    const article = extractArticle(doc(html), 'https://cars.example/top-20')!;
    expect(article.paragraphs.filter((p) => p.startsWith('Pick '))).toHaveLength(20);
    expect(article.paragraphs.filter((p) => p.startsWith('Step'))).toHaveLength(19 * 3 + 9);
  });

  it('adds nothing to an article that Readability already took whole', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence('the bridge vote', i)}</p>`).join('');
    const html = `<html><body><article><h1>Bridge</h1>${story}</article><aside class="more"><p>${sentence('other news', 1)}</p></aside></body></html>`;
    const article = extractArticle(doc(html), 'https://news.example/bridge')!;
    expect(article.paragraphs.filter((p) => p.startsWith('Step'))).toHaveLength(8);
  });

  it("replaces a run of short items Readability kept (a ranking's stat cards) with the page's prose", () => {
    const deep = (inner: string) => `<div class="a"><div class="b"><div class="c"><div class="d"><div class="e">${inner}</div></div></div></div></div>`;
    const story = Array.from({ length: 16 }, (_, i) => deep(`<p>${sentence('online certificates', i)} ${sentence('tuition', i)}</p>`)).join('');
    const cards = Array.from({ length: 40 }, (_, i) => `<div class="card"><p>#${i + 1}, 97%, online, $15,000</p></div>`).join('');
    const html = `<html><body><main><h1>Online certificates</h1>${story}<div class="ranking">${cards}</div></main></body></html>`;
    const article = extractArticle(doc(html), 'https://colleges.example/certificates')!;
    expect(article.paragraphs.filter((p) => p.startsWith('Step'))).toHaveLength(16);
    expect(article.text).not.toMatch(/97%/);
  });

  it("replaces a stub Readability kept (the intro) with the page's prose when the rest sits in boxes it drops", () => {
    // Over 500 characters, so that Readability does not try again with the unlikely boxes kept.
    const intro = `<div class="intro">${[1, 2].map((i) => `<p>${sentence('dishwashers', i)} ${sentence('prices', i)} ${sentence('brands', i)}</p>`).join('')}</div>`;
    // "banner" is one of Readability's unlikely-candidate words: it drops these boxes before scoring.
    const picks = Array.from({ length: 10 }, (_, i) => `<div class="pick banner"><h3>Pick ${i}</h3><p>${sentence(`pick ${i}`, 1)}</p><p>${sentence(`pick ${i}`, 2)}</p></div>`).join('');
    const html = `<html><body><main><h1>Best dishwashers</h1>${intro}${picks}</main><footer><p>${sentence('the site footer', 1)}</p></footer></body></html>`;
    const article = extractArticle(doc(html), 'https://reviews.example/best-dishwashers')!;
    expect(article.paragraphs.filter((p) => p.startsWith('Step'))).toHaveLength(2 + 20);
    expect(article.text).not.toMatch(/site footer/);
  });

  it('keeps a list of short items when the page has no much longer prose beside it', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><p>Ingredient number ${i}</p></li>`).join('');
    const html = `<html><body><article><h1>Pantry list</h1><p>${sentence('the pantry', 1)}</p><ul>${items}</ul></article></body></html>`;
    const article = extractArticle(doc(html), 'https://food.example/pantry')!;
    expect(article.paragraphs.filter((p) => p.startsWith('Ingredient'))).toHaveLength(30);
  });
});
