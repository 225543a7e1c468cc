/**
 * Clients of bench/ws-floor.ts: `argv` = connections, port. Says `ready` once every connection is
 * open, then `done` each time every connection has received one more frame.
 */
import { WebSocket } from 'ws';

const connections = Number(process.argv[2]);
const port = Number(process.argv[3]);
let open = 0;
let received = 0;
for (let i = 0; i < connections; i += 1) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
  socket.on('open', () => {
    open += 1;
    if (open === connections) process.send?.('ready');
  });
  socket.on('message', () => {
    received += 1;
    if (received === connections) {
      received = 0;
      process.send?.('done');
    }
  });
}
