import type { ExtractedArticle } from '../article';

/** The message the background sends to the offscreen document, and its name. */
export const OFFSCREEN_PARSE = 'offscreen/parse';
export interface OffscreenParseRequest {
  type: typeof OFFSCREEN_PARSE;
  payload: { html: string; url: string };
}

/** The slice of chrome.offscreen and chrome.runtime this uses (not in webextension-polyfill's types). */
interface ChromeOffscreenApi {
  offscreen: {
    createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
  runtime: {
    getURL(path: string): string;
    getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
    sendMessage(message: unknown): Promise<unknown>;
  };
}

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(chrome: ChromeOffscreenApi): Promise<void> {
  const url = chrome.runtime.getURL('offscreen.html');
  const existing = await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing && existing.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER'], justification: 'Parse news pages off the page main thread' })
    .catch((error: unknown) => {
      // A concurrent call created it first: that is fine.
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Chrome's MV3 service worker has no DOMParser: parse in an offscreen document instead. */
export async function parseInOffscreenDocument(html: string, url: string): Promise<ExtractedArticle | null> {
  const chrome = (globalThis as unknown as { chrome: ChromeOffscreenApi }).chrome;
  await ensureOffscreenDocument(chrome);
  const request: OffscreenParseRequest = { type: OFFSCREEN_PARSE, payload: { html, url } };
  const reply = (await chrome.runtime.sendMessage(request)) as { article: ExtractedArticle | null } | undefined;
  return reply?.article ?? null;
}
