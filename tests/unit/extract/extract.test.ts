import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { removeNotProse } from '../../../lib/extract/body';
import { authorNames, inNameCase, visibleNames } from '../../../lib/extract/authors';
import { canonicalUrl } from '../../../lib/extract/canonical-url';
import { metaTable } from '../../../lib/extract/meta-table';
import { isoDate } from '../../../lib/extract/dates';
import { serializePage } from '../../../lib/extract/serialize';
import { bylineNames, datedNameLine, elementNames } from '../../../lib/extract/byline';
import { readMetadata } from '../../../lib/extract/metadata';
import { articleTitle, headingText, headlineElements, stripSite } from '../../../lib/extract/title';
import { firstWrittenDate, writtenDates } from '../../../lib/extract/written-dates';

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story tells what the council decided on Tuesday and why residents care about it so much.</p>`).join('');

const doc = (html: string) => new JSDOM(html).window.document;

const ARTICLE = `<!doctype html><html lang="en"><head>
<title>Council backs new bridge | The Daily Example</title>
<link rel="canonical" href="https://daily.example/news/council-backs-new-bridge">
<meta property="og:site_name" content="The Daily Example">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council backs new bridge",
"author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],"datePublished":"2024-03-05T09:30:00+01:00"}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>Council backs new bridge</h1><p class="byline">By Jane Doe and John Roe</p>
${prose(6)}<p>Read more: Other things happened elsewhere today</p></article><footer>© 2024</footer></body></html>`;

describe('extractArticle', () => {
  it('extracts metadata and clean paragraphs', () => {
    const article = extractArticle(doc(ARTICLE), 'https://daily.example/news/council-backs-new-bridge?utm_source=x#top');
    expect(article).not.toBeNull();
    expect(article!.title).toBe('Council backs new bridge');
    expect(article!.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(article!.outlet).toBe('The Daily Example');
    expect(article!.published).toBe('2024-03-05T09:30:00+01:00');
    expect(article!.url).toBe('https://daily.example/news/council-backs-new-bridge');
    expect(article!.lang).toBe('en');
    expect(article!.paragraphs.some((p) => p.startsWith('Read more'))).toBe(false);
    expect(article!.text).toBe(article!.paragraphs.join('\n\n'));
  });

  it('stores words whole: soft hyphens and zero-width spaces taken out, joiners kept', () => {
    const shy = '\u00ad';
    const page = ARTICLE.replace('</article>', `<p>Der Wirkstoff Sema${shy}glutid hat neue Ma${shy}ßstäbe gesetzt, meint ${shy}Aberle.\u200b</p><p lang="fa">می\u200cخواهم</p></article>`);
    const article = extractArticle(doc(page), 'https://daily.example/news/council-backs-new-bridge')!;
    expect(article.paragraphs).toContain('Der Wirkstoff Semaglutid hat neue Maßstäbe gesetzt, meint Aberle.');
    expect(article.paragraphs).toContain('می\u200cخواهم');
    expect(article.text).not.toMatch(/[\u00ad\u200b]/);
  });

  it('returns null for a page without a body', () => {
    expect(extractArticle(doc('<html><body><p>Short.</p></body></html>'), 'https://x.example/')).toBeNull();
  });

  it('returns null and warns instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(extractArticle({} as Document, 'https://x.example/')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('headline furniture and link boxes', () => {
  const page = (beforeBody: string, afterBody = '') =>
    doc(`<!doctype html><html lang="fr"><head><title>Un article</title></head><body><article>
      <h1>Un article</h1>${beforeBody}<section class="article__content">${prose(6)}</section>${afterBody}</article></body></html>`);

  it('leaves out the kicker, standfirst, byline, reading time and audio note', () => {
    const extracted = extractArticle(
      page(`<p class="article__kicker">Guerre en Ukraine</p>
        <p class="article__desc">Le président russe a invité son homologue chinois à Moscou au printemps.</p>
        <div class="article-byline">by <span>The News Desk</span> <time>December 25, 2022 8:54 PM</time> <span class="reading-time">1 min read</span></div>
        <div class="audio-player"><button>▶</button><span class="audio-player__note">This audio is created with AI assistance</span></div>`),
      'https://example.fr/international/un-article',
    );
    expect(extracted?.paragraphs).toHaveLength(6);
    expect(extracted?.paragraphs[0]).toMatch(/^Paragraph 0/);
  });

  it('drops a labelled box of links after the body ("À lire aussi"), in any listed language', () => {
    const box = (label: string) =>
      `<section aria-label="${label}"><h2>${label}</h2><ul><li><a href="/a">La Chine et la Russie mènent des exercices navals conjoints</a></li><li><a href="/b">Dmitri Medvedev reçu à Pékin</a></li></ul></section>`;
    for (const label of ['À lire aussi', 'Read more', 'Lesen Sie auch']) {
      expect(extractArticle(page('', box(label)), 'https://example.fr/a')?.paragraphs).toHaveLength(6);
    }
  });

  it('drops affiliate disclaimers and the text of modal dialogs', () => {
    const extracted = extractArticle(
      page(`<div class="disclaimer-container"><p class="disclaimer">Products are chosen independently by our editors. Purchases made through our links may earn us a commission.</p></div>
        <div class="disclosure-modal-container"><p>Many of the credit card offers that appear on this site are from companies from which we receive compensation.</p></div>`),
      'https://example.fr/a',
    );
    expect(extracted?.text).not.toMatch(/chosen independently|credit card offers/);
    expect(extracted?.paragraphs).toHaveLength(6);
  });

  it("drops a consent manager's dialog however many paragraphs it holds, but keeps an article shown in a dialog", () => {
    const policy = Array.from(
      { length: 9 },
      (_, i) => `<p>Section ${i}: if you are a California consumer, you have the right, at any time, to direct a business that sells your personal information to third parties not to sell it, and we will honour that request.</p>`,
    ).join('');
    const preferenceCentre = `<div id="onetrust-pc-sdk" role="region" aria-modal="true" class="ot-hide"><h2>CCPA Right to Opt-Out</h2>${policy}</div>`;
    const withDialog = extractArticle(
      doc(`<!doctype html><html lang="en"><body><div class="page"><h1>Nepal disputes bird strike</h1>${prose(4)}</div>${preferenceCentre}</body></html>`),
      'https://example.com/world/nepal-bird-strike',
    );
    expect(withDialog?.text).not.toMatch(/California consumer/);
    expect(withDialog?.text).toContain('Paragraph 3 of the story');

    const articleInDialog = extractArticle(
      doc(`<!doctype html><html lang="en"><body><ul><li><a href="/a">Another story</a></li></ul><div role="dialog" aria-modal="true"><h1>Nepal disputes bird strike</h1>${prose(6)}</div></body></html>`),
      'https://example.com/world/nepal-bird-strike',
    );
    expect(articleInDialog?.paragraphs).toHaveLength(6);
  });

  it('takes out boxes the page hides with the hidden attribute (a closed menu, a cookie notice) and <dialog>s, unless one holds the headline', () => {
    const page = doc(`<!doctype html><html><body><nav hidden><ul><li><a href="/ads">Advertising With Us</a></li></ul></nav>
      <div hidden id="disclaimer"><p>We independently select everything we recommend. Buying through us may earn us a commission.</p></div>
      <div hidden id="loading"><h1>Wine prices rise</h1>${prose(3)}</div>
      <dialog><p>Sign up for our newsletter and get the day's wine news in your inbox every morning.</p></dialog></body></html>`);
    removeNotProse(page);
    expect(page.querySelector('nav')).toBeNull();
    expect(page.querySelector('dialog')).toBeNull();
    expect(page.getElementById('disclaimer')).toBeNull();
    expect(page.getElementById('loading')).not.toBeNull();
  });

  it('takes out a box a CSS framework hides by its class, unless a responsive class shows it or it holds a run of paragraphs', () => {
    const page = doc(`<!doctype html><html><body>
      <div class="article-block sign-in-group hidden" id="paywall"><p>Subscribe now to read the latest news in your city and across Canada.</p></div>
      <div class="hidden md:block" id="sidebar-text"><p>Shown on wide screens.</p></div>
      <div class="article-rest hidden" id="read-more">${prose(3)}</div>
      <div class="is-hidden-label" id="label"><p>Not the framework's class.</p></div></body></html>`);
    removeNotProse(page);
    expect(page.getElementById('paywall')).toBeNull();
    expect(page.getElementById('sidebar-text')).not.toBeNull();
    expect(page.getElementById('read-more')).not.toBeNull();
    expect(page.getElementById('label')).not.toBeNull();
  });

  it('drops reading-time lines whatever the language', () => {
    const extracted = extractArticle(page('<p>Par Claire Dubois · Publié le 30 décembre 2022 · Lecture 3 min.</p>'), 'https://example.fr/a');
    expect(extracted?.paragraphs.some((p) => /Lecture 3 min/.test(p))).toBe(false);
  });

  it('keeps a long box whose class sounds like furniture, even when its text is not in <p>s', () => {
    const blocks = Array.from({ length: 6 }, (_, i) => `<div>Block ${i} of the story tells what the council decided on Tuesday and why residents care about it so much.</div>`).join('');
    const extracted = extractArticle(
      doc(`<!doctype html><html><body><article><h1>Council backs bridge</h1><div class="entry-meta">${blocks}</div></article></body></html>`),
      'https://example.com/a',
    );
    expect(extracted?.text).toContain('Block 5 of the story');
  });

  it('keeps a box of paragraphs even when its class sounds like furniture', () => {
    const extracted = extractArticle(
      doc(`<!doctype html><html><body><article><div class="entry-meta-wrap">${prose(6)}</div></article></body></html>`),
      'https://example.com/a',
    );
    expect(extracted?.paragraphs).toHaveLength(6);
  });
});

describe('metadata rules', () => {
  it('decodes character references a page left in its JSON-LD headline and author', () => {
    const ld = '{"@type":"NewsArticle","headline":"Plumbing Rates &amp; How to Price Jobs","author":{"name":"Conan O&#8217;Brien"}}';
    const html = `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><article>${prose(6)}</article></body></html>`;
    const extracted = extractArticle(doc(html), 'https://example.com/a');
    expect(extracted?.title).toBe('Plumbing Rates & How to Price Jobs');
    expect(extracted?.authors).toEqual(['Conan O’Brien']);
  });

  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Von Anna Schmidt, Berlin Correspondent', ['Anna Schmidt']],
    ['Jane Doe | March 3, 2024', ['Jane Doe']],
    ['Anne-Marie Slaughter', ['Anne-Marie Slaughter']],
    ['Jean-Luc Aufranc (CNXSoft)', ['Jean-Luc Aufranc']],
    ['Paramita (Guha) Ghosh', ['Paramita (Guha) Ghosh']],
    ['Richard (R.J.) Eskow', ['Richard (R.J.) Eskow']],
    ['Dan Jervis-Bardy - Reuters', ['Dan Jervis-Bardy']],
    ['Lisa Greene–Lewis Agency', ['Lisa Greene']],
    ['O&#8217;Brien Smith', ['O’Brien Smith']],
    ['Laura Eßlinger', ['Laura Eßlinger']],
    ['María y José Pérez', ['María', 'José Pérez']],
    ['Written by', []],
    ['Tom May', ['Tom May']],
    ['Jane March, Updated May 5', ['Jane March']],
    ['By Haley Hoekstra • March 12, 2025', ['Haley Hoekstra']],
    ['Jane Doe · 3 hours ago', ['Jane Doe']],
    ['by: Ziyi Xu', ['Ziyi Xu']],
    ['Authors:Aniruddha Roy, Jyoti Patel', ['Aniruddha Roy', 'Jyoti Patel']],
    ['Thank you friend!', []],
    ['Categories: Uncategorized', []],
    ['admin', []],
    ['Emma Ryan Writer', ['Emma Ryan']],
    ['Oliver Simpson Senior Research Executive', ['Oliver Simpson']],
    ['Staff Writer', []],
    ['Researched by', []],
    ['Fact checked by', []],
    ['Fact Checked', []],
    ['Sat, 20 Dec, 2025 - 06:36', []],
    ['Expert Reviewer', []],
    ['Jane Doe for Reuters', ['Jane Doe']],
    ['Niko Matsakis on behalf of Vision Doc group', ['Niko Matsakis']],
    ['Associated Press in Valencia', ['Associated Press']],
    ['Adam Vidler and AP', ['Adam Vidler', 'AP']],
    ['Jillian Kubala, MS, RD', ['Jillian Kubala']],
    ['Kim Rose-Francis RDN, CDCES, LD', ['Kim Rose-Francis']],
    ['Michael Greger M.D. FACLM', ['Michael Greger']],
    ['Jane Do', ['Jane Do']],
    ['Adrien Ramirez, 4+ years covering computer hardware, software, and science', ['Adrien Ramirez']],
    ['By Jane Doe, who reported from Kyiv, and John Roe', ['Jane Doe']],
    ['AA', ['AA']],
    ['Jo', []],
    ['Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun', ['Takeo Maeda', 'Tatsuya Tanoue']],
    ['AC/DC Fan', ['AC/DC Fan']],
  ])('authorNames(%s)', (raw, names) => expect(authorNames(raw)).toEqual(names));

  it.each([
    ['VLADIMIR ISACHENKOV', 'Vladimir Isachenkov'],
    ["SEAN O'NEILL", "Sean O'Neill"],
    ['JEAN-LUC DE LA ROCHE', 'Jean-Luc de la Roche'],
    ['JÖRG ZSCHOCHE', 'Jörg Zschoche'],
    ['TJ HOLMES', 'TJ Holmes'],
    ['AFP', 'AFP'],
    ['Jane McDONALD', 'Jane McDONALD'],
  ])('inNameCase(%s)', (name, cased) => expect(inNameCase(name)).toBe(cased));

  it.each([
    ['2024-03-05T09:30:00+01:00', '2024-03-05T09:30:00+01:00'],
    ['2024-03-05T09:30:00Z', '2024-03-05T09:30:00Z'],
    ['2024-03-05', '2024-03-05'],
    ['not a date', null],
  ])('isoDate(%s)', (raw, iso) => expect(isoDate(raw)).toBe(iso));

  it('strips the site from titles', () => {
    expect(stripSite('Council backs new bridge | The Daily Example', 'The Daily Example')).toBe('Council backs new bridge');
    expect(stripSite('Daily Example - Council backs new bridge', 'Daily Example')).toBe('Council backs new bridge');
  });

  it.each([
    ['a section before the site, with the same separator', 'How meditation rewires brains | Patient Education | UC Davis Health', 'How meditation rewires brains'],
    ['the site named twice', 'Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst - Artlyst', 'Critics’ Choice: Best UK Art Exhibitions 2025'],
    ['a headline whose own dash comes before the site', 'Rückschlag im Titelkampf - Liverpool verliert bei Everton | sportschau.de', 'Rückschlag im Titelkampf - Liverpool verliert bei Everton'],
    ['never more than two parts', 'Big council vote on the bridge | Part two | News | Site', 'Big council vote on the bridge | Part two'],
  ])('stripSite: %s', (_, title, stripped) => expect(stripSite(title, 'Artlyst')).toBe(stripped));

  it('takes soft hyphens and zero-width spaces out of a title and keeps the joiners Persian writes with', () => {
    expect(articleTitle(['Sema\u00adglutid\u200b kommt'], [], null)).toBe('Semaglutid kommt');
    expect(articleTitle(['می\u200cخواهم بروم'], [], null)).toBe('می\u200cخواهم بروم');
  });

  it('takes the whole title where the JSON-LD headline was cut at 110 characters', () => {
    const whole = 'Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Universal Trick)';
    const cut = whole.slice(0, whole.lastIndexOf(' (Including') + 11);
    expect(articleTitle([cut, `${whole} - Emily Henderson`], [], 'Emily Henderson')).toBe(whole);
    expect(articleTitle(['Council backs new bridge', 'Council backs new bridge after a long night'], [], null)).toBe('Council backs new bridge');
  });

  it('takes the declared title an <h2> says over a shorter <h1> (a section name), not over a longer one (the headline)', () => {
    const babies = 'Babies Who Eat Peanuts Early May Avoid Allergy';
    expect(articleTitle([babies], ['Allergies Health Center'], null, () => ['Tools & Resources', babies])).toBe(babies);
    const headline = 'An introduction to social commerce: What brands need to know in 2026';
    expect(articleTitle(['What is Social Commerce - A guided introduction | Emplifi'], [headline], 'Emplifi', () => ['What is social commerce?'])).toBe(headline);
  });

  it("keeps an <h1> that shares no word with a site's slogan when the address agrees with the <h1>", () => {
    const post = 'Enameled Cast Iron Pan and Metal';
    expect(articleTitle(['The heart of the internet'], [post], null, () => [], 'https://forum.example/r/castiron/comments/1x2y3z/enameled_cast_iron_pan_and_metal/')).toBe(post);
    // The address says nothing for either: the declared title, not a box's label.
    expect(articleTitle(['Council backs new bridge'], ['Return to Main Website'], null, () => [], 'https://news.example/a/123456')).toBe('Council backs new bridge');
  });

  it('skips a declared title cut in the middle of a character (a CMS that cuts by bytes)', () => {
    const whole = 'شعر وردي يُشعل السخرية… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب';
    expect(articleTitle([`${whole.slice(0, 60)}\uFFFD`, whole], [], null)).toBe(whole);
  });

  it.each([
    ['a heading that agrees with the declared title modulo the site', ['Council backs new bridge | The Daily Example'], ['Council backs new bridge'], 'Council backs new bridge'],
    ['a heading whose spans lost the kicker colon', ['Ausschuss zur Ahrtal-Flut: Zwei Rücktritte'], ['Ausschuss zur Ahrtal-Flut Zwei Rücktritte'], 'Ausschuss zur Ahrtal-Flut: Zwei Rücktritte'],
    ['a declared title that adds a kicker to the heading', ['Kenia: Nairobi von unten'], ['Nairobi von unten'], 'Kenia: Nairobi von unten'],
    ['a heading that adds a kicker to the declared title', ['Rückschlag im Titelkampf'], ['Premier League Rückschlag im Titelkampf'], 'Rückschlag im Titelkampf'],
    ['a heading that begins with a year the declared title leaves out (a number is no kicker)', ['Software Price Guide & Rate Comparison'], ['2025 Software Price Guide & Rate Comparison'], '2025 Software Price Guide & Rate Comparison'],
    ['a heading that ends in a question mark the declared title leaves out', ["Cloud Computing Innovations: What's Next in 2025 | The Daily Example"], ["Cloud Computing Innovations: What's Next in 2025?"], "Cloud Computing Innovations: What's Next in 2025?"],
    ['a heading equal to the part before a separator', ['„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung'], ['„Unermüdlicher Einsatz“'], '„Unermüdlicher Einsatz“'],
    ['a declared title wrapped in quotes or markdown', ['"What is Git and How Does It Work?"'], ['What is Git and How Does It Work?'], 'What is Git and How Does It Work?'],
    ['a declared title that ends in a mark the heading does not show', ['Home gym must-haves for every budget ⋆'], ['Home gym must-haves for every budget'], 'Home gym must-haves for every budget'],
    ['a visible headline that says something else than the SEO title', ['Best Cloud Stocks of 2025 | The Daily Example'], ['Investing in Cloud Computing Stocks'], 'Investing in Cloud Computing Stocks'],
    ['a heading too long to be a headline (an SEO blurb in an <h1>)', ['Best Home Improvement Projects | The Daily Example'], [`Learn which home renovations have the best return. ${'Get expert tips on how to understand and calculate it. '.repeat(3)}`], 'Best Home Improvement Projects'],
    ['a heading too short to be a headline', ['Packing Tips Guide | The Daily Example'], ['Blog'], 'Packing Tips Guide'],
    ['headings that share no word with the declared title (a site link, a contact box)', ['Addressing Cybersecurity Concerns Around the Smart Home – The Daily Example'], ['Contact Us', 'Return to Nationwide Website'], 'Addressing Cybersecurity Concerns Around the Smart Home'],
    ['no heading', ['Council backs new bridge - The Daily Example'], [], 'Council backs new bridge'],
  ])('articleTitle: %s', (_, declared, headings, title) => expect(articleTitle(declared, headings, 'The Daily Example')).toBe(title));

  it('skips headings that link home or are for screen readers only', () => {
    const page = doc(`<body><header><h1 class="site-title"><a href="https://daily.example/">The Daily Example</a></h1>
      <h1><a href="/" rel="home">Logo</a></h1><h1 class="screen-reader-text">Post navigation</h1></header>
      <article><h1>Council backs <a href="/tags/bridge">new bridge</a></h1></article></body>`);
    expect(headlineElements(page, 'https://daily.example/news/bridge').map((h) => h.textContent)).toEqual(['Council backs new bridge']);
  });

  it.each([
    ['Last updated: August 19, 2025', '2025-08-19'],
    ['Updated Dec 15th 2025 · 5 min read', '2025-12-15'],
    ['Saturday20 December, 2025', '2025-12-20'],
    ['Veröffentlicht am 16. März 2024, 10:15 Uhr', '2024-03-16'],
    ['Publié le 3 févr. 2024', '2024-02-03'],
    ['5 de marzo de 2024', '2024-03-05'],
    ['2 listopada 2023', '2023-11-02'],
    ['14 ноября 2025', '2025-11-14'],
    ['Cureus. 2023 Jan 7;15(1)', '2023-01-07'],
    ['Last Updated: 2025-02-22', '2025-02-22'],
    ['By The Currency editors 12.12.2025', '2025-12-12'],
    ['2025年12月18日 10:00', '2025-12-18'],
    ['2025. 12. 18. 오전 10:00', '2025-12-18'],
    ['03/01/2017 by Agatha Caleo', '2017-03-01'],
    ['Posted on the 15/12/2025 at 19:00', '2025-12-15'],
    ['Sweat August 16, 2019 - Updated July 9, 2025', '2019-08-16'],
    ['By Dr. Vahid Osman - Mar 27, 2024', '2024-03-27'],
    ['12. marraskuuta 2024', '2024-11-12'],
    ['2 hours ago', null],
    ['Top 10 tips for 2025', null],
  ])('firstWrittenDate(%s)', (text, date) => expect(firstWrittenDate(text)).toBe(date));

  it.each([
    ['es', '2024-12-02'],
    ['en-GB', '2024-12-02'],
    ['en-US', '2024-02-12'],
    ['en', '2024-02-12'],
    [undefined, '2024-02-12'],
  ])('a slashed date reads the way the page language %s writes it', (lang, date) => expect(writtenDates('Publicado 02/12/2024', lang)[0]?.date).toBe(date));

  it.each([
    [['Council backs bridge', 'By', 'Jane Doe', 'and', 'John Roe', 'March 3, 2024'], ['Jane Doe', 'John Roe']],
    [['Von Anna Schmidt', '16. März 2024'], ['Anna Schmidt']],
    [['Par Jean Dupont | 3 mars 2024'], ['Jean Dupont']],
    [['By Dr Marna van der Merwe'], ['Dr Marna van der Merwe']],
    [['By the time the council met, the bridge was closed'], []],
    [['AVIATION NEWS'], []],
    [['Jane Doe'], []],
    [['Written By:', 'Cazzy Magennis', 'Last Updated:'], ['Cazzy Magennis']],
    [['Author', 'Lisa D. Ellis'], ['Lisa D. Ellis']],
    [['Autor: Jan Sellner'], ['Jan Sellner']],
    [['Autorin/Autor', 'Roman Goncharenko'], ['Roman Goncharenko']],
    [['By signing up, you agree to the Terms, Privacy Policy.'], []],
    [['This post was written by Danielle Padula, Head of Marketing and Community Development'], ['Danielle Padula']],
    [['Contributors: Janet Loughrey'], ['Janet Loughrey']],
    [['Medically reviewed', 'by', 'Kim Rose-Francis'], []],
    [['By Jane Doe, Founder and CEO'], ['Jane Doe']],
  ])('bylineNames(%j)', (lines, names) => expect(bylineNames(lines)).toEqual(names));

  it.each([
    ['5 min read', []],
    ['Follow Sarah', []],
    ['Foto: Bild: SN/APA/KEYSTONE', []],
    ['View all posts by Ray Ansari', []],
    ['Jane Doe', ['Jane Doe']],
  ])('visibleNames(%s)', (raw, names) => expect(visibleNames(raw)).toEqual(names));

  it.each([
    ['a name set apart from its date by blocks', '<div><p>Luke Kim</p><time>December 17, 2025</time></div>', ['Luke Kim']],
    ['names in inline links', '<p>By <a href="/a">Jane Doe</a> and <a href="/b">John Roe</a></p>', ['Jane Doe', 'John Roe']],
    ['a label line before the name', '<div><div>Written By:</div><div>Cazzy Magennis</div><div>Last Updated:</div></div>', ['Cazzy Magennis']],
    ['the name, not the bio under it', '<div><h4>Liz Kenny</h4><p>Former McKinsey Consultant</p></div>', ['Liz Kenny']],
    ['not an avatar\'s initials', '<div><div>CP</div><div>Chengcheng Pei</div></div>', ['Chengcheng Pei']],
  ])('elementNames: %s', (_, html, names) => expect(elementNames(doc(`<body>${html}</body>`).body.firstElementChild!)).toEqual(names));

  it.each([
    ['a class token that names the author name', '<div class="post-hero__author__name">Christian Winter</div>', ['Christian Winter']],
    ['a class token that speaks of the author', '<div class="pillar-header-author"><div>Author</div><div>Isaiah Shelton</div></div>', ['Isaiah Shelton']],
    ['a link to the author page', '<p><a href="/authors/chris-toy">Chris Toy</a> · March 17, 2025</p>', ['Chris Toy']],
    ['links to a search by author', '<ul><li><a href="/library/?_author=John%20A.%20Alic">John A. Alic</a></li><li><a href="/library/?_author=Edward%20S.%20Rubin">Edward S. Rubin</a></li></ul>', ['John A. Alic', 'Edward S. Rubin']],
    ['not an author box picture, bio or comment', '<div class="author-avatar"><img alt=""> Jane Doe</div><div class="author-bio">Jane writes</div><p class="comment-author">Hi Prince</p>', []],
    ['not a comment by the post author', '<ol><li class="comment byuser bypostauthor"><p>Hi Lori</p></li></ol>', []],
    ['not the post whose classes name its author', '<article class="post hentry author-jane"><p>Where to buy</p></article>', []],
    ['the name before a long bio', `<div class="blog-author"><h4>Bence Kovács</h4><p>${'Bence writes about audio software. '.repeat(20)}</p></div>`, ['Bence Kovács']],
  ])('authors from page elements: %s', (_, html, names) => {
    const page = doc(`<body><h1>Council backs new bridge</h1><p>${'Text. '.repeat(200)}</p>${html}</body>`);
    expect(readMetadata(page, 'https://daily.example/a').authors).toEqual(names);
  });

  it.each([
    ['an organization alone gives way to the visible byline', '{"@type":"Organization","name":"Daily Clinic"}', '<p>By Holly Wilgus</p>', ['Holly Wilgus']],
    ['the outlet named as author gives way to the visible byline', '"The Daily Example"', '<p>By Holly Wilgus</p>', ['Holly Wilgus']],
    ['an organization alone is kept when no person is named', '{"@type":"Organization","name":"Daily Clinic"}', '<p>Text</p>', ['Daily Clinic']],
    ['an organization beside a person is kept, as declared', '[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"AFP"}]', '', ['Jane Doe', 'AFP']],
    ['the outlet beside a person is kept, as declared', '[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"The Daily Example"}]', '<p>By Jane Doe</p>', ['Jane Doe', 'The Daily Example']],
    ['people named by given and family name', '[{"@type":"Person","givenName":"Anna Giulia","familyName":"Fink"},{"@type":"Person","givenName":"Birgit","familyName":"Baumann"}]', '<p>Birgit Baumann</p>', ['Anna Giulia Fink', 'Birgit Baumann']],
  ])('authors: %s', (_, author, byline, names) => {
    const ld = `{"@type":"NewsArticle","headline":"Council backs new bridge","author":${author},"publisher":{"@type":"Organization","name":"The Daily Example"}}`;
    const page = doc(`<head><script type="application/ld+json">${ld}</script></head><body><h1>Council backs new bridge</h1>${byline}</body>`);
    expect(readMetadata(page, 'https://daily.example/a').authors).toEqual(names);
  });

  it.each([
    ['a name above the date', ['HR shared services explained', 'Elliot Raba', '23.07.2025', '·', '6 min read'], ['Elliot Raba']],
    ['a name after the date and a dot', ['Best mattress for side sleepers', 'March 3, 2024', '|', 'Youval Meicler'], ['Youval Meicler']],
    ['a name with no date beside it', ['Best mattress for side sleepers', 'Youval Meicler', 'Side sleepers need a softer mattress.'], []],
    ['labels beside the date', ['Top strategies', 'Posted On', 'March 3, 2024', 'No Comments', 'In This Article', 'March 3, 2024'], []],
    ['the headline itself', ['Thoughts on Zig', 'August 25, 2025'], []],
    ['a name, its role and the date on one line', ['How AI is transforming healthcare', 'Aaron Ricadela | Senior Writer | July 2, 2025'], ['Aaron Ricadela']],
    ['a name and its category after the date', ['Project management software pricing', 'Dec 26, 2025', '•', 'Mahua Das in', 'Project Management'], ['Mahua Das']],
    ['two categories and no date on one line', ['Project management software pricing', 'Project Management | Cost Guides'], []],
  ])('datedNameLine: %s', (_, lines, names) => expect(datedNameLine(lines, 'en')).toEqual(names));

  it('adds the co-authors marked up beside the headline that the declared data leaves out, not the authors of related posts', () => {
    const ld = '{"@type":"NewsArticle","headline":"Council backs new bridge","author":[{"@type":"Person","name":"Marlene Holm"}]}';
    const byline = (name: string) => `<div itemscope itemtype="http://schema.org/Person"><a rel="author" itemprop="url name" href="mailto:x@db.example"><span>${name.split(' ')[0]}</span> <span>${name.split(' ')[1]}</span></a></div>`;
    const related = `<aside>${'<p>Other news. </p>'.repeat(150)}<a rel="author" href="/a/joe">Joe Roe</a></aside>`;
    const page = doc(`<head><script type="application/ld+json">${ld}</script></head><body><h1>Council backs new bridge</h1>${byline('Ingrid Treborg')}${byline('Marlene Holm')}<p>${'Text. '.repeat(200)}</p>${related}</body>`);
    expect(readMetadata(page, 'https://www.db.example/a').authors).toEqual(['Ingrid Treborg', 'Marlene Holm']);
  });

  it('adds the co-authors the byline under the headline names beside the declared author', () => {
    const page = (byline: string) => doc(`<head><meta name="author" content="Marna van der Merwe"></head><body><h1>HR trends for 2026</h1><p>${byline}</p><p>${'Text. '.repeat(50)}</p></body>`);
    expect(readMetadata(page('Written by <a>Dr Marna van der Merwe</a>, <a>Erik van Vulpen</a>'), 'https://hr.example/a').authors).toEqual(['Dr Marna van der Merwe', 'Erik van Vulpen']);
    expect(readMetadata(page('By <a>Erik van Vulpen</a>, <a>Dieter Veldsman</a></p><p>Reviewed with Marna van der Merwe'), 'https://hr.example/a').authors).toEqual(['Marna van der Merwe']);
  });

  const firstPerson = 'I spent a week moving my database to a box I rent, and it taught me more than I expected. ';
  const ownPost = 'We moved our database to a rented box last week, and it was cheaper than the managed one. ';
  it.each([
    ['the site named after its owner, in its home link', 'https://pierce.dev/notes/a', 'Notes', '<a href="/">Pierce Freeman</a>', firstPerson, ['Pierce Freeman']],
    ['the host spelling the whole name, in the title', 'https://www.pollybarks.com/blog/a', 'Zero waste | Polly Barks', '', firstPerson, ['Polly Barks']],
    ['not when the post speaks as "we"', 'https://pierce.dev/notes/a', 'Notes', '<a href="/">Pierce Freeman</a>', ownPost, []],
    ['not a name the host does not spell', 'https://blog.example/a', 'Notes | Pierce Freeman', '', firstPerson, []],
    ['not a publication named like a person', 'https://blog.engora.com/a', 'Notes | Engora Data Blog', '', firstPerson, []],
    ['the words of a site name the host spells', 'https://www.brettlarkin.com/a', 'Yoga mats – Brett Larkin Yoga', '', firstPerson, ['Brett Larkin']],
    ['a first name in the byline, completed', 'https://www.brettlarkin.com/a', 'Yoga mats – Brett Larkin Yoga', '<p class="byline">By Brett</p>', firstPerson, ['Brett Larkin']],
    ['a first name that is not the owner\'s, kept', 'https://www.brettlarkin.com/a', 'Yoga mats – Brett Larkin Yoga', '<p class="byline">By Susan</p>', firstPerson, ['Susan']],
  ])('the site owner when nothing names an author: %s', (_, url, title, header, text, names) => {
    const page = doc(`<head><title>${title}</title></head><body><header>${header}</header><h1>Self-hosting Postgres</h1><p>${text.repeat(12)}</p></body>`);
    expect(readMetadata(page, url).authors).toEqual(names);
  });

  it.each([
    ['<a href="/us/blog/authors/juliette-carreiro">Articles by Juliette</a>', ['Juliette Carreiro']],
    ['<a href="/author/jane-doe/">View profile</a>', []],
    ['<a href="/author/jdoe">Posts by jdoe</a>', []],
    ['<a href="/author/jane-doe-4">Articles by Jane</a>', []],
  ])('reads the name an author page link spells when its text names the person in part: %s', (link, names) => {
    const page = doc(`<body><h1>Cloud computing innovations</h1><p>${'Text. '.repeat(50)}</p><div>${link}</div></body>`);
    expect(readMetadata(page, 'https://blog.example/a').authors).toEqual(names);
  });

  it.each([
    [
      'every writer an author box links, each on a line with a bio',
      '<div class="article-byline"><div class="article-byline__content"><div class="article-byline__written-by"><strong>Written by</strong><br><strong><a href="/authors/adrien-ramirez">Adrien Ramirez</a></strong>, 4+ years covering computer hardware, software, and science<br><strong><a href="/authors/joanna-nelius">Joanna Nelius</a></strong>, senior editor and E Ink enthusiast with 5+ years experience testing laptops and covering hardware news for the biggest sites</div><p class="article-byline__pub-dates">Updated March 13, 2024</p></div></div>',
      ['Adrien Ramirez', 'Joanna Nelius'],
    ],
    [
      'not a link that writes the same name glued to a label',
      '<div class="byline"><p>By Harry Rabinowitz</p><a href="/author/harry-rabinowitz">Harry Rabinowitz<span>Tech</span></a></div>',
      ['Harry Rabinowitz'],
    ],
  ])('reads the byline element, past the text read around the headline: %s', (_, byline, names) => {
    const rundown = `<ul>${'<li>Our favourite gaming laptops for the money, with notes on screens and batteries.</li>'.repeat(15)}</ul>`;
    const page = doc(`<body><h1>The best gaming laptops under $1,000</h1>${rundown}${byline}<p>${'Text. '.repeat(50)}</p></body>`);
    expect(readMetadata(page, 'https://reviews.example/laptops/best').authors).toEqual(names);
  });

  it.each([
    ['one article:author per author (an OpenGraph array)', '<meta property="article:author" content="신현주"><meta property="article:author" content="한국일보">', ['신현주', '한국일보']],
    ['a desk declared beside a name, as declared', '<meta property="article:author" content="Deutsche Presse-Agentur"><meta property="article:author" content="MM-Redaktion">', ['Deutsche Presse-Agentur', 'MM-Redaktion']],
    ['a desk alone, when no person is named', '<meta name="author" content="MM-Redaktion">', ['MM-Redaktion']],
  ])('reads repeated author meta tags: %s', (_, head, names) => {
    const page = doc(`<head>${head}</head><body><h1>Vargas Llosa gestorben</h1><p>${'Text. '.repeat(50)}</p></body>`);
    expect(readMetadata(page, 'https://news.example/a').authors).toEqual(names);
  });

  it.each([
    ['a CDATA section', (json: string) => `<![CDATA[\n${json}\n]]>`],
    ['an HTML comment', (json: string) => `<!--\n${json}\n-->`],
    ['commented CDATA lines', (json: string) => `//<![CDATA[\n${json}\n//]]>`],
  ])('reads JSON-LD wrapped in %s', (_, wrap) => {
    const json = '{"@type":"ReportageNewsArticle","headline":"Tite diz que errou","datePublished":"2018-12-21T12:55:00Z","author":[{"@type":"Person","name":"Bruno (Henrique Zecchin) Rodrigues "}]}';
    const page = doc(`<head><script type="application/ld+json">${wrap(json)}</script></head><body><h1>Tite diz que errou</h1></body>`);
    const metadata = readMetadata(page, 'https://folha.example/a');
    expect(metadata.authors).toEqual(['Bruno (Henrique Zecchin) Rodrigues']);
    expect(metadata.published).toBe('2018-12-21T12:55:00Z');
  });

  it('gives a desk shown in a byline element when no person is named, but not a role alone', () => {
    const page = (byline: string) => doc(`<body><h1>Plumbing industry trends</h1><p>${'Text. '.repeat(50)}</p>${byline}</body>`);
    expect(readMetadata(page('<div class="author-wrapper"><p class="authorName">Podium Staff</p></div>'), 'https://podium.example/a').authors).toEqual(['Podium Staff']);
    expect(readMetadata(page('<div class="author-wrapper"><p class="authorName">Staff Writer</p></div>'), 'https://podium.example/a').authors).toEqual([]);
  });

  it('takes the byline under the headline over a declared author it does not name, unless the declared name shows near the headline', () => {
    const page = (body: string) => doc(`<head><meta name="author" content="Luke Daigle"></head><body><h1>Legal challenges in the fitness industry</h1>${body}<p>${'Text. '.repeat(50)}</p></body>`);
    expect(readMetadata(page('<p>By: Paul Fenaroli</p>'), 'https://law.example/a').authors).toEqual(['Paul Fenaroli']);
    expect(readMetadata(page('<p>By: Paul Fenaroli</p><figure><figcaption>Luke Daigle at the gym</figcaption></figure>'), 'https://law.example/a').authors).toEqual(['Luke Daigle']);
  });

  it('takes the full name in the byline under the headline over a one-word declared author (a handle, a company)', () => {
    const page = (declared: string, byline: string) =>
      doc(`<head><meta name="author" content="${declared}"></head><body><h1>Top rental car companies</h1><p>${byline}</p><p>${'Text. '.repeat(50)}</p></body>`);
    expect(readMetadata(page('KatieS', 'By Aoife O’Riordan'), 'https://travel.example/a').authors).toEqual(['Aoife O’Riordan']);
    expect(readMetadata(page('MECLABS', 'By Daniel Burstein'), 'https://sherpa.example/a').authors).toEqual(['Daniel Burstein']);
    expect(readMetadata(page('KatieS', 'By Katie'), 'https://travel.example/a').authors).toEqual(['KatieS']);
    expect(readMetadata(page('Katie Smith', 'By Aoife O’Riordan</p><p>Edited by Katie Smith'), 'https://travel.example/a').authors).toEqual(['Katie Smith']);
    expect(readMetadata(page('王小明', 'By Aoife</p><p>王小明'), 'https://travel.example/a').authors).toEqual(['王小明']);
  });

  it('dates an undated page by the date line beside its byline, however far from the headline', () => {
    const page = (foot: string) => doc(`<body><h1>How are mobile apps created?</h1><p>${'Text. '.repeat(300)}</p>${foot}</body>`);
    const box = page('<div><p><a href="/blog/author/moses-kim">Moses Kim</a></p><p>April 8, 2024</p></div>');
    const prose = page('<p>Moses Kim said on April 8, 2024 that the app would ship in the spring, after a long beta with a few hundred users.</p><p><a href="/blog/author/moses-kim">Moses Kim</a></p>');
    expect(readMetadata(box, 'https://apps.example/blog/created').published).toBe('2024-04-08');
    expect(readMetadata(prose, 'https://apps.example/blog/created').published).toBeUndefined();
  });

  it('names every author of a scholarly page from its citation tags, "Last, First" in reading order', () => {
    const page = doc(`<head><meta name="author" content="Journal Staff"><meta name="citation_author" content="Aditya Mahindru">
      <meta name="citation_author_institution" content="Department of Psychiatry"><meta name="citation_author" content="Patil, Pradeep">
      <meta name="citation_authors" content="Varun Agrawal; Chong Lee"></head><body><h1>Role of physical activity on mental health</h1></body>`);
    expect(readMetadata(page, 'https://journal.example/a').authors).toEqual(['Aditya Mahindru', 'Pradeep Patil', 'Varun Agrawal', 'Chong Lee']);
  });

  it('reads a byline anywhere in the page when nothing nearer names anyone, but not in comments or related links', () => {
    const body = (foot: string) => `<body><h1>Council backs new bridge</h1><p>${'Text. '.repeat(300)}</p>${foot}</body>`;
    const authorBox = doc(body('<div class="comments"><p>By Hi Prince</p></div><div><h3>Written by Cassidy Horton</h3><p>Cassidy writes.</p></div>'));
    const related = doc(body('<aside class="related-posts"><p><a href="/x">Other story</a></p><p>By Joe Abercrombie</p></aside>'));
    const inline = doc(body('<p><a href="/book">The Blade Itself</a> by Joe Abercrombie</p>'));
    expect(readMetadata(authorBox, 'https://daily.example/a').authors).toEqual(['Cassidy Horton']);
    expect(readMetadata(related, 'https://daily.example/a').authors).toEqual([]);
    expect(readMetadata(inline, 'https://daily.example/a').authors).toEqual([]);
  });

  it.each([
    ['a desk in the meta author, when no person is named', '<meta name="author" content="News Desk">', '', ['News Desk']],
    ['a role in the JSON-LD author, when no person is named', '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Staff Clinician"}}</script>', '', ['Staff Clinician']],
    ['a desk gives way to a person in the byline', '<meta name="author" content="News Desk">', '<p>By Jane Doe</p>', ['Jane Doe']],
    ['the author of a "Written by" label pair', '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nawaz Dhandala"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">', '', ['Nawaz Dhandala']],
    ['the author of a label pair in the site language', '<meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Anna Schmidt">', '', ['Anna Schmidt']],
  ])('authors: %s', (_, head, byline, names) => {
    const page = doc(`<head>${head}</head><body><h1>Council backs new bridge</h1>${byline}</body>`);
    expect(readMetadata(page, 'https://daily.example/a').authors).toEqual(names);
  });

  it.each([
    ['a meta author that is a label of the host', 'https://www.lto.de/recht/a', '<meta name="author" content="LTO">', 'Dr. Max Kolter'],
    ['a meta author that is a domain name', 'https://www.mdr.de/a', '<meta name="author" content="mdr.de">', 'David Straub'],
    ['a JSON-LD person whose initials are the host', 'https://www.dw.com/de/a', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Deutsche Welle"}}</script>', 'Roman Goncharenko'],
  ])('authors: the outlet as %s gives way to the visible byline', (_, url, head, name) => {
    const page = doc(`<head><meta property="og:site_name" content="Die Zeitung">${head}</head><body><h1>Council backs new bridge</h1><p>von</p><p>${name}</p></body>`);
    expect(readMetadata(page, url).authors).toEqual([name]);
  });

  it.each([
    ['<meta name="published" content="July 17, 2025">', '2025-07-17'],
    ['<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">', '2025-05-27T06:03:43Z'],
    ['<meta name="published-modified-date" content="2025-05-27"><meta name="publisher" content="2025 Press">', undefined],
  ])('reads the publication date from other meta tags that name it: %s', (head, date) => {
    expect(readMetadata(doc(`<head>${head}</head><body><h1>Council backs new bridge</h1></body>`), 'https://daily.example/a').published).toBe(date);
  });

  it.each([
    ['a date in the path', 'https://blog.example/2025/12/19/what-people-love', '<p>Text</p>', '2025-12-19'],
    ['a date in a path segment', 'https://blog.example/articles/2025-12-15+Rust+backend', '<p>Text</p>', '2025-12-15'],
    ['a labelled date far from the headline', 'https://blog.example/post/index-types', `<p>${'Text. '.repeat(300)}</p><div><span>Posted on April 13, 2023</span></div>`, '2023-04-13'],
    ['a label over its date, in a page whose body has a share-bar state class', 'https://blog.example/c/coffee', `<p>${'Text. '.repeat(300)}</p><p>Published</p><p>Feb 2, 2023</p>`, '2023-02-02'],
    ['no date in a related box', 'https://blog.example/c/coffee', `<p>${'Text. '.repeat(300)}</p><div class="related-posts"><p>Published March 1, 2020</p></div>`, undefined],
    ['its "Last updated" date when it shows no other', 'https://parks.example/webcams', `<p>${'Text. '.repeat(300)}</p><p>Last updated: November 13, 2025</p>`, '2025-11-13'],
    ['its publication date over a "Last updated" one', 'https://parks.example/webcams', `<p>${'Text. '.repeat(300)}</p><p>Last updated: November 13, 2025</p><p>Posted on April 13, 2023</p>`, '2023-04-13'],
  ])('dates a page that declares none and shows none near its headline by %s', (_, url, html, date) => {
    const page = doc(`<body class="has-share-buttons"><h1>Council backs new bridge</h1>${html}</body>`);
    expect(readMetadata(page, url).published).toBe(date);
  });

  it.each([
    ['an earlier date on a metadata line under the headline', '<p>By Jane Doe</p><p>Aug 25, 2024</p>', '2024-08-25'],
    ['not a date one day earlier (a time zone apart)', '<p>By Jane Doe</p><p>Jun 23, 2025</p>', '2025-06-24T09:00:00Z'],
    ['not a later date ("Updated …")', '<p>Updated Jul 1, 2025</p>', '2025-06-24T09:00:00Z'],
    ['not an earlier date in the prose', '<p>The council first voted on the bridge on Aug 25, 2024, and again this week after the flood.</p>', '2025-06-24T09:00:00Z'],
  ])('a declared date gives way to %s', (_, html, date) => {
    const ld = '{"@type":"NewsArticle","headline":"Council backs new bridge","datePublished":"2025-06-24T09:00:00Z"}';
    const page = doc(`<head><script type="application/ld+json">${ld}</script></head><body><h1>Council backs new bridge</h1>${html}</body>`);
    expect(readMetadata(page, 'https://daily.example/a').published).toBe(date);
  });

  it('reads the date written next to the headline when the page declares none, before or after it', () => {
    const before = doc(`<body><nav>Home · Blog</nav><p>Dec 12, 2025</p><h1>Council backs new bridge</h1><p>${'Text. '.repeat(20)}March 3, 2020</p></body>`);
    const after = doc(`<body><p>Opening hours: Mon 1 January 2024</p>${'<p>Nav</p>'.repeat(60)}<h1>Council backs new bridge</h1><p>By Jane Doe · 16. März 2024</p></body>`);
    expect(readMetadata(before, 'https://daily.example/a').published).toBe('2025-12-12');
    expect(readMetadata(after, 'https://daily.example/a').published).toBe('2024-03-16');
  });

  it('dates a page by its declared modification when it gives no other date', () => {
    const head = '<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">';
    expect(readMetadata(doc(`<head>${head}</head><body><h1>Council backs new bridge</h1><p>Text</p></body>`), 'https://daily.example/a').published).toBe('2023-06-12T10:39:42+00:00');
    expect(readMetadata(doc(`<head>${head}</head><body><h1>Council backs new bridge</h1><p>March 3, 2020</p></body>`), 'https://daily.example/a').published).toBe('2020-03-03');
  });

  it('reads a date the address gives with the month named, and the order of a slashed date from it', () => {
    const page = (body: string) => doc(`<head><title>How many wine types are there?</title></head><body><h1>How many wine types are there?</h1>${body}<p>${'Wine text. '.repeat(40)}</p></body>`);
    // The address is the only date: The Guardian's and The Washington Times' form.
    expect(readMetadata(page(''), 'https://news.example/books/2025/dec/05/best-science-fiction').published).toBe('2025-12-05');
    expect(readMetadata(page(''), 'https://news.example/2024/m%C3%A4rz/05/bericht').published).toBe('2024-03-05');
    // An English page writing the day first ("03/10/2023") where its address says October.
    expect(readMetadata(page('<p>03/10/2023</p>'), 'https://wine.example/blog/2023/october/03/how-many-wine-types').published).toBe('2023-10-03');
    // Without that address the English reading stands, and a broken escape leaves the numeric address readable.
    expect(readMetadata(page('<p>03/10/2023</p>'), 'https://wine.example/blog/how-many-wine-types').published).toBe('2023-03-10');
    expect(readMetadata(page(''), 'https://news.example/2023/10/03/wine-%E0%A4-types').published).toBe('2023-10-03');
  });

  it('reads the date beside a headline set in another element than the <h1>s, which are sections', () => {
    const sections = ['Day 7', 'Day 8'].map((day) => `<h1>${day}</h1><p>${'Text. '.repeat(40)}</p>`).join('');
    const page = doc(`<head><title>Advent of Code week 2</title></head><body><p>${'Menu. '.repeat(60)}</p><fieldset><legend>Advent of Code week 2</legend>20 December 2025<p>${"I did it again. ".repeat(20)}</p><div>${sections}</div></fieldset></body>`);
    expect(readMetadata(page, 'https://blog.example/archive/aoc-2').published).toBe('2025-12-20');
  });

  it.each([
    ['a kicker glued to the headline', '<h1><span>Nationale Demo</span>Der 9. Juli naht</h1>', 'Nationale Demo Der 9. Juli naht'],
    ['a subtitle on its own line', '<h1>The Best Notion Alternatives<span class="block">Top Note-taking Tools</span></h1>', 'The Best Notion Alternatives Top Note-taking Tools'],
    ['a line break', '<h1>Top MBA Programs of 2025 (US)<br>Your Guide</h1>', 'Top MBA Programs of 2025 (US) Your Guide'],
    ['a word split by markup, kept whole', '<h1>Why <b>Cheap</b> SEO Doesn<span>’</span>t Work</h1>', 'Why Cheap SEO Doesn’t Work'],
  ])('headingText: %s', (_, html, text) => expect(headingText(doc(`<body>${html}</body>`).querySelector('h1')!)).toBe(text));

  it('reads a declared title that says a heading\'s kicker and headline apart', () => {
    const page = doc('<head><meta property="og:title" content="Nationale Demo / Der 9. Juli naht: Gewerkschaften demonstrieren"></head><body><h1><span>Nationale Demo</span>Der 9. Juli naht: Gewerkschaften demonstrieren</h1></body>');
    expect(readMetadata(page, 'https://www.tageblatt.example/a').title).toBe('Nationale Demo / Der 9. Juli naht: Gewerkschaften demonstrieren');
  });

  it('cleans tracking parameters when there is no canonical link', () => {
    expect(canonicalUrl(doc('<html></html>'), 'https://x.example/a?id=3&utm_medium=rss#c', new Map())).toBe('https://x.example/a?id=3');
  });

  it('takes the canonical link from the head, then og:url, then a link left in the body', () => {
    const url = (html: string) => {
      const page = doc(html);
      return canonicalUrl(page, 'https://x.example/a?utm_source=x', metaTable(page));
    };
    const og = '<meta property="og:url" content="https://x.example/og">';
    expect(url(`<head><link rel="Canonical" href="/head">${og}</head>`)).toBe('https://x.example/head');
    expect(url(`<head>${og}</head><body><link rel="canonical" href="/body"></body>`)).toBe('https://x.example/og');
    expect(url('<body><p>x</p><link rel="canonical" href="/body"></body>')).toBe('https://x.example/body');
    expect(url('<head><link rel="canonical" href="javascript:void(0)"></head>')).toBe('https://x.example/a');
  });

  it('serializes with the doctype', () => {
    expect(serializePage(doc('<!doctype html><html><body>x</body></html>'))).toMatch(/^<!DOCTYPE html><html>/);
  });
});
