import {
  ALLOWED_SENDERS,
  type BackgroundMessage,
  type BackgroundProtocol,
  type Envelope,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';

/** The parts of runtime.MessageSender the router looks at. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

export type Handlers = {
  [K in BackgroundMessage]: (
    request: RequestOf<BackgroundProtocol, K>,
    sender: Sender,
  ) => Promise<ResponseOf<BackgroundProtocol, K>> | ResponseOf<BackgroundProtocol, K>;
};

export interface RouterIdentity {
  /** runtime.id: messages from other extensions carry another id. */
  extensionId: string;
  /** runtime.getURL(''): our own pages' URLs start with it. */
  extensionOrigin: string;
}

/** Tells who sent a message, or null when it is not one of ours (another extension, a web page). */
export function senderKind(sender: Sender, identity: RouterIdentity): SenderKind | null {
  if (sender.id !== identity.extensionId) return null;
  if (sender.url?.startsWith(identity.extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

/**
 * Builds the background's single onMessage listener. It checks the sender before anything else,
 * answers only known message types (others are left to other listeners, e.g. the offscreen document),
 * and turns every failure into a Reply with a clear error instead of a rejected promise.
 */
export function createRouter(handlers: Handlers, identity: RouterIdentity) {
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !(message.type in ALLOWED_SENDERS)) return undefined;
    const type = message.type as BackgroundMessage;
    const kind = senderKind(sender, identity);
    if (!kind || !ALLOWED_SENDERS[type].includes(kind)) {
      return Promise.resolve({ ok: false, error: `refused: "${type}" is not accepted from this sender` });
    }
    const handler = handlers[type] as (request: unknown, sender: Sender) => unknown;
    return Promise.resolve()
      .then(() => handler(message.payload ?? {}, sender))
      .then((value) => ({ ok: true as const, value }))
      .catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }));
  };
}

export function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}
