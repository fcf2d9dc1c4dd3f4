import { describe, expect, it, vi } from 'vitest';
import { createRouter, senderKind, type Handlers } from '@/lib/messages/router';

const identity = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const popup = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const contentScript = { id: 'ours', url: 'https://news.example/a', tab: { id: 4 } };

function router(overrides: Partial<Handlers> = {}) {
  const handlers = new Proxy(overrides, {
    get: (target, key) => target[key as keyof Handlers] ?? (() => 'handled'),
  }) as Handlers;
  return createRouter(handlers, identity);
}

describe('background router', () => {
  it('tells our pages, our content scripts and strangers apart', () => {
    expect(senderKind(popup, identity)).toBe('extension-page');
    expect(senderKind(contentScript, identity)).toBe('content');
    expect(senderKind({ id: 'other-extension', url: 'chrome-extension://other/' }, identity)).toBeNull();
    expect(senderKind({ url: 'https://evil.example/' }, identity)).toBeNull();
  });

  it('refuses messages from other extensions and web pages before running a handler', async () => {
    const clear = vi.fn();
    const route = router({ 'corpus/clear': clear });
    const reply = await route({ type: 'corpus/clear', payload: {} }, { id: 'other-extension' });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/refused/) });
    expect(clear).not.toHaveBeenCalled();
  });

  it('refuses corpus messages from content scripts (least privilege)', async () => {
    const reply = await router()({ type: 'corpus/export', payload: {} }, contentScript);
    expect(reply).toMatchObject({ ok: false });
  });

  it('answers known messages and wraps thrown errors', async () => {
    const route = router({
      'settings/get': () => {
        throw new Error('boom');
      },
    });
    expect(await route({ type: 'corpus/list', payload: {} }, popup)).toEqual({ ok: true, value: 'handled' });
    expect(await route({ type: 'settings/get', payload: {} }, popup)).toEqual({ ok: false, error: 'boom' });
  });

  it('leaves unknown messages to other listeners', () => {
    expect(router()({ type: 'offscreen/parse', payload: {} }, popup)).toBeUndefined();
    expect(router()('not an envelope', popup)).toBeUndefined();
  });
});
