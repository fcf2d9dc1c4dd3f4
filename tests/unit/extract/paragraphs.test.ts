import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../lib/extract/body';

const doc = (html: string) => new JSDOM(html).window.document;

describe('paragraphsOf', () => {
  it('splits blocks held inside an inline element inside a paragraph (a live tree, not parsed HTML)', () => {
    const d = doc('<html><body></body></html>');
    const content = d.createElement('div');
    const p = d.createElement('p');
    const span = d.createElement('span');
    span.innerHTML = '<h3>Heading</h3><p>First paragraph.</p><p>Second <a href="#">link</a> paragraph.</p>';
    p.append(span);
    content.append(p);
    expect(paragraphsOf(content)).toEqual(['Heading', 'First paragraph.', 'Second link paragraph.']);
  });
});
