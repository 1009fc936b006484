import { describe, expect, it } from 'vitest';
import { createListener, request } from '../../lib/browser/messages';

interface TestProtocol {
  double: { request: { n: number }; response: number };
  fail: { request: Record<string, never>; response: never };
}

/** A transport that delivers straight to `listener`, as runtime.sendMessage would. */
function transport(listener: ReturnType<typeof createListener>) {
  return (message: unknown) =>
    new Promise<unknown>((resolve) => {
      if (!listener(message, {}, resolve)) resolve(undefined);
    });
}

describe('message protocol', () => {
  const listener = createListener<TestProtocol>({
    double: ({ n }) => n * 2,
    fail: () => {
      throw new Error('disk full');
    },
  });
  const send = transport(listener);

  it('answers a typed request through its handler', async () => {
    await expect(request<TestProtocol, 'double'>(send, 'double', { n: 21 })).resolves.toBe(42);
  });

  it('passes a handler error back to the sender', async () => {
    await expect(request<TestProtocol, 'fail'>(send, 'fail', {})).rejects.toThrow('disk full');
  });

  it('leaves messages of other protocols to other listeners', () => {
    expect(listener({ type: 'somethingElse', payload: {} }, {}, () => undefined)).toBe(false);
    expect(listener('not a message', {}, () => undefined)).toBe(false);
    expect(listener({ type: 'toString', payload: {} }, {}, () => undefined)).toBe(false);
  });

  it('rejects when nobody answers', async () => {
    await expect(request<TestProtocol, 'double'>(async () => undefined, 'double', { n: 1 })).rejects.toThrow(
      /No receiver/,
    );
  });
});
