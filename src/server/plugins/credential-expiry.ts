import type { ExecutionResult } from 'graphql';
import { type Plugin, Repeater } from 'graphql-yoga';
import { atExpiry, type ExpiryTimers } from '../../auth/expiry-timer.js';
import type { GatewayContext } from '../../schema/context.js';
import { gatewayError } from '../../schema/errors.js';

/** What a plugin's onSubscribe may answer: hooks for the subscription's result. */
type SubscribeHooks = Exclude<Awaited<ReturnType<NonNullable<Plugin<GatewayContext>['onSubscribe']>>>, void>;

/**
 * A subscription over HTTP (server-sent events) ends when the credentials it was opened with
 * expire: one last event carrying UNAUTHENTICATED, then the stream closes. This is what a
 * WebSocket gets from its 4403 close; without it an SSE stream would outlive its token.
 * (WebSocket connections are timed in websocket.ts; their operations carry no expiry here.)
 * `timers` is the time tokens expire against, the one the authenticator checks `exp` on.
 */
export function useCredentialExpiry(timers: ExpiryTimers): Plugin<GatewayContext> {
  // One hooks object for every subscription, not a closure each: envelop keeps what onSubscribe
  // answers for as long as the subscription lives.
  const hooks: SubscribeHooks = {
    onSubscribeResult: ({ args, result, setResult }) => {
      const expiresAt = args.contextValue.credentialsExpireAt;
      if (expiresAt === undefined || !(Symbol.asyncIterator in result)) return;
      setResult(untilExpiry(result, expiresAt, timers));
    },
  };
  return { onSubscribe: () => hooks };
}

function untilExpiry(
  source: AsyncIterable<ExecutionResult>,
  expiresAt: number,
  timers: ExpiryTimers,
): AsyncIterableIterator<ExecutionResult> {
  return new Repeater<ExecutionResult>(async (push, stop) => {
    const events = source[Symbol.asyncIterator]();
    const cancel = atExpiry(
      expiresAt,
      () => {
        void push({ errors: [gatewayError('UNAUTHENTICATED', 'The token has expired')] }).then(() => stop());
      },
      timers,
    );
    // Ending the source also ends a pending `next` below, whoever stops first.
    void stop.then(() => {
      cancel();
      return events.return?.();
    });
    try {
      for (let next = await events.next(); !next.done; next = await events.next()) await push(next.value);
    } finally {
      stop();
    }
  });
}
