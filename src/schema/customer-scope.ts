import { createHash } from 'node:crypto';
import { canSeeCustomer, type Viewer } from '../auth/viewer.js';

/** Upstream takes at most this many ids in one `customer_ids` filter. */
export const IDS_PER_CALL = 100;

/**
 * The customers a customer-scoped viewer's `customers` list covers, in groups of at most 100 ids
 * (one upstream call each): the ids it asked for, or all of its own, that it may see. Sorted, so
 * the groups (and cursors into them) are the same on every request.
 */
export function viewerCustomerGroups(viewer: Viewer, asked: readonly string[] | undefined): string[][] {
  const ids = [...new Set(asked ?? viewer.customerIds)].filter((id) => canSeeCustomer(viewer, id)).sort();
  const groups: string[][] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_CALL) groups.push(ids.slice(start, start + IDS_PER_CALL));
  return groups;
}

/** A short, stable name for a list of ids (part of a cursor's scope). */
export function digestOf(values: readonly string[]): string {
  return createHash('sha256').update(values.join(',')).digest('base64url').slice(0, 22);
}
