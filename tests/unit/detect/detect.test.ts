import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/detect';
import { schemaTypes, urlEvidence } from '../../../lib/detect/signals';
import { brokenTextRun } from '../../../lib/detect/broken-text';

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, long enough to count as real prose written by a reporter about the events of the day.</p>`).join('');

const page = (head: string, body: string) => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

describe('detectArticle', () => {
  it('recognises a news article from JSON-LD, meta, a dated URL and a run of paragraphs', () => {
    const doc = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script>
       <meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-01T10:00:00Z">`,
      `<article><h1>Title</h1>${prose(8)}</article>`,
    );
    const detection = detectArticle(doc, 'https://news.example.com/2024/05/01/mayor-wins-second-term-in-close-race');
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons.join(' ')).toContain('schema newsarticle');
  });

  it('says no for a front page with many short teasers', () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Headline number ${i}</a></li>`).join('');
    const doc = page('<meta property="og:type" content="website">', `<main><ul>${teasers}</ul></main>`);
    expect(detectArticle(doc, 'https://news.example.com/').isArticle).toBe(false);
  });

  it('says no for a product page even with some prose', () => {
    const doc = page('<script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script>', `<div>${prose(4)}</div>`);
    expect(detectArticle(doc, 'https://shop.example.com/products/kettle-steel-1l').isArticle).toBe(false);
  });

  it('reads JSON-LD wrapped in a CDATA section or an HTML comment, as extraction does', () => {
    const doc = page('<script type="application/ld+json"><![CDATA[ {"@type":"ReportageNewsArticle"} ]]></script><script type="application/ld+json"><!-- {"@type":"Person"} --></script>', prose(6));
    expect(schemaTypes(doc)).toEqual(['reportagenewsarticle', 'person']);
  });

  it('finds types inside @graph and never mutates the page', () => {
    const doc = page('<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["BlogPosting"]}]}</script>', prose(6));
    const before = doc.documentElement.outerHTML;
    expect(schemaTypes(doc)).toEqual(['website', 'blogposting']);
    detectArticle(doc, 'https://blog.example.com/post');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says no for a recipe post that its blog template also marks Article', () => {
    const doc = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"Borscht"},{"@type":"Recipe","name":"Borscht"}]}</script>
       <meta property="og:type" content="article"><meta property="article:published_time" content="2022-11-14T09:30:00Z">`,
      `<article>${prose(4)}</article>`,
    );
    const detection = detectArticle(doc, 'https://slowpot.example/recipes/ukrainian-borscht');
    expect(detection.isArticle).toBe(false);
    expect(detection.reasons.join(' ')).not.toContain('schema article');
  });

  it('keeps a news type next to a page kind: a NewsArticle with a Recipe is still news', () => {
    const doc = page(
      `<script type="application/ld+json">[{"@type":"NewsArticle"},{"@type":"Recipe"}]</script><meta property="og:type" content="article">`,
      `<article>${prose(8)}</article>`,
    );
    expect(detectArticle(doc, 'https://news.example.com/2024/05/01/chef-shares-holiday-menu').reasons.join(' ')).toContain('schema newsarticle');
  });

  it('keeps a forum thread that reposts a full report, not an ordinary forum thread', () => {
    const forum = (paragraphs: number) =>
      page(
        `<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"x"}</script>
         <meta property="og:type" content="article"><meta property="article:published_time" content="2022-12-30T14:05:31Z">`,
        `<article class="message-body">${prose(paragraphs)}</article>`,
      );
    const url = 'https://forum.example.net/threads/putin-invites-xi-to-moscow.768214/';
    expect(detectArticle(forum(27), url).isArticle).toBe(true);
    expect(detectArticle(forum(27), url).reasons.join(' ')).toContain('a full report');
    expect(detectArticle(forum(6), url).isArticle).toBe(false);
  });

  it('keeps a guide whose FAQ block names Question entities, but not a Q&A page', () => {
    const head = (type: string) =>
      `<script type="application/ld+json">[{"@type":"Article"},{"@type":"${type}","mainEntity":[{"@type":"Question","name":"Why?"}]}]</script>`;
    const url = 'https://guides.example.org/how-to-choose-a-heat-pump-for-an-old-house';
    const guide = detectArticle(page(head('WebPage'), `<article>${prose(6)}</article>`), url);
    expect(guide.isArticle).toBe(true);
    expect(guide.reasons.join(' ')).toContain('schema question (-0.5)');
    expect(detectArticle(page(head('QAPage'), `<article>${prose(6)}</article>`), url).isArticle).toBe(false);
  });

  it('says no for an undated manual page whose prose alternates with code, yes for a dated tech post', () => {
    const manual = (head: string) =>
      page(head, `<main>${Array.from({ length: 6 }, (_, i) => `${prose(2)}<pre><code>let x${i} = compute(${i});</code></pre>`).join('')}</main>`);
    const url = 'https://book.example.dev/ch04-understanding-ownership-and-borrowing.html';
    const undated = detectArticle(manual(''), url);
    expect(undated.isArticle).toBe(false);
    expect(undated.reasons.join(' ')).toContain('undated code-heavy page');
    const dated = detectArticle(manual('<meta property="article:published_time" content="2025-12-15T08:00:00Z">'), url);
    expect(dated.isArticle).toBe(true);
    // A few examples in a long post are not a manual.
    const post = page('', `<main>${prose(14)}<pre>a</pre><pre>b</pre><pre>c</pre></main>`);
    expect(detectArticle(post, url).reasons.join(' ')).not.toContain('code-heavy');
  });

  it('takes a date in the address as a dated page: a post with many code samples is no manual', () => {
    const code = Array.from({ length: 4 }, () => `${prose(2)}<pre>let x = 1;</pre>`).join('');
    const reasons = (url: string) => detectArticle(page('', `<article><h1>Rust GCC backend: why and how</h1>${code}</article>`), url).reasons.join(' ');
    expect(reasons('https://blog.example.fr/articles/rust-gcc-backend-why-and-how')).toContain('code-heavy');
    expect(reasons('https://blog.example.fr/articles/2025-12-15+Rust+GCC+backend:+Why+and+how')).not.toContain('code-heavy');
  });

  it('counts paragraphs a page builder wraps one per box as one run', () => {
    const boxed = Array.from({ length: 8 }, (_, i) => `<div class="block"><div class="rich-text"><h2>Part ${i}</h2>${prose(1)}</div></div>`).join('');
    const detection = detectArticle(page('', `<div class="content">${boxed}</div>`), 'https://www.example.org/learn/how-heat-pumps-work-in-cold-climates');
    expect(detection.reasons.join(' ')).toContain('run of 8 paragraphs');
    expect(detection.isArticle).toBe(true);
    // Cards that each hold a title, a blurb and a link are not thin wrappers: no run.
    const cards = Array.from({ length: 8 }, (_, i) => `<div class="card"><h3>Plan ${i}</h3>${prose(1)}<a href="/p/${i}">Buy</a></div>`).join('');
    expect(detectArticle(page('', `<div class="grid">${cards}</div>`), 'https://www.example.org/plans').reasons.join(' ')).toContain('no run of paragraphs');
  });

  it('is fail-safe on a broken document', () => {
    const broken = { querySelectorAll: () => { throw new Error('boom'); } } as unknown as Document;
    expect(detectArticle(broken, 'https://x.example/').isArticle).toBe(false);
  });
});

describe('urlEvidence', () => {
  it.each([
    ['https://x.com/2023/11/02/some-story-here', 'dated path'],
    ['https://x.com/world/europe/leaders-meet-in-brussels-over-budget', 'slug path'],
    ['https://x.com/tag/politics', 'index path'],
    ['https://x.com/forums/thread/1234', 'forum path'],
    ['https://x.com/', 'front page url'],
    ['https://x.com/politics', 'front page url'],
    ['https://x.com/category/gadgets/usb/', 'index path'],
    ['https://old.x.com/r/science/comments/1abc/some_title/', 'forum path'],
    ['https://docs.x.com/en/actions/get-started', 'docs host'],
    ['https://forum.x.com/some-long-thread-title-here', 'forum host'],
    ['https://bbs.x.org/viewtopic.php?id=298271', 'forum host'],
    ['https://www.x.com/showthread.php?t=1930933', 'forum path'],
    ['https://doc.x-lang.org/book/ch04-01-what-is-ownership.html', 'docs host'],
    ['https://blog.x.fr/articles/2025-12-15+Rust+GCC+backend:+Why+and+how', 'dated path'],
    ['https://www.x.com/services/advisory/human-resources/', 'offering path'],
    ['https://www.x.com/us/en/what-we-do/capabilities/applied-ai/articles/data-platform.html', 'offering path'],
    ['https://x.ly/use-cases/transportation/vehicle-maintenance-schedule-checklist', 'offering path'],
  ])('%s → %s', (url, reason) => {
    expect(urlEvidence(url).map((e) => e.reason)).toContain(reason);
  });
});

describe('URL shapes that are not index pages', () => {
  it.each([
    'https://x.com/best-bread-machines/',
    'http://fakehost/test/page.html',
    'https://x.com/p/backup-strategy',
    // A segment that only starts with the word, and the word as the page's own slug, are not the offering folder.
    'https://x.com/news/service-cuts-hit-rural-bus-routes-again',
    'https://x.com/2024/05/01/council-outsources-services',
  ])('%s has no negative URL evidence', (url) => {
    expect(urlEvidence(url).filter((e) => e.weight < 0)).toEqual([]);
  });
});

describe('prose in dense scripts', () => {
  it('counts a run of short Chinese paragraphs as prose', () => {
    const para = '<p>' + '这是一个关于经济政策的新闻报道内容，记者在现场采访了多位专家。'.repeat(2) + '</p>';
    const doc = page('', `<article>${para.repeat(6)}</article>`);
    expect(detectArticle(doc, 'https://news.example.cn/a/20240501/123456.html').reasons.join(' ')).toContain('run of 6 paragraphs');
  });
});

describe('a page that speaks as we', () => {
  const para = (sentence: string) => `<p>${sentence.repeat(3)}</p>`;
  const service = para('We help growing companies plan their data work, and our consultants stay with you until the project is live. ');
  const report = para('US officials said on Tuesday that the talks with the union would resume next week after a long pause in the city. ');

  it.each([
    ['a service page presenting its owner', service, true],
    ['a report that names the US', report, false],
  ])('%s', (_name, paragraph, flagged) => {
    const detection = detectArticle(page('', `<main>${paragraph.repeat(6)}</main>`), 'https://www.example.com/data-analytics-consulting-services/');
    expect(detection.reasons.some((r) => r.startsWith('prose speaks as we'))).toBe(flagged);
  });

  it('needs enough words to judge', () => {
    const detection = detectArticle(page('', `<main>${service}</main>`), 'https://www.example.com/about-our-team-and-values/');
    expect(detection.reasons.join(' ')).not.toContain('prose speaks as we');
  });
});

describe('og:type website', () => {
  it('leans only a little away: a post its template marks website, with a slug and a run of prose, is an article', () => {
    const doc = page('<meta property="og:type" content="website">', `<div class="post">${prose(5)}</div>`);
    const detection = detectArticle(doc, 'https://cloud.example.com/learn/what-is-cloud-computing');
    expect(detection.reasons).toContain('og:type website (-0.25)');
    expect(detection.isArticle).toBe(true);
  });
});

describe('paragraphs set apart by line breaks', () => {
  const sentence = 'The council voted on Tuesday to close the old bridge for repairs, the mayor told reporters outside the hall.';
  const broken = (n: number) => Array.from({ length: n }, () => sentence).join('<br><br>');

  it('counts the text between <br>s of one element as a run, as a <p> run is counted', () => {
    const doc = page('<meta property="og:type" content="article">', `<div class="main"><p class="detail">${broken(6)}</p></div>`);
    const detection = detectArticle(doc, 'https://news.example.jp/pickup/6232345');
    expect(detection.reasons.join(' ')).toContain('run of 6 paragraphs');
    expect(detection.isArticle).toBe(true);
  });

  it('does not count short lines, links, or text inside child blocks', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Line ${i}`).join('<br>');
    const links = Array.from({ length: 6 }, () => `<a href="/x">${sentence}</a>`).join('<br>');
    const blocks = Array.from({ length: 6 }, () => `<div>${sentence}</div>`).join('<br>');
    for (const body of [lines, links, blocks]) {
      expect(detectArticle(page('', `<div>${body}</div>`), 'https://x.example/a').reasons.join(' ')).not.toMatch(/run of [3-9]/);
    }
  });

  it('reads a bounded number of nodes: text past the budget on a page of endless lines is not reached', () => {
    const lines = Array.from({ length: 12_000 }, (_, i) => `line ${i}`).join('<br>');
    expect(brokenTextRun(page('', `<div>${lines}<br>${broken(6)}</div>`), (text) => text.length).run).toBe(0);
    expect(brokenTextRun(page('', `<div>${broken(6)}<br>${lines}</div>`), (text) => text.length).run).toBe(6);
  });

  it('leaves out posts of a thread: boxes of one kind that each hold such text', () => {
    const posts = Array.from({ length: 4 }, () => `<div class="post-body">${broken(5)}</div>`).join('');
    const detection = detectArticle(page('', posts), 'https://board.example.com/threads/which-bridge-closes-first.123/');
    expect(detection.reasons.join(' ')).not.toContain('run of 5 paragraphs');
  });
});

describe('a headline that names an offering', () => {
  const reasons = (h1: string) => detectArticle(page('', `<main><h1>${h1}</h1>${prose(4)}</main>`), 'https://www.example.com/x/y').reasons.join(' ');

  it.each(['Cybersecurity Consulting Services', 'Private Music Lessons', 'Consulting', 'New York Business formation lawyer'])('"%s" leans away from an article', (h1) => {
    expect(reasons(h1)).toContain('headline names an offering (-1)');
  });

  it.each(['Best Online MBA Programs', 'Do I Need Travel Insurance?', 'Certificate vs Certification', 'The 12 Best Catering Services'])(
    '"%s" does not: it ranks, asks or compares',
    (h1) => {
      expect(reasons(h1)).not.toContain('headline names an offering');
    },
  );

  it('weighs little against a report: a news headline ending in such a word stays an article on its other evidence', () => {
    const doc = page(
      `<script type="application/ld+json">{"@type":"NewsArticle"}</script><meta property="article:published_time" content="2024-05-01T10:00:00Z">`,
      `<article><h1>Council cuts bus services</h1>${prose(6)}</article>`,
    );
    const detection = detectArticle(doc, 'https://news.example.com/2024/05/01/council-cuts-bus-services');
    expect(detection.reasons.join(' ')).toContain('headline names an offering');
    expect(detection.isArticle).toBe(true);
  });

  it('reads the declared title when the page has no <h1>', () => {
    const doc = page('<meta property="og:title" content="Data Analytics Consulting">', `<main>${prose(4)}</main>`);
    expect(detectArticle(doc, 'https://www.example.com/x/y').reasons.join(' ')).toContain('headline names an offering');
  });
});
