import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pageLinkEvidence } from '../../../lib/detect/page-links';

const reasons = (links: string) => pageLinkEvidence(new JSDOM(`<!doctype html><body><main>${links}</main></body>`).window.document).map((e) => e.reason);

describe('pageLinkEvidence', () => {
  it.each([
    ['<a href="https://github.com/x/docs/edit/main/intro.md">Edit this page</a>', ['edit link (docs or wiki)']],
    ['<a href="https://github.com/x/docs/edit/main/a.md">  Edit on GitHub </a>', ['edit link (docs or wiki)']],
    ['<a href="/w?action=edit">View source</a>', ['edit link (docs or wiki)']],
    ['<a href="/edit-your-cv">How to edit this page of your CV so that recruiters read it</a>', []],
    ['<a href="/blog/tips">Edit this page</a>', []],
    ['<a href="/share">Share</a><a href="/next">Next story</a>', []],
  ])('%s', (links, expected) => {
    expect(reasons(links)).toEqual(expected);
  });

  it('counts a kind once however many links name it', () => {
    expect(reasons('<a href="/edit/a">Edit this page</a><a href="/edit/b">Edit this page</a>')).toHaveLength(1);
  });
});
