// Connection page sizes, as GitHub's API has them: a default, and a maximum that is rejected
// when exceeded rather than silently clamped.
import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { UUID } from './global-id.js';

export const CONNECTION_DEFAULT_SIZE = 20;
export const CONNECTION_MAX_SIZE = 100;

const OFFSET = /^OffsetConnection:(\d{1,9})$/;

/**
 * Whether `cursor` is one this API hands out: every keyset connection orders by uuid columns
 * (Pothos's `GPC:` cursors, one id or a tuple of them), the few in-memory lists by offset. A
 * cursor that decodes but holds anything else would otherwise reach the database as a malformed
 * uuid (an internal error) instead of being refused as bad input.
 */
export function isConnectionCursor(cursor: string): boolean {
  let decoded: string;
  try {
    decoded = decodeBase64(cursor);
  } catch {
    return false;
  }
  if (OFFSET.test(decoded)) return true;
  if (!decoded.startsWith('GPC:')) return false;
  let value: unknown;
  try {
    value = decodeCursorChunk(decoded.slice(4));
  } catch {
    return false;
  }
  const parts = Array.isArray(value) ? value : [value];
  return parts.length > 0 && parts.every((part) => typeof part === 'string' && UUID.test(part));
}
