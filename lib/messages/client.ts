import type { BackgroundMessage, BackgroundProtocol, PageMessage, PageProtocol, Reply, RequestOf, ResponseOf } from './protocol';

/** The transport: runtime.sendMessage / tabs.sendMessage, injectable for tests. */
export type Transport = (envelope: { type: string; payload: unknown }) => Promise<unknown>;

function unwrap<T>(type: string, reply: unknown): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`No answer to "${type}"`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Sends a message to the background and returns its answer, or throws its error. */
export async function askBackground<K extends BackgroundMessage>(
  send: Transport,
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return unwrap(type, await send({ type, payload }));
}

/** Sends a message to a tab's content script. */
export async function askPage<K extends PageMessage>(
  send: Transport,
  type: K,
  payload: RequestOf<PageProtocol, K>,
): Promise<ResponseOf<PageProtocol, K>> {
  return unwrap(type, await send({ type, payload }));
}
