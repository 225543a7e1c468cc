import type { Span } from '@opentelemetry/api';
import type { Viewer } from '../auth/viewer.js';
import type { RequestCache } from '../cache/service.js';
import type { LiveServices } from '../live/services.js';
import type { Loaders } from '../loaders/index.js';
import type { GatewayMetrics } from '../telemetry/metrics.js';
import type { MetronomeClient } from '../upstream/client.js';
import type { CursorCodec } from './cursors.js';

/** How connections page through upstream lists; shared by every operation. */
export interface Paging {
  cursors: CursorCodec;
  /** Items per page of the customer-alerts list, whose page size upstream decides. */
  customerAlertsPageSize: number;
}

/** What every resolver gets: built fresh for each operation (and each subscription event). */
export interface GatewayContext {
  viewer: Viewer;
  /** The upstream client acting for this viewer's organization. */
  upstream: MetronomeClient;
  /**
   * The same organization's client, bound to no request: for work shared beyond this operation
   * (pollers, refreshes other subscribers join), which must not stop when this caller leaves.
   */
  liveUpstream: MetronomeClient;
  loaders: Loaders;
  paging: Paging;
  /** The read cache as this operation sees it: its organization's entries, its hit/miss counts. */
  cache: RequestCache;
  requestId: string;
  /** Status feeds, pub/sub and pollers shared by the whole process. */
  live: LiveServices;
  metrics: GatewayMetrics;
  /** Upstream calls (attempts) made for this operation so far, for its log line. */
  upstreamCalls: { count: number; estimate?: number };
  /** The operation's trace span, when tracing is on (set when execution starts). */
  trace: { span?: Span };
  /**
   * When the credentials of this HTTP operation expire (epoch ms): a subscription streamed over
   * SSE ends then. Unset for WebSocket operations, whose connection is closed instead.
   */
  credentialsExpireAt?: number;
  /** The gateway's clock: what "now" means for default series ranges and forecasts (tests inject one). */
  now: () => Date;
  /** Aborted when the client goes away, so upstream calls stop too. */
  signal?: AbortSignal;
}
