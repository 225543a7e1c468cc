import { createHash } from 'node:crypto';
import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import { createLoaders, type BatchObserver } from '../loaders/index.js';
import type { GatewayContext } from '../schema/context.js';
import { LiveStream } from '../live/live-stream.js';
import { KeyFrames, type SharedKey } from './key-frames.js';
import { shareSerialisation } from './shared-payload.js';
import { frameTargetKey, type WithFrameTarget } from './ws-delivery.js';

/**
 * Subscription events executed once per *distinct* subscription instead of once per subscriber.
 *
 * Subscribers whose events would execute identically share a key: same tenant, same document,
 * operation name and variables, and the same viewer scope (admin, or exactly the same set of
 * customers). Each subscriber keeps its own source stream (its snapshot, its de-duplication, its
 * visibility check on every event); when an event reaches several subscribers of one key, the
 * first to ask executes it, with fresh loaders for that key and event, and the others get the same
 * result object. The transports then serialise that object once (see shared-payload.ts).
 *
 * A graphql-ws subscription (its execution arguments carry a frame target, see websocket.ts) on
 * a live stream goes further: its key writes its frames itself, in one loop per event over the
 * key's subscribers (see key-frames.ts). Server-sent events pull their results one by one.
 *
 * `maskError` is yoga's error masking, which those frames bypass (yoga applies it to each result
 * it hands on, and the frames are written before that).
 */
export function useSharedSubscriptions(onBatch: BatchObserver, maskError: (error: unknown) => GraphQLError): Plugin<GatewayContext> {
  const executions = new Map<string, SharedExecution>();
  const mask = (result: ExecutionResult): ExecutionResult => (result.errors ? { ...result, errors: result.errors.map(maskError) } : result);
  const subscribe = async (args: ExecutionArgs): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> => {
    const key = sharingKey(args);
    let execution = executions.get(key);
    if (!execution) {
      execution = new SharedExecution(args, onBatch, mask, () => {
        if (executions.get(key) === execution) executions.delete(key);
      });
      executions.set(key, execution);
    }
    execution.subscribers += 1;
    let source: Awaited<ReturnType<typeof createSourceEventStream>>;
    try {
      source = await createSourceEventStream(args);
    } catch (error) {
      execution.leave();
      throw error;
    }
    if (!(Symbol.asyncIterator in source)) {
      execution.leave();
      return source;
    }
    const target = (args as WithFrameTarget)[frameTargetKey];
    if (target && source instanceof LiveStream) {
      target.written = true;
      return execution.frames.subscribe(source, target.connection, target.id);
    }
    return new SharedEventStream(source[Symbol.asyncIterator](), execution);
  };
  return {
    onSubscribe: ({ setSubscribeFn }) => {
      setSubscribeFn(subscribe as never);
    },
  };
}

/** The sharing key of a subscription: who sees it (tenant and scope) and what it asks. */
function sharingKey(args: ExecutionArgs): string {
  const ctx = args.contextValue as GatewayContext;
  const document = args.document.loc?.source.body ?? print(args.document);
  return [
    ctx.viewer.tenant,
    scopeClassOf(ctx.viewer),
    createHash('sha256').update(document).digest('base64url'),
    args.operationName ?? '',
    canonicalJson(args.variableValues ?? {}),
  ].join('\u0000');
}

/** Viewers in one scope class see exactly the same data: admins, or the same customer set. */
function scopeClassOf(viewer: Viewer): string {
  return viewer.kind === 'admin' ? 'admin' : `customers:${[...viewer.customerIds].sort().join(',')}`;
}

/** JSON with object keys sorted, so that equal variables give equal keys whatever their order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** One key's executions: at most one per event, remembered for as long as the event is alive. */
class SharedExecution implements SharedKey {
  subscribers = 0;
  private readonly results = new WeakMap<object, Promise<ExecutionResult>>();
  private readonly args: ExecutionArgs;
  private readonly base: GatewayContext;
  private written: KeyFrames | undefined;

  constructor(
    args: ExecutionArgs,
    private readonly onBatch: BatchObserver,
    private readonly mask: (result: ExecutionResult) => ExecutionResult,
    /** Called when its last subscriber leaves. */
    private readonly onEmpty: () => void,
  ) {
    const { signal: _signal, ...first } = args.contextValue as GatewayContext;
    // The first subscriber's context stands for the whole key (same tenant and scope), without
    // what is personal to its request: its abort signal (one subscriber leaving must not abort
    // the execution others wait for) and its upstream-call counter.
    this.base = { ...first, upstream: first.liveUpstream, upstreamCalls: { count: 0 } };
    this.args = { ...args, contextValue: undefined, rootValue: undefined };
  }

  /** The key's graphql-ws subscribers whose frames it writes. */
  get frames(): KeyFrames {
    this.written ??= new KeyFrames(this);
    return this.written;
  }

  masked(result: ExecutionResult): ExecutionResult {
    return this.mask(result);
  }

  leave(): void {
    this.subscribers -= 1;
    if (this.subscribers === 0) this.onEmpty();
  }

  resultFor(event: unknown): Promise<ExecutionResult> {
    if (event === null || typeof event !== 'object') return this.run(event);
    let result = this.results.get(event);
    if (!result) {
      result = this.run(event);
      this.results.set(event, result);
    }
    return result;
  }

  private async run(event: unknown): Promise<ExecutionResult> {
    // Fresh loaders per key and event: nothing read for an earlier event is reused.
    const contextValue: GatewayContext = {
      ...this.base,
      loaders: createLoaders(this.base.upstream, this.onBatch),
      upstreamCalls: { count: 0 },
    };
    const result = await execute({ ...this.args, rootValue: event, contextValue });
    return shareSerialisation(result);
  }
}

/**
 * A subscriber's results: its own source events, mapped to the key's shared results. Written by
 * hand rather than as an async generator so that `return()` ends a pending `next()` at once (a
 * generator would wait for its next event before it could stop).
 */
class SharedEventStream implements AsyncIterableIterator<ExecutionResult> {
  private released = false;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly execution: SharedExecution,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    try {
      const step = await this.source.next();
      if (step.done) {
        this.release();
        return { done: true, value: undefined };
      }
      return { done: false, value: await this.execution.resultFor(step.value) };
    } catch (error) {
      this.release();
      throw error;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.release();
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.release();
    await this.source.return?.();
    throw error;
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    this.execution.leave();
  }
}
