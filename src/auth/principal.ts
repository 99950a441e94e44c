import type { ApiKey, PrismaClient, Role } from '../generated/prisma/client.js';
import { ApiError } from '../schema/errors.js';
import { cachedKey, keepKey } from './key-cache.js';
import { hashKey } from './keys.js';

/** Who is asking: an API key's role and tenant, or nobody (the public view). */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'key'; keyId: string; name: string; role: Role; agencyId: string | null; organizationId: string | null };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** Writing lastUsedAt on every request would make every read a write; a minute is precise enough. */
const LAST_USED_GRANULARITY_MS = 60_000;

function unauthenticated(message: string): ApiError {
  return new ApiError('UNAUTHENTICATED', message, { http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } });
}

/**
 * Resolves the Authorization header. No header is the public view; a header that does not name a
 * live key is refused with 401, never silently treated as anonymous.
 */
export async function authenticate(prisma: PrismaClient, header: string | null, now = new Date()): Promise<Principal> {
  if (header === null || header === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <API key>".');
  const keyHash = hashKey(match[1]);
  let key = cachedKey(keyHash);
  if (!key) {
    key = (await prisma.apiKey.findUnique({ where: { keyHash } })) ?? undefined;
    if (key) keepKey(keyHash, key);
  }
  if (!key) throw unauthenticated('The API key is not known.');
  if (key.revokedAt) throw unauthenticated('The API key has been revoked.');
  if (key.expiresAt && key.expiresAt <= now) throw unauthenticated('The API key has expired.');
  touch(prisma, key, now);
  return {
    kind: 'key',
    keyId: key.id,
    name: key.name,
    role: key.role,
    agencyId: key.agencyId,
    organizationId: key.organizationId,
  };
}

// By Yoga's Request, and by Node's incoming message for the HTTP gate, which asks before a Request exists.
const principals = new WeakMap<object, Promise<Principal>>();

/**
 * The caller of a request, authenticated once however many steps ask: `incoming`, Node's message
 * the Request was made from, finds what the HTTP gate found (principalOfMessage).
 */
export function principalOf(prisma: PrismaClient, request: Request, incoming?: object): Promise<Principal> {
  let principal = principals.get(request) ?? (incoming && principals.get(incoming));
  if (!principal) principal = authenticate(prisma, request.headers.get('authorization'));
  principals.set(request, principal);
  return principal;
}

/** The caller of Node's incoming message, from its Authorization header, for the HTTP gate. */
export function principalOfMessage(prisma: PrismaClient, incoming: object, authorization: string | null): Promise<Principal> {
  let principal = principals.get(incoming);
  if (!principal) principals.set(incoming, (principal = authenticate(prisma, authorization)));
  return principal;
}

/** Bookkeeping writes still under way; whoever closes the database waits for them first. */
const inFlight = new Set<Promise<unknown>>();

/** Resolves once no lastUsedAt write is under way: a write cut off by closing the pool would hold a connection open. */
export async function bookkeepingSettled(): Promise<void> {
  await Promise.all([...inFlight]);
}

function touch(prisma: PrismaClient, key: ApiKey, now: Date) {
  if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() < LAST_USED_GRANULARITY_MS) return;
  // The cached row remembers the write, so that the next minute's requests skip it.
  key.lastUsedAt = now;
  // Bookkeeping must never fail the request it describes.
  const write = prisma.apiKey
    .updateMany({
      where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_GRANULARITY_MS) } }] },
      data: { lastUsedAt: now },
    })
    .catch(() => undefined);
  inFlight.add(write);
  void write.finally(() => inFlight.delete(write));
}
