import { decodeBase64 } from '@pothos/core';
import { InputError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let nodeTypes: ReadonlySet<string> | null = null;

/** Once the schema is built, it names its Node types: an id of any other type is then bad input. */
export function acceptNodeTypes(names: Iterable<string>): void {
  nodeTypes = new Set(names);
}

/**
 * Global ids are base64("Type:uuid"). A malformed one is bad input, caught here rather than as a
 * database error when a made-up id reaches PostgreSQL.
 */
export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  let decoded = '';
  try {
    decoded = decodeBase64(globalId);
  } catch {
    // fall through to the error below
  }
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator <= 0 || !/^[A-Z]\w*$/.test(typename) || !UUID.test(id)) {
    throw new InputError(`"${globalId}" is not a valid global id`);
  }
  if (nodeTypes && !nodeTypes.has(typename)) throw new InputError(`"${globalId}" is not the id of any type of this API`);
  return { typename, id };
}
