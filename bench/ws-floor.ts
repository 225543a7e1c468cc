/**
 * The floor under the fan-out figures: a bare `ws` server (no GraphQL, no gateway) writing one
 * text frame the size of a status change to each of N WebSocket connections, clients in a child
 * process as in the fan-out scenarios. What one write per connection costs on this machine,
 * before the gateway does anything.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { percentile } from './stats.js';

/** About the size of a `customerAlertStatusChanged` next frame in the fan-out scenarios. */
const FRAME = `{"id":"s1","type":"next","payload":{"data":${JSON.stringify({ pad: 'x'.repeat(360) })}}}`;
const ROUNDS = 5;

export async function wsFloor(connections: number): Promise<Record<string, string | number>> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const sockets: WebSocket[] = [];
  server.on('connection', (socket) => sockets.push(socket));
  const child = fork(
    new URL('./ws-floor-clients.ts', import.meta.url),
    [String(connections), String((server.address() as AddressInfo).port)],
    {
      execArgv: ['--import', 'tsx'],
    },
  );
  await once(child, 'message');
  const loops: number[] = [];
  const cpu: number[] = [];
  const received: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const done = once(child, 'message');
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const socket of sockets) socket.send(FRAME);
    loops.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    await done;
    received.push(performance.now() - started);
  }
  child.kill();
  for (const socket of sockets) socket.terminate();
  server.close();
  return {
    connections,
    'frame (bytes)': FRAME.length,
    rounds: ROUNDS,
    'write loop, median (ms)': percentile(loops, 50).toFixed(1),
    'write loop CPU, median (ms)': percentile(cpu, 50).toFixed(1),
    'last frame received, median (ms)': percentile(received, 50).toFixed(1),
  };
}
