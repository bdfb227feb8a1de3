/**
 * Typed request/response messaging over the extension's message channels. Each channel is one
 * protocol map, `{ [type]: { req; res } }`: the request a type carries (besides `type`) and what
 * its receiver answers. The sender gets `send(type, req)` typed by the map; the receiver gives
 * one handler per type, so a type without a handler does not compile, and `dispatch` needs no
 * switch to stay exhaustive.
 *
 * Ours rather than a library: every receiver here first checks *who* sent the message (a tab's
 * content script, our own pages) and what it carries before any handler runs, and the always-on
 * gate must not ship a messaging runtime. What is left is these few lines of types.
 */

/** A channel: each message type's request fields and response (an interface works as well). */
export type Protocol<P> = { [K in keyof P]: { req: object; res: unknown } };

/** The message of one type (or the union of all, by default) as it travels. */
export type Request<P extends Protocol<P>, K extends keyof P = keyof P> = {
  [T in K]: { type: T } & P[T]['req'];
}[K];

export type Response<P extends Protocol<P>, K extends keyof P> = P[K]['res'];

/** One handler per type; `context` is what the receiver learnt about the sender. */
export type Handlers<P extends Protocol<P>, Context = void> = {
  [K in keyof P]: (request: Request<P, K>, context: Context) => Response<P, K> | Promise<Response<P, K>>;
};

/**
 * A typed sender over a transport (`runtime.sendMessage`, or `tabs.sendMessage` to one tab).
 * The answer is undefined when nothing answered: a closed tab, a page not yet listening.
 */
export function sender<P extends Protocol<P>>(transport: (message: Request<P>) => Promise<unknown>) {
  return <K extends keyof P & string>(
    type: K,
    ...[req]: object extends P[K]['req'] ? [req?: P[K]['req']] : [req: P[K]['req']]
  ): Promise<Response<P, K> | undefined> =>
    // The receiver is our own code, typed by the same map: its answer has the declared shape.
    transport({ ...req, type });
}

/** Calls the handler of the request's type (a request the receiver already checked). */
export function dispatch<P extends Protocol<P>, Context>(
  handlers: Handlers<P, Context>,
  request: Request<P>,
  context: Context,
): Promise<Response<P, keyof P>> {
  return Promise.resolve(handlers[request.type](request, context));
}

/**
 * A `runtime.onMessage` event, as far as `answerWith` needs it. A listener's returned promise is
 * how Firefox and webextension-polyfill carry an answer back.
 */
interface MessageEvent<Sender> {
  addListener(callback: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void;
}

/**
 * Answers the messages `answer` takes with what its promise resolves to; for the others it
 * returns undefined, which leaves them to other listeners.
 */
export function answerWith<Sender>(
  event: MessageEvent<Sender>,
  answer: (message: unknown, sender: Sender) => Promise<unknown> | undefined,
): void {
  event.addListener(answer);
}

/** The types a channel accepts, from a table keyed by its protocol (a missing type does not compile). */
export function typesOf<P extends Protocol<P>>(table: {
  readonly [K in keyof P]: unknown;
}): ReadonlySet<string> {
  return new Set(Object.keys(table));
}

/** An object with a string `type`: the shape every message here has before it is checked further. */
export function messageType(message: unknown): string | null {
  if (!message || typeof message !== 'object') return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}
