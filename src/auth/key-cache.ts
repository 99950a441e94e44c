// API keys looked up once per key per few seconds (#14): most requests send no statement for their
// key. A revocation takes effect at once in the process that makes it, in the other server
// processes as soon as Redis tells them (REDIS_URL), and without Redis within the cache's lifetime.
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { ApiKey } from '../generated/prisma/client.js';
import { redisClient } from '../ops/redis.js';

export const DEFAULT_KEY_CACHE_SECONDS = 5;
const CHANNEL = 'aspire:api-keys:revoked';

/** Keys by hash. Unknown keys are not kept: a key created by another process works at once. */
let keys = new LRUCache<string, ApiKey>({ max: 10_000, ttl: DEFAULT_KEY_CACHE_SECONDS * 1000 });
let publisher: Redis | null = null;

export const cachedKey = (keyHash: string): ApiKey | undefined => keys.get(keyHash);
export const keepKey = (keyHash: string, key: ApiKey): void => void keys.set(keyHash, key);

/** Drops a key from this process's cache: its next use reads the database. */
function forget(id: string): void {
  for (const [hash, key] of keys.entries()) if (key.id === id) keys.delete(hash);
}

/**
 * Once a revocation has committed (earlier, a request in between could cache the row again): this
 * process forgets the key, and the others are told. Failing to tell them fails nothing: their
 * cached row expires within the cache's lifetime.
 */
export async function keyRevoked(id: string, logger?: Logger): Promise<void> {
  forget(id);
  await publisher?.publish(CHANNEL, id).catch((error: unknown) => logger?.warn({ err: error }, 'could not announce a key revocation'));
}

/**
 * Sets this process's cache lifetime and, with Redis, listens to the other processes' revocations
 * and announces its own. Returns what closes the connections.
 */
export async function shareKeyRevocations(options: { redisUrl?: string; cacheSeconds?: number; logger: Logger }): Promise<() => Promise<void>> {
  keys = new LRUCache({ max: 10_000, ttl: (options.cacheSeconds ?? DEFAULT_KEY_CACHE_SECONDS) * 1000 });
  if (!options.redisUrl) return async () => {};
  const connection = { maxRetriesPerRequest: 1, lazyConnect: true } as const;
  const subscriber = redisClient(options.redisUrl, connection, options.logger, 'Redis (key revocations)');
  const announcer = redisClient(options.redisUrl, connection, options.logger, 'Redis (key revocations)');
  subscriber.on('message', (_channel: string, id: string) => forget(id));
  // Revocations announced while the connection was down are lost: forget every key instead.
  subscriber.on('ready', () => keys.clear());
  await Promise.all([subscriber.connect(), announcer.connect()]);
  await subscriber.subscribe(CHANNEL);
  publisher = announcer;
  return async () => {
    if (publisher === announcer) publisher = null;
    await Promise.all([subscriber.quit(), announcer.quit()]);
  };
}
