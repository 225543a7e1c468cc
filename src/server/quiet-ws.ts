import { EventEmitter } from 'node:events';
import type { WebSocket, WebSocketServer } from 'ws';

/**
 * What graphql-ws's `useServer` is handed instead of the WebSocket server itself: the same
 * connections, options and clients, but errors of the server and of each socket go to `onError`
 * (a JSON log line) instead of graphql-ws's handlers, which print them raw, with a stack, through
 * console.error. ws closes a socket that errored by itself (e.g. 1009 for a frame above the limit),
 * with no error text in the close reason.
 */
export function withRoutedErrors(wss: WebSocketServer, onError: (error: unknown) => void): WebSocketServer {
  const facade = new EventEmitter();
  wss.on('error', onError);
  wss.on('connection', (socket, request) => {
    socket.on('error', onError);
    facade.emit('connection', withoutErrorHandlers(socket), request);
  });
  const close = (callback?: (error?: Error) => void): void => wss.close(callback);
  return Object.assign(facade, { options: wss.options, clients: wss.clients, close }) as unknown as WebSocketServer;
}

/** The socket, refusing further `once('error')` handlers (graphql-ws's is the only one that asks). */
function withoutErrorHandlers(socket: WebSocket): WebSocket {
  const once = socket.once.bind(socket);
  socket.once = ((event: string | symbol, listener: (...args: unknown[]) => void) =>
    event === 'error' ? socket : once(event as 'close', listener)) as WebSocket['once'];
  return socket;
}
