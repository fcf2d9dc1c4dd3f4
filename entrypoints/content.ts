import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/messages/client';
import type { Envelope, Reply } from '@/lib/messages/protocol';
import { keepAnyway, runPage, type PageEnv } from '@/lib/page/run-page';
import { PageSession } from '@/lib/page/session';
import { loadSettings } from '@/lib/settings';
import '@/lib/declutter/known-widgets.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  async main() {
    const send = (envelope: Envelope) => browser.runtime.sendMessage(envelope);
    const session = new PageSession(location.href);
    let env: PageEnv | null = null;
    browser.runtime.onMessage.addListener((message: unknown) => answerPopup(session, message, env));
    const settings = await loadSettings(browser.storage.local);
    env = {
      doc: document,
      url: location.href,
      settings,
      ingest: (request) => askBackground(send, 'page/ingest', request),
      // `wxt build --mode collapse-at-once` makes the build bench:page compares against (docs/benchmarks/page.md).
      keepSpace: import.meta.env.MODE !== 'collapse-at-once',
    };
    await runPage(env, session);
  },
});

function answerPopup(session: PageSession, message: unknown, env: PageEnv | null): Promise<Reply<unknown>> | undefined {
  const { type, payload } = (message ?? {}) as Envelope;
  if (type === 'page/status') return Promise.resolve({ ok: true, value: session.status() });
  if (type === 'page/showHidden') {
    return Promise.resolve({ ok: true, value: session.showHidden((payload as { show: boolean }).show) });
  }
  if (type === 'page/keep') {
    if (!env) return Promise.resolve({ ok: true, value: session.status() });
    return keepAnyway(env, session).then((kept) => ({ ok: true, value: kept.status() }));
  }
  return undefined;
}
