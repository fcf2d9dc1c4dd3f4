import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/messages/client';
import type { Envelope, Reply } from '@/lib/messages/protocol';
import { runPage } from '@/lib/page/run-page';
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
    browser.runtime.onMessage.addListener((message: unknown) => answerPopup(session, message));
    const settings = await loadSettings(browser.storage.local);
    await runPage(
      { doc: document, url: location.href, settings, ingest: (request) => askBackground(send, 'page/ingest', request) },
      session,
    );
  },
});

function answerPopup(session: PageSession, message: unknown): Promise<Reply<unknown>> | undefined {
  const { type, payload } = (message ?? {}) as Envelope;
  if (type === 'page/status') return Promise.resolve({ ok: true, value: session.status() });
  if (type === 'page/showHidden') {
    return Promise.resolve({ ok: true, value: session.showHidden((payload as { show: boolean }).show) });
  }
  return undefined;
}
