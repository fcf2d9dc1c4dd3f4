import type { RelatedCoverage } from '../related';

/**
 * The toolbar button's badge on a tab: how many other reports of the story on screen the corpus
 * holds (the popup's first list, copies folded), so a reader sees there is more without opening it.
 */
export interface Badge {
  text: string;
  /** The button's tooltip: says what the number counts. */
  title: string;
}

/** The per-tab badge of the toolbar button, as both browsers offer it (`action` / `browserAction`). */
export interface BadgeArea {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export const PLAIN_TITLE = 'Backstory';
/** The brand's accent (components/style.css): a count of more reading, not an alarm in the browsers' default red. */
export const BADGE_COLOR = '#8a3b12';
/** A badge has room for about four characters. */
const MAX_SHOWN = 99;

export const NO_BADGE: Badge = { text: '', title: PLAIN_TITLE };

export function coverageBadge(coverage: RelatedCoverage): Badge {
  const reports = coverage.sameStory.length;
  if (reports === 0) return NO_BADGE;
  const text = reports > MAX_SHOWN ? `${MAX_SHOWN}+` : String(reports);
  return { text, title: `${PLAIN_TITLE}: ${reports} other ${reports === 1 ? 'report' : 'reports'} of this story in your corpus` };
}

export async function showBadge(area: BadgeArea, tabId: number, badge: Badge): Promise<void> {
  await Promise.all([area.setBadgeText({ tabId, text: badge.text }), area.setTitle({ tabId, title: badge.title })]);
}

/**
 * Where the tabs' articles are remembered between runs of the background: Chrome stops an idle
 * service worker within a minute, and a tab read before must still be counted again after.
 * (`storage.session` in the extension; kept in memory only, and lost on a stop, where it is missing.)
 */
export interface TabMemory {
  read(): Promise<Record<string, string>>;
  write(articleOfTab: Record<string, string>): Promise<void>;
}

export function memoryOnly(): TabMemory {
  let kept: Record<string, string> = {};
  return {
    read: async () => ({ ...kept }),
    write: async (articleOfTab) => {
      kept = { ...articleOfTab };
    },
  };
}

/** The badges of the tabs that show kept articles, each counted again whenever the corpus changes. */
export class TabBadges {
  private articleOfTab: Promise<Map<number, string>> | null = null;

  constructor(
    private readonly area: BadgeArea,
    private readonly coverageOf: (articleUrl: string) => Promise<RelatedCoverage | null>,
    private readonly memory: TabMemory = memoryOnly(),
  ) {}

  /** The tab now shows this kept article, or nothing kept (null). */
  async show(tabId: number, articleUrl: string | null): Promise<void> {
    // Every page load of every tab says "nothing kept" first: a tab without a count has nothing to clear.
    if (!articleUrl && !(await this.tabs()).has(tabId)) return;
    await this.change((tabs) => (articleUrl ? tabs.set(tabId, articleUrl) : tabs.delete(tabId)));
    await this.paint(tabId, articleUrl);
  }

  async forget(tabId: number): Promise<void> {
    await this.change((tabs) => tabs.delete(tabId));
  }

  /** Counts every tab's story again, after the corpus changed. */
  async refresh(): Promise<void> {
    for (const [tabId, articleUrl] of [...(await this.tabs())]) await this.paint(tabId, articleUrl);
  }

  private tabs(): Promise<Map<number, string>> {
    this.articleOfTab ??= this.memory
      .read()
      .then((kept) => new Map(Object.entries(kept).map(([tabId, url]) => [Number(tabId), url])))
      .catch(() => new Map<number, string>());
    return this.articleOfTab;
  }

  private async change(edit: (tabs: Map<number, string>) => unknown): Promise<void> {
    const tabs = await this.tabs();
    edit(tabs);
    await this.memory.write(Object.fromEntries(tabs)).catch(() => undefined);
  }

  private async paint(tabId: number, articleUrl: string | null): Promise<void> {
    try {
      const coverage = articleUrl ? await this.coverageOf(articleUrl) : null;
      await showBadge(this.area, tabId, coverage ? coverageBadge(coverage) : NO_BADGE);
    } catch {
      // The tab was closed meanwhile, or the stores could not answer: leave that tab alone.
      await this.forget(tabId);
    }
  }
}
