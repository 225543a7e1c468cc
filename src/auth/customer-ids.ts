import { decodeGlobalID } from '@pothos/plugin-relay';
import { isUuid } from '../schema/ids.js';

/**
 * A customer id as a token may list it: the Metronome UUID, or the `Customer` global ID a
 * frontend reads from `Customer.id`. Both name the same customer, so both grant it; the viewer
 * holds UUIDs (lower case), which is what upstream filters and the visibility checks compare.
 * Anything else is undefined: the caller refuses the token instead of granting nothing silently.
 */
export function customerUuidOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isUuid(value)) return value.toLowerCase();
  try {
    const { typename, id } = decodeGlobalID(value);
    if (typename === 'Customer' && isUuid(id)) return id.toLowerCase();
  } catch {
    // Not base64 of "Type:id": not a global ID.
  }
  return undefined;
}
