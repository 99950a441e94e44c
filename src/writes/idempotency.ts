import type { Principal } from '../auth/principal.js';
import type { Prisma } from '../generated/prisma/client.js';
import { ApiError } from '../schema/errors.js';
import { lockNames, type Tx } from './transaction.js';

/** Whose keys a stored answer belongs to: an agency's keys share one space, any other key has its own. */
export function idempotencyScope(principal: Principal): string | null {
  if (principal.kind !== 'key') return null;
  return principal.role === 'AGENCY' && principal.agencyId ? `agency:${principal.agencyId}` : `key:${principal.keyId}`;
}

/**
 * The answer stored under this key, or null the first time. The key is locked until commit, so a
 * concurrent retry waits for the first request and then finds its answer here.
 */
export async function storedAnswer(tx: Tx, scope: string, key: string, requestHash: string): Promise<Prisma.JsonValue | null> {
  await lockNames(tx, [`idempotency:${scope}:${key}`]);
  const stored = await tx.idempotentRequest.findUnique({ where: { scope_key: { scope, key } } });
  if (!stored) return null;
  if (stored.requestHash !== requestHash) {
    throw new ApiError('IDEMPOTENCY_KEY_REUSED', `The idempotency key "${key}" was used for a different request: use a new key for new data.`);
  }
  return stored.response;
}

/** Stores the answer in the write's own transaction: the answer exists exactly when the write does. */
export async function storeAnswer(tx: Tx, scope: string, key: string, requestHash: string, operation: string, response: Prisma.InputJsonValue): Promise<void> {
  await tx.idempotentRequest.create({ data: { scope, key, operation: operation.slice(0, 64), requestHash, response } });
}
