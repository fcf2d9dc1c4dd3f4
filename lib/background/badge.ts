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
 * The badges of the tabs that show kept articles. Each is counted again whenever the corpus
 * changes, so a tab opened first learns of the reports kept after it. (Chrome may stop the service
 * worker and forget the tabs; their badges then stay as they were until the tab is read again.)
 */
export class TabBadges {
  private readonly articleOfTab = new Map<number, string>();

  constructor(
    private readonly area: BadgeArea,
    private readonly coverageOf: (articleUrl: string) => Promise<RelatedCoverage | null>,
  ) {}

  /** The tab now shows this kept article, or nothing kept (null). */
  async show(tabId: number, articleUrl: string | null): Promise<void> {
    if (articleUrl) this.articleOfTab.set(tabId, articleUrl);
    else this.articleOfTab.delete(tabId);
    await this.paint(tabId, articleUrl);
  }

  forget(tabId: number): void {
    this.articleOfTab.delete(tabId);
  }

  /** Counts every tab's story again, after the corpus changed. */
  async refresh(): Promise<void> {
    for (const [tabId, articleUrl] of [...this.articleOfTab]) await this.paint(tabId, articleUrl);
  }

  private async paint(tabId: number, articleUrl: string | null): Promise<void> {
    try {
      const coverage = articleUrl ? await this.coverageOf(articleUrl) : null;
      await showBadge(this.area, tabId, coverage ? coverageBadge(coverage) : NO_BADGE);
    } catch {
      // The tab was closed meanwhile, or the stores could not answer: leave that tab alone.
      this.articleOfTab.delete(tabId);
    }
  }
}
