import { describe, expect, it } from 'vitest';
import { stableKey } from '../../src/loaders/keys.js';

// Loader cache keys: two keys that mean the same request are one entry, whatever the key order;
// two that differ never collide.

describe('stableKey', () => {
  it('gives the same key whatever the order of object keys, at any depth', () => {
    const a = { customerId: 'c1', filters: { covering_date: '2026-01-01', include_archived: true }, cursor: null, limit: 25 };
    const b = { limit: 25, cursor: null, filters: { include_archived: true, covering_date: '2026-01-01' }, customerId: 'c1' };
    expect(stableKey(a)).toBe(stableKey(b));
  });

  it('is the JSON of the value with its object keys sorted', () => {
    const key = {
      statuses: ['IN_ALARM', 'OK'],
      customerId: 'c"1\n',
      cursor: null,
      skipped: undefined,
      groupValues: [{ value: 'eu', key: 'region' }],
    };
    expect(stableKey(key)).toBe(
      '{"cursor":null,"customerId":"c\\"1\\n","groupValues":[{"key":"region","value":"eu"}],"statuses":["IN_ALARM","OK"]}',
    );
    expect(JSON.parse(stableKey(key))).toEqual(JSON.parse(JSON.stringify(key)));
    expect(stableKey([undefined, Number.NaN, 1.5, false, new Date(0)])).toBe(JSON.stringify([null, null, 1.5, false, new Date(0)]));
  });

  it('keeps different requests apart', () => {
    const keys = [
      { customerId: 'c1', cursor: null },
      { customerId: 'c1', cursor: 'next' },
      { customerId: 'c2', cursor: null },
      { customerId: 'c1', cursor: null, statuses: [] },
      { customerId: 'c1', cursor: null, statuses: ['OK'] },
      { customerId: 'c1', cursor: '' },
      'c1',
    ];
    expect(new Set(keys.map(stableKey)).size).toBe(keys.length);
  });
});
