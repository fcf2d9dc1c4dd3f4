import { browser } from 'wxt/browser';
import { OFFSCREEN_PARSE, type OffscreenParseRequest } from '@/lib/background/offscreen-parser';
import { parsePage } from '@/lib/background/parse-page';

// Chrome only: parses pages for the service worker, which has no DOMParser.
browser.runtime.onMessage.addListener((message: unknown) => {
  const request = message as OffscreenParseRequest;
  if (request?.type !== OFFSCREEN_PARSE) return undefined;
  return Promise.resolve({ article: parsePage(request.payload.html, request.payload.url) });
});
