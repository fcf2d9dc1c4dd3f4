/**
 * Declutter evaluation on the labeled real pages in ../shared/datasets/declutter (README there):
 * each page is served as stored from 127.0.0.1 and loaded in a real browser with the built
 * extension; once it settles, every widget labeled unrelated must be not visible, every labeled
 * article paragraph visible; widgets labeled related are reported as kept or hidden.
 * Widgets already invisible with Backstory switched off (empty placeholders, closed menus) are
 * counted too, and reported apart ("already hidden").
 *
 *   npm run build && npm run eval:declutter [-- --browser firefox] [-- --module]
 *
 * --module injects lib/declutter directly (no extension, no article protection) for quick iteration.
 * Last line of stdout: one JSON object.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECLUTTER_LABELS, declutterBundle, type EvalPage, LABELED_PAGES_ROOT, labeledPages, openBrowser, serveRoot } from './declutter-harness';

const SETTLE_MS = Number(process.env.SETTLE_MS ?? 2500);

interface Label {
  page: string;
  widgets: { selector: string; kind: string; heading?: string; related_to_article: boolean }[];
  article_body: { selector: string; text_start?: string }[];
}

interface Measure {
  visible: boolean;
  visibleWhenOff: boolean;
  found: boolean;
  hiddenKind: string | null;
}

interface PageResult {
  page: string;
  unrelated: number;
  hidden: number;
  alreadyHidden: number;
  missed: string[];
  related: number;
  relatedKept: number;
  /** Related widgets not visible: what hid them (a Backstory kind, or "invisible even when off"). */
  relatedHidden: string[];
  articleChecked: number;
  articleHidden: string[];
  counts: Record<string, number> | null;
  /** The content script's outcome on <html data-backstory-ingested> ('stored', 'not-article'…); null in --module runs. */
  outcome: string | null;
}

function labels(): Label[] {
  return labeledPages().map((name) => JSON.parse(readFileSync(join(DECLUTTER_LABELS, `${name}.json`), 'utf8')) as Label);
}

/** Runs in the page: visible = rendered (checkVisibility) with a non-empty box. */
function measureInPage(selectors: string[]): Measure[] {
  const visible = (el: Element | null) => {
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && rect.width > 0 && rect.height > 0;
  };
  const html = document.documentElement;
  const now = selectors.map((s) => document.querySelector(s));
  const visibleNow = now.map(visible);
  html.setAttribute('data-backstory-off', '');
  const visibleOff = now.map(visible);
  html.removeAttribute('data-backstory-off');
  return now.map((el, i) => ({
    found: el !== null,
    visible: visibleNow[i]!,
    visibleWhenOff: visibleOff[i]!,
    hiddenKind: el?.closest('[data-backstory-hidden]')?.getAttribute('data-backstory-hidden') ?? null,
  }));
}

async function evaluatePage(page: EvalPage, label: Label): Promise<PageResult> {
  const selectors = [...label.widgets.map((w) => w.selector), ...label.article_body.map((p) => p.selector)];
  const measures = (await page.evaluate(measureInPage, selectors)) as Measure[];
  const widgetMeasures = measures.slice(0, label.widgets.length);
  const bodyMeasures = measures.slice(label.widgets.length);
  const result: PageResult = {
    page: label.page, unrelated: 0, hidden: 0, alreadyHidden: 0, missed: [], related: 0, relatedKept: 0, relatedHidden: [],
    articleChecked: bodyMeasures.length, articleHidden: [], counts: null,
    outcome: (await page.evaluate(() => document.documentElement.getAttribute('data-backstory-ingested'))) as string | null,
  };
  label.widgets.forEach((widget, i) => {
    const m = widgetMeasures[i]!;
    if (widget.related_to_article) {
      result.related++;
      if (m.visible) result.relatedKept++;
      else result.relatedHidden.push(`${widget.kind} ${widget.selector} "${widget.heading ?? ''}" (${m.visibleWhenOff ? `hidden as ${m.hiddenKind ?? '?'}` : 'invisible even when off'})`);
      return;
    }
    result.unrelated++;
    if (!m.visible) result.hidden++;
    if (!m.visibleWhenOff) result.alreadyHidden++;
    if (m.visible) result.missed.push(`${widget.kind} ${widget.selector} "${widget.heading ?? ''}"`);
  });
  bodyMeasures.forEach((m, i) => {
    if (!m.visible) result.articleHidden.push(`${label.article_body[i]!.selector}${m.visibleWhenOff ? '' : ' (invisible even when off)'}`);
  });
  result.counts = (await page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of Array.from(document.querySelectorAll('[data-backstory-hidden]'))) {
      const kind = el.getAttribute('data-backstory-hidden') ?? '?';
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    return counts;
  })) as Record<string, number>;
  return result;
}

async function main() {
  const args = process.argv.slice(2);
  const browserName = args.includes('--browser') ? args[args.indexOf('--browser') + 1]! : 'chromium';
  const moduleMode = args.includes('--module');
  const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined;
  const server = await serveRoot(LABELED_PAGES_ROOT);
  const browser = await openBrowser(browserName as 'chromium' | 'firefox', { extension: !moduleMode });
  const bundle = moduleMode ? await declutterBundle() : null;
  const results: PageResult[] = [];
  try {
    for (const label of labels().filter((l) => !only || l.page === only)) {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/${label.page}/source.html`);
        if (bundle) await page.inject(bundle);
        await page.wait(SETTLE_MS);
        results.push(await evaluatePage(page, label));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  report(results, browserName, moduleMode);
}

function report(results: PageResult[], browserName: string, moduleMode: boolean) {
  console.log(`declutter eval: ${browserName}${moduleMode ? ' (module injected, no extension)' : ' + built extension'}`);
  console.log('page            unrelated hidden (already) related kept  article hidden  content script');
  for (const r of results) {
    console.log(
      `${r.page.padEnd(16)}${String(r.unrelated).padStart(9)}${String(r.hidden).padStart(7)}${`(${r.alreadyHidden})`.padStart(10)}${String(r.related).padStart(8)}${String(r.relatedKept).padStart(5)}${`${r.articleHidden.length}/${r.articleChecked}`.padStart(16)}  ${r.outcome ?? '-'}`,
    );
    for (const miss of r.missed) console.log(`    missed: ${miss}`);
    for (const hidden of r.articleHidden) console.log(`    ARTICLE HIDDEN: ${hidden}`);
    for (const related of r.relatedHidden) console.log(`    related, not shown: ${related}`);
  }
  const sum = (f: (r: PageResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const widgets = sum((r) => r.unrelated);
  const hidden = sum((r) => r.hidden);
  const already = sum((r) => r.alreadyHidden);
  const related = sum((r) => r.related);
  const summary = {
    browser: browserName,
    mode: moduleMode ? 'module' : 'extension',
    pages: results.length,
    widgets,
    widgetRecall: round(hidden / Math.max(1, widgets)),
    widgetRecallOfVisible: round((hidden - already) / Math.max(1, widgets - already)),
    alreadyHidden: already,
    articleElementsHidden: sum((r) => r.articleHidden.length),
    pagesWithArticleHidden: results.filter((r) => r.articleHidden.length > 0).length,
    related,
    relatedKept: sum((r) => r.relatedKept),
    pagesNotArticle: results.filter((r) => r.outcome === 'not-article').map((r) => r.page),
  };
  console.log(`totals: ${hidden}/${widgets} unrelated widgets not visible (${already} already invisible without Backstory), ${summary.relatedKept}/${related} related kept, ${summary.articleElementsHidden} article elements hidden`);
  console.log(JSON.stringify(summary));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
