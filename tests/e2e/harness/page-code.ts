/** Small pieces both browser adapters share: console names, page-function packing, default waits. */
import type { ConsoleMessage, PageFunction } from './types';

export const DEFAULT_TIMEOUT = 10_000;
export const POLL_INTERVAL = 100;

/** Playwright says 'warning' where the console method (and Puppeteer) say 'warn'. */
export function consoleMessage(type: string, text: string): ConsoleMessage {
  return { type: type === 'warning' ? 'warn' : type, text };
}

/**
 * `fn(...args)` as one expression string, which both drivers evaluate the same way; args must be JSON.
 * tsx (esbuild's keepNames) wraps named inner functions in `__name(...)`, a helper that exists
 * only in Node, so the expression brings its own harmless `__name`.
 */
export function callExpression(fn: PageFunction<unknown>, args: unknown[] = []): string {
  if (typeof fn === 'string') {
    if (args.length > 0) throw new Error('Arguments can only be passed to a function, not to an expression string.');
    return fn;
  }
  return `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

/** Sends a message to the background from an extension page (runs in the page). */
export function sendFromExtensionPage(message: unknown): Promise<unknown> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.runtime.sendMessage(message);
}

/**
 * Polls `check` from Node until it returns something truthy. Used instead of the drivers' own
 * waitForFunction, which evaluates a string inside the page: extension pages' CSP forbids that.
 */
export async function pollUntil(check: () => Promise<unknown>, timeout = DEFAULT_TIMEOUT, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error; // the page may be navigating; try again
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}
