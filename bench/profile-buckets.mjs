// The delivery phase of a fan-out profile (BENCH_PROFILE=…) in a few buckets of self time, with
// idle time and the inspector's own `dispatch` (the profiler running in-process) left out:
//   node bench/profile-buckets.mjs file.cpuprofile
import { readFileSync } from 'node:fs';
const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const PLUMBING = new Set(['@repeaterjs/repeater', '@whatwg-node/promise-helpers']);
const bucketOf = ({ url, functionName: name }) => {
  if (name === '(idle)' || (name === 'dispatch' && url === '')) return undefined;
  if (name === '(garbage collector)') return 'garbage collector';
  if (/^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/.test(name) || url.includes('stream_base_commons'))
    return 'socket writes (system calls)';
  if (name === 'runMicrotasks') return 'microtask queue';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) {
    if (PLUMBING.has(match[1])) return 'per-subscriber async plumbing (Repeater, promise helpers)';
    if (match[1] === 'ws') return 'ws (frame headers, send)';
    return 'other packages (undici, zod, graphql, …)';
  }
  if (url.includes('/src/')) return 'gateway and sandbox code';
  return 'Node internals (streams, net, http)';
};
const totals = new Map();
let all = 0;
profile.samples.forEach((id, index) => {
  const bucket = bucketOf(nodes.get(id).callFrame);
  if (!bucket) return;
  const micros = profile.timeDeltas[index] ?? 0;
  all += micros;
  totals.set(bucket, (totals.get(bucket) ?? 0) + micros);
});
console.log(`${(all / 1000).toFixed(0).padStart(6)} ms  total (idle and the profiler's dispatch left out)`);
for (const [bucket, micros] of [...totals.entries()].sort((a, b) => b[1] - a[1])) {
  console.log(`${(micros / 1000).toFixed(0).padStart(6)} ms  ${bucket}`);
}
