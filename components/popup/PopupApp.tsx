import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { PageStatus } from '@/lib/messages/protocol';
import { siteMode, type Settings } from '@/lib/settings';
import { background, page } from '../api';
import { useAsync } from '../useAsync';
import { HiddenWidgets } from './HiddenWidgets';
import { PageSummary } from './PageSummary';
import { SiteSwitch } from './SiteSwitch';
import { StoryPanel } from './StoryPanel';
import { findTargetTab, type TargetTab } from './targetTab';

interface PopupData {
  tab: TargetTab | null;
  status: PageStatus | null;
  settings: Settings;
}

async function loadPopup(): Promise<PopupData> {
  const [tab, settings] = await Promise.all([findTargetTab(), background('settings/get', {})]);
  // A tab without our content script (a browser page, or opened before install) has no status.
  const status = tab ? await page(tab.id, 'page/status', {}).catch(() => null) : null;
  return { tab, status, settings };
}

export function PopupApp() {
  const [state, reload] = useAsync(loadPopup, []);
  const [status, setStatus] = useState<PageStatus | null>(null);
  if (state.status === 'loading') return <p class="loading">Loading…</p>;
  if (state.status === 'failed') return <p class="error">Backstory could not start: {state.error}</p>;
  const { tab, settings } = state.value;
  const current = status ?? state.value.status;
  const showHidden = async (show: boolean) => tab && setStatus(await page(tab.id, 'page/showHidden', { show }));
  const keep = tab && current ? async () => setStatus(await page(tab.id, 'page/keep', {})) : undefined;
  const setSites = async (sites: Settings['sites']) => {
    await background('settings/update', { sites });
    reload();
  };
  const hostname = tab && /^https?:/.test(tab.url) ? new URL(tab.url).hostname : null;
  const storedUrl = current?.ingest?.article && ['stored', 'updated'].includes(current.ingest.outcome) ? current.ingest.article.url : null;
  return (
    <main class="popup">
      <header>
        <span class="brand">Backstory</span>
        {settings.paused && <span class="badge">paused</span>}
      </header>
      <PageSummary status={current} onKeep={keep} siteOff={!!hostname && siteMode(settings, hostname) === 'off'} />
      {current && <HiddenWidgets status={current} onShowHidden={showHidden} />}
      {hostname && <SiteSwitch hostname={hostname} settings={settings} onChange={setSites} />}
      {storedUrl && <StoryPanel url={storedUrl} outlet={current?.ingest?.article?.outlet ?? ''} />}
      <footer>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Your corpus and settings
        </a>
      </footer>
    </main>
  );
}
