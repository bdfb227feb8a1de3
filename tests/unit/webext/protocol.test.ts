/**
 * The typed messaging helpers: what `sender` puts on the wire, that `dispatch` reaches the
 * handler of the message's type with the sender's context, and that the compiler refuses a
 * handler table that misses a type (checked by `npm run typecheck`, which covers tests/).
 */
import { describe, expect, it } from 'vitest';
import { answerWith, dispatch, sender, typesOf, type Handlers, type Request } from '../../../webext/protocol';

interface Demo {
  ping: { req: object; res: 'pong' };
  add: { req: { a: number; b: number }; res: number };
}

const handlers: Handlers<Demo, { from: string }> = {
  ping: () => 'pong',
  add: ({ a, b }, { from }) => (from === 'tab' ? a + b : -1),
};

describe('sender', () => {
  it('sends { type, ...request } and returns the answer', async () => {
    const sent: unknown[] = [];
    const send = sender<Demo>((message) => {
      sent.push(message);
      return dispatch(handlers, message, { from: 'tab' });
    });
    expect(await send('add', { a: 2, b: 3 })).toBe(5);
    expect(await send('ping')).toBe('pong');
    expect(sent).toEqual([{ type: 'add', a: 2, b: 3 }, { type: 'ping' }]);
  });

  it('the type of a field, not the field, wins: a request cannot override `type`', async () => {
    const sent: unknown[] = [];
    const send = sender<Demo>((message) => Promise.resolve(sent.push(message)));
    await send('add', { a: 1, b: 1, type: 'ping' } as Demo['add']['req']);
    expect(sent).toEqual([{ type: 'add', a: 1, b: 1 }]);
  });
});

describe('dispatch', () => {
  it("calls the handler of the request's type with the sender's context", async () => {
    const request: Request<Demo> = { type: 'add', a: 1, b: 2 };
    expect(await dispatch(handlers, request, { from: 'tab' })).toBe(3);
    expect(await dispatch(handlers, request, { from: 'page' })).toBe(-1);
  });

  it('a handler table without every type does not compile', () => {
    // @ts-expect-error 'add' has no handler
    const partial: Handlers<Demo> = { ping: () => 'pong' };
    expect(Object.keys(partial)).toEqual(['ping']);
  });
});

describe('typesOf and answerWith', () => {
  it("typesOf lists a protocol table's keys", () => {
    expect([...typesOf<Demo>({ ping: 1, add: 1 })]).toEqual(['ping', 'add']);
  });

  it('answerWith answers what it takes and leaves the rest (undefined) to other listeners', async () => {
    let listener: ((message: unknown, sender: string) => Promise<unknown> | undefined) | undefined;
    answerWith({ addListener: (callback) => (listener = callback) }, (message, from) =>
      from === 'ours' ? Promise.resolve(message) : undefined,
    );
    expect(await listener?.({ type: 'ping' }, 'ours')).toEqual({ type: 'ping' });
    expect(listener?.({ type: 'ping' }, 'theirs')).toBeUndefined();
  });
});
