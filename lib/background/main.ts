import { browser } from 'wxt/browser';
import { ALLOWED_SENDERS, type Reply } from '../messages/protocol';
import { createRouter, isEnvelope, type Sender } from '../messages/router';
import { RelatedIndex } from '../related';
import { Corpus } from '../storage/corpus';
import { BADGE_COLOR, memoryOnly, TabBadges, type BadgeArea, type TabMemory } from './badge';
import { createHandlers, type BackgroundDeps } from './handlers';
import { parseInOffscreenDocument } from './offscreen-parser';
import { parsePage } from './parse-page';
import { restoreRelated } from './restore-related';

/** Firefox's background page has a DOM; Chrome's service worker does not. */
function pickParser(): BackgroundDeps['parse'] {
  if (typeof DOMParser !== 'undefined') return async (html, url) => parsePage(html, url);
  return parseInOffscreenDocument;
}

async function openDeps(): Promise<BackgroundDeps> {
  const [corpus, related] = await Promise.all([Corpus.open(), RelatedIndex.open()]);
  // In the background: queries answer from what is indexed meanwhile, and writes wait their turn.
  restoreRelated(corpus, related).catch((error: unknown) => console.error(`[backstory] related index not restored: ${String(error)}`));
  const coverageOf = async (url: string) => {
    const article = await corpus.get(url);
    return article ? related.query(article) : null;
  };
  const badges = new TabBadges(toolbarButton(), coverageOf, sessionTabMemory());
  watchTabs(badges);
  return { corpus, related, settingsArea: browser.storage.local, parse: pickParser(), badges };
}

/** Chrome (MV3) names the toolbar button `action`, Firefox (MV2) `browserAction`. */
function toolbarButton(): BadgeArea {
  const button = browser.action ?? browser.browserAction;
  button.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
  return button as BadgeArea;
}

const TABS_KEY = 'badgeTabs';

/** The tabs' articles in `storage.session`: kept while the browser runs, across stops of the worker. */
function sessionTabMemory(): TabMemory {
  const session = browser.storage.session;
  if (!session) return memoryOnly();
  return {
    read: async () => ((await session.get(TABS_KEY))[TABS_KEY] as Record<string, string> | undefined) ?? {},
    write: (articleOfTab) => session.set({ [TABS_KEY]: articleOfTab }),
  };
}

/** A tab that loads another page shows no count until that page is read; a closed tab is forgotten. */
function watchTabs(badges: TabBadges): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') badges.show(tabId, null).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    badges.forget(tabId).catch(() => undefined);
  });
}

/** Wires the background: one router, opened stores, and a clear error when the stores cannot open. */
export function startBackground(): void {
  const identity = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const router = openDeps().then((deps) => createRouter(createHandlers(deps), identity));
  router.catch((error: unknown) => console.error(`[backstory] storage unavailable: ${String(error)}`));

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    // Leave messages that are not ours to other listeners (the offscreen document answers its own).
    if (!isEnvelope(message) || !(message.type in ALLOWED_SENDERS)) return undefined;
    return router
      .then((route) => route(message, sender))
      .catch((error: unknown): Reply<never> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  });
}
