import type { Server } from 'node:http';
import type { DocumentNode, ExecutionArgs, GraphQLError } from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import { forgetScopeChecks } from '../schema/auth-scopes.js';
import type { GatewayContext } from '../schema/context.js';
import { MASKED_ERROR_MESSAGE, maskError } from '../schema/errors.js';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticated, Authenticator } from '../auth/authenticate.js';
import { atExpiry, type ExpiryTimers } from '../auth/expiry-timer.js';
import { withRoutedErrors } from './quiet-ws.js';
import { documentIdOf, mayRunArbitrary, trustedDocumentErrors, type TrustedDocumentsPolicy } from './trusted-documents.js';
import { deliverAsFrames, frameTargetKey, type FrameConnection, type FrameTarget, type WithFrameTarget } from './ws-delivery.js';
import type { GatewayYoga } from './yoga.js';

/** What yoga's enveloped execute/subscribe are handed through graphql-ws. */
type EnvelopedArgs = ExecutionArgs & {
  rootValue: { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };
};

/**
 * Empties the context of a subscription whose sharing key writes its frames (see key-frames.ts):
 * the key executes every event with a context of its own and the subscription's stream kept only
 * what it needs, so nothing reads this one again — yet envelop's iterator wrappers hold it for as
 * long as the subscription lives, and with it a set of loaders, clients, a read-cache view and what
 * the subscribe step read (about 10 KB a subscription).
 */
function releaseContext(args: ExecutionArgs): void {
  // Its transport functions too (the subscribe wrapper below holds the frame target).
  args.rootValue = undefined;
  const context = args.contextValue as GatewayContext | null | undefined;
  if (context === null || typeof context !== 'object') return;
  forgetScopeChecks(context);
  // Overwritten rather than deleted: deleting would turn each context into a (larger) dictionary.
  for (const key of Reflect.ownKeys(context)) Reflect.set(context, key, undefined);
}

/** How subscription events leave (see ws-delivery.ts). */
export interface SubscriptionDelivery {
  /**
   * Write subscription frames around shared payloads rather than letting graphql-ws stringify
   * each message; on with subscription sharing.
   */
  ownFrames?: boolean;
  /** Unsent bytes above which a subscriber's socket is closed as too slow (only with ownFrames). */
  maxBufferedBytes?: number;
  onSlowConsumer?: () => void;
}

export interface WebSocketEndpoint {
  /** Closes every client with 1001 (going away) and stops accepting new ones. */
  dispose(): Promise<void>;
  /** Open WebSocket connections. */
  readonly clients: number;
}

/**
 * graphql-ws on the same port and path as HTTP GraphQL, executing through yoga's plugins. A
 * connection authenticates once, with `connectionParams.authorization`; bad credentials close it
 * with 4403, and so does the expiry of its token, at that moment.
 */
export function attachWebSocket(
  server: Server,
  yoga: GatewayYoga,
  authenticate: Authenticator,
  onConnections: (open: number) => void = () => undefined,
  options: {
    trustedDocuments?: TrustedDocumentsPolicy | undefined;
    maxPayloadBytes?: number;
    /**
     * The time a connection's token expires against (the authenticator checks `exp` on the same one).
     *
     * @default the system clock and Node's timers
     */
    expiryTimers?: ExpiryTimers;
    /**
     * Told about unexpected errors of one operation (the client gets a masked error) and of a socket
     * or the server (ws closes the socket): for a JSON log line.
     */
    onError?: (error: unknown) => void;
  } & SubscriptionDelivery = {},
): WebSocketEndpoint {
  const trusted = options.trustedDocuments;
  // An unexpected error fails its operation only, with a coded, masked error: left to graphql-ws,
  // it would close the whole connection with the error's text as the reason and print a stack.
  const masked = (error: unknown): GraphQLError => {
    const result = maskError(error, MASKED_ERROR_MESSAGE);
    if (result.extensions.code === 'INTERNAL_SERVER_ERROR') options.onError?.(error);
    return result;
  };
  const guarded =
    <A extends unknown[], R>(run: (...args: A) => Promise<R> | R, failed: (error: GraphQLError) => R) =>
    async (...args: A): Promise<R> => {
      try {
        return await run(...args);
      } catch (error) {
        return failed(masked(error));
      }
    };
  interface Session {
    authenticated: Authenticated;
    cancelExpiry?: () => void;
    /** Where its subscriptions' frames go, when the gateway writes them itself (ownFrames). */
    frames?: FrameConnection;
  }
  const sessions = new WeakMap<object, Session>();
  // Frames (connection_init, subscribe) are held to the HTTP body limit; a larger one closes the socket with 1009.
  const wss = new WebSocketServer({
    server,
    path: yoga.graphqlEndpoint,
    // ws's default, said out loud: compressing would deflate every frame once per connection (the
    // shared payload could not be written as is) and keep a zlib context per connection.
    perMessageDeflate: false,
    ...(options.maxPayloadBytes !== undefined && { maxPayload: options.maxPayloadBytes }),
  });
  wss.on('connection', (socket) => {
    onConnections(wss.clients.size);
    socket.once('close', () => onConnections(wss.clients.size));
  });
  const disposable = useServer(
    {
      // graphql-ws requires a `query` string in every subscribe payload; one that names a trusted
      // document instead gets an empty one here, before that check, and is resolved in onSubscribe.
      jsonMessageReviver: trusted
        ? function (this: unknown, key, value: unknown) {
            if (key !== 'payload' || (this as { type?: unknown }).type !== 'subscribe' || !value || typeof value !== 'object') return value;
            const payload = value as { query?: unknown; documentId?: unknown; extensions?: unknown };
            return payload.query === undefined && documentIdOf(payload) !== undefined ? { ...payload, query: '' } : value;
          }
        : undefined,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        try {
          const authenticated = await authenticate(typeof header === 'string' ? header : undefined);
          const session: Session = { authenticated };
          if (options.ownFrames) {
            session.frames = {
              socket: ctx.extra.socket,
              transport: ctx.extra.request.socket,
              maxBufferedBytes: options.maxBufferedBytes ?? Number.POSITIVE_INFINITY,
              onSlowConsumer: options.onSlowConsumer,
            };
          }
          if (authenticated.expiresAt !== undefined) {
            session.cancelExpiry = atExpiry(
              authenticated.expiresAt,
              () => ctx.extra.socket.close(4403, 'Token expired'),
              options.expiryTimers,
            );
          }
          sessions.set(ctx, session);
          return true;
        } catch {
          return false;
        }
      },
      onClose: (ctx) => {
        sessions.get(ctx)?.cancelExpiry?.();
      },
      // Close reasons never carry an error's text, whatever NODE_ENV says.
      isProd: true,
      execute: guarded(
        (args: ExecutionArgs) => (args as EnvelopedArgs).rootValue.execute(args) as never,
        (error) => ({ errors: [error] }) as never,
      ),
      subscribe: guarded(
        (args: ExecutionArgs) => (args as EnvelopedArgs).rootValue.subscribe(args) as never,
        (error) => ({ errors: [error] }) as never,
      ),
      onSubscribe: guarded(
        async (ctx: Context<Record<string, unknown> | undefined, Extra>, id: string, params: SubscribePayload) => {
          const session = sessions.get(ctx);
          const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            connectionParams: ctx.connectionParams ?? {},
            ...(session && { authenticated: session.authenticated }),
          });
          let document: DocumentNode;
          if (trusted && !params.query) {
            // A trusted document by id: parsed and validated at startup.
            const documentId = documentIdOf(params as { documentId?: unknown; extensions?: unknown });
            const known = documentId === undefined ? undefined : trusted.documents.get(documentId);
            if (!known) return [documentId === undefined ? trustedDocumentErrors.missing() : trustedDocumentErrors.notFound(documentId)];
            document = known;
          } else {
            if (trusted && session && !mayRunArbitrary(trusted, session.authenticated.viewer)) return [trustedDocumentErrors.onlyTrusted()];
            try {
              document = parse(params.query);
            } catch (error) {
              return [error as never];
            }
            const errors = validate(schema, document);
            if (errors.length > 0) return errors;
          }
          const target: FrameTarget | undefined = session?.frames && { connection: session.frames, id };
          const args: EnvelopedArgs & WithFrameTarget = {
            schema,
            operationName: params.operationName ?? null,
            document,
            variableValues: params.variables ?? null,
            contextValue: await contextFactory(),
            rootValue: {
              execute,
              subscribe: target
                ? async (subscribeArgs: ExecutionArgs) => {
                    const result = await subscribe(subscribeArgs);
                    if (!(Symbol.asyncIterator in result)) return result;
                    if (!target.written) return deliverAsFrames(result, target);
                    releaseContext(subscribeArgs);
                    return result;
                  }
                : subscribe,
            },
            ...(target && { [frameTargetKey]: target }),
          };
          return args;
        },
        (error) => [error],
      ),
    },
    withRoutedErrors(wss, (error) => options.onError?.(error)),
  );
  return {
    dispose: async () => {
      await disposable.dispose();
    },
    get clients() {
      return wss.clients.size;
    },
  };
}
