// Lede's one message protocol. Every message to the in-page reader (from the popup,
// or from the background for the save shortcut and menu) is declared here with its reply type;
// senders and receivers are typed from these maps, and a receiver dispatches by
// looking the message type up in a handler table.
import type { ExtractOutcome } from '../extract/types';
import type { SnapshotToken } from './page-snapshot';

/** The page's nodes, for an extension page to read it on its own thread (page-source.ts). */
export interface PageSource {
  ok: true;
  /** The live document's tree as scripts left it (page-snapshot.ts). */
  nodes: SnapshotToken[];
  /** The page's address: resolves its relative links. */
  url: string;
}

/** Messages the in-page reader, injected into a page, answers. */
export interface InPageProtocol {
  /** Read the article on this page, in the page (the background, which has no DOM of its own). */
  extractPage: { request: { force: boolean }; response: ExtractOutcome };
  /** Hand over this page's nodes (the popup reads them: the page's thread only copies them out). */
  pageSource: { request: Record<string, never>; response: PageSource | Extract<ExtractOutcome, { ok: false }> };
}

/** Messages the background answers: from Lede's pages, and from the offscreen document. */
export interface BackgroundProtocol {
  /** The fetch queue changed (an import, a retry, resume, a permission granted): work through it. */
  wakeQueue: { request: Record<string, never>; response: void };
  /** An article was saved (the popup): keep its pictures if the reader asked for that. Sent as
   * the popup may close: the background does the rest. */
  articleSaved: { request: { articleId: number }; response: void };
  /** The reader paused fetching: stop starting new fetches. */
  pauseQueue: { request: Record<string, never>; response: void };
  /** The offscreen document finished a run of the queue; the next article is due then. */
  queueIdle: { request: { nextDue: number | null }; response: void };
}

/** Messages the offscreen document answers (Chrome: the DOM the background lacks). */
export interface OffscreenProtocol {
  /** Work through the fetch queue, fetching only from `origins` (match patterns granted), and
   * keep pictures offline when the reader asked for it. */
  runQueue: { request: { origins: string[]; keepImages: boolean }; response: { started: boolean } };
  stopQueue: { request: Record<string, never>; response: void };
}

/** A protocol: message types mapped to their request and response shapes. */
type AnyProtocol<P> = { [K in keyof P]: { request: unknown; response: unknown } };

export type Message<P extends AnyProtocol<P>> = {
  [K in keyof P & string]: { type: K; payload: P[K]['request'] };
}[keyof P & string];

export type Handlers<P extends AnyProtocol<P>> = {
  [K in keyof P & string]: (payload: P[K]['request']) => Promise<P[K]['response']> | P[K]['response'];
};

/** The browser transport: either `runtime.sendMessage` or `tabs.sendMessage` bound to a tab. */
export type Send = (message: unknown) => Promise<unknown>;

/** How a reply travels: the handler's value, or the text of the error it threw. */
type Envelope = { value: unknown } | { error: string };

/** Sends one typed message and returns its typed reply; a receiver's error rejects here. */
export async function request<P extends AnyProtocol<P>, K extends keyof P & string>(
  send: Send,
  type: K,
  payload: P[K]['request'],
): Promise<P[K]['response']> {
  const reply = (await send({ type, payload })) as Envelope | undefined;
  if (!reply) throw new Error(`No receiver answered "${type}"`);
  if ('error' in reply) throw new Error(reply.error);
  return reply.value as P[K]['response'];
}

/**
 * A `runtime.onMessage` listener that answers messages of protocol `P` from `handlers`.
 * It replies through `sendResponse` (returning true keeps the channel open), which both
 * Chrome and Firefox support; messages of other protocols are left for other listeners.
 */
export function createListener<P extends AnyProtocol<P>>(handlers: Partial<Handlers<P>>) {
  return (message: unknown, _sender: unknown, sendResponse: (reply: Envelope) => void): boolean => {
    if (!isMessage(message) || !Object.hasOwn(handlers, message.type)) return false;
    const handler = handlers[message.type as keyof P & string] as (payload: unknown) => unknown;
    if (typeof handler !== 'function') return false;
    Promise.resolve()
      .then(() => handler(message.payload))
      .then(
        (value) => sendResponse({ value }),
        (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
}

function isMessage(value: unknown): value is { type: string; payload: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
