import { readFileSync } from 'node:fs';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the idle-time slices (setTimeout fallback in jsdom) to finish: at least `ms`, then
 * until the marks on the page stop changing for three ticks (a cold first run is slower).
 */
export async function settle(ms = 120, doc: Document = document): Promise<void> {
  await sleep(ms);
  const marks = () => doc.querySelectorAll('[data-backstory-hidden], [data-backstory-trimmed]').length;
  for (let last = -1, still = 0, waited = 0; still < 3 && waited < 3000; waited += 40) {
    const now = marks();
    still = now === last ? still + 1 : 0;
    last = now;
    await sleep(40);
  }
}

export function loadPage(body: string, head = ''): Document {
  document.documentElement.removeAttribute('data-backstory-off');
  document.documentElement.removeAttribute('data-backstory-show-hidden');
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

/** Visible as far as our CSS goes: no ancestor-or-self carries the hidden mark (or the page shows hidden). */
export function shown(el: Element | null): boolean {
  if (!el) throw new Error('element not found');
  const html = el.ownerDocument.documentElement;
  if (html.hasAttribute('data-backstory-off') || html.hasAttribute('data-backstory-show-hidden')) return true;
  return el.closest('[data-backstory-hidden]') === null;
}

export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Seed 000 (Kyiv Independent on the Xi–Putin call) as a page: headline, byline and paragraphs in an
 * article, then its teaser feed (an unlabelled stream and a "Recommended Stories" list) as lists
 * of link + summary items, as news sites lay them out.
 */
export function seed000Html(): string {
  const lines = readFileSync('tests/fixtures/seeds/000_705923627aadda03.txt', 'utf8').split('\n');
  const title = lines[0]!.replace(/^date \S+ /, '');
  const paragraphs: string[] = [];
  const sections: { heading: string; items: { title: string; summary: string }[] }[] = [];
  let current: (typeof sections)[number] | null = null;
  for (let i = 3; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('  • ')) {
      if (!current) sections.push((current = { heading: '', items: [] }));
      current.items.push({ title: line.slice(4).trim(), summary: '' });
    } else if (line.startsWith('    ') && current) {
      current.items.at(-1)!.summary = line.trim();
    } else if (line.trim().length > 0 && line.trim().length < 40 && paragraphs.length > 0) {
      sections.push((current = { heading: line.trim(), items: [] }));
    } else if (line.trim().length > 0 && !current) {
      paragraphs.push(line.trim());
    }
  }
  const items = (list: (typeof sections)[number]['items']) =>
    list.map((item, n) => `<li><a href="/news/${n}-story.html">${escape(item.title)}</a><p>${escape(item.summary)}</p></li>`).join('');
  return `
    <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <main>
      <article>
        <h1>${escape(title)}</h1>
        <div class="byline">${escape(lines[2]!.trim())}</div>
        <div class="body">${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</div>
      </article>
      ${sections.map((s) => `<section>${s.heading ? `<h2>${escape(s.heading)}</h2>` : ''}<ul>${items(s.items)}</ul></section>`).join('')}
    </main>`;
}
