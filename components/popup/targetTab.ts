import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url: string;
}

/**
 * The tab the popup describes: the active tab of its window, or with `?url=…` (tests,
 * or the options page linking to a stored article) the open tab showing that address.
 */
export async function findTargetTab(search = location.search): Promise<TargetTab | null> {
  const wanted = new URLSearchParams(search).get('url');
  const tabs = wanted ? await browser.tabs.query({}) : await browser.tabs.query({ active: true, currentWindow: true });
  const tab = wanted ? tabs.find((t) => t.url === wanted) : tabs[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}
