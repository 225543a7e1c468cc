import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { badUserInput } from './errors.js';

/**
 * Where an edge sits upstream: the upstream cursor of the page it came from (null for the first
 * page) and its index in that page; -1 means "before the first item of page `c`" (the last edge
 * of a page points at the next page that way, so resuming after it costs no extra call).
 */
export interface EdgePosition {
  c: string | null;
  o: number;
}

/** Upstream pages hold at most 100 items, so no genuine index is beyond this. */
const MAX_INDEX = 99;
const PREFIX = 'c1.';

/**
 * Connection cursors are signed (HMAC-SHA256, truncated to 128 bits) over the connection they
 * belong to (its `scope`: the list and its filters) and the position. A client can hand back
 * only a cursor this gateway gave out for that very list, so nothing it invents or edits is sent
 * upstream, and the call estimate can rely on what a cursor may contain.
 */
export class CursorCodec {
  private readonly key: Buffer;

  /**
   * `secret`: CURSOR_SECRET, shared by every instance behind one load balancer so their cursors
   * are interchangeable; without one, a random key for this process.
   */
  constructor(secret?: string) {
    this.key = secret ? createHash('sha256').update(`connection cursors\n${secret}`).digest() : randomBytes(32);
  }

  encode(scope: string, position: EdgePosition): string {
    const payload = Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
    return `${PREFIX}${payload}.${this.mac(scope, payload).toString('base64url')}`;
  }

  /** The position of a cursor given out for `scope`; BAD_USER_INPUT (naming `after`) for anything else. */
  decode(scope: string, cursor: string): EdgePosition {
    const invalid = badUserInput('after: not a cursor this connection gave out', 'after');
    if (!cursor.startsWith(PREFIX)) throw invalid;
    const [payload = '', signature = '', ...rest] = cursor.slice(PREFIX.length).split('.');
    const given = Buffer.from(signature, 'base64url');
    const expected = this.mac(scope, payload);
    if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
    let parsed: Partial<EdgePosition>;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<EdgePosition>;
    } catch {
      throw invalid;
    }
    const { c, o } = parsed;
    if ((c !== null && typeof c !== 'string') || typeof o !== 'number' || !Number.isInteger(o) || o < -1 || o > MAX_INDEX) throw invalid;
    return { c, o };
  }

  private mac(scope: string, payload: string): Buffer {
    return createHmac('sha256', this.key).update(scope).update('\n').update(payload).digest().subarray(0, 16);
  }
}
