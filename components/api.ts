import { browser } from 'wxt/browser';
import { askBackground, askPage } from '@/lib/messages/client';
import type { BackgroundMessage, BackgroundProtocol, PageMessage, PageProtocol, RequestOf, ResponseOf } from '@/lib/messages/protocol';

/** The popup's and options page's only way to the corpus: messages to the background. */
export function background<K extends BackgroundMessage>(type: K, payload: RequestOf<BackgroundProtocol, K>): Promise<ResponseOf<BackgroundProtocol, K>> {
  return askBackground((envelope) => browser.runtime.sendMessage(envelope), type, payload);
}

/** Messages to the content script of one tab. */
export function page<K extends PageMessage>(tabId: number, type: K, payload: RequestOf<PageProtocol, K>): Promise<ResponseOf<PageProtocol, K>> {
  return askPage((envelope) => browser.tabs.sendMessage(tabId, envelope), type, payload);
}
