// The Redis connections of the caches and the rate limit, shared by the server processes when
// REDIS_URL is set. ioredis is required on first use, not imported: a server without Redis (the
// default) would hold its 10–25 MB for nothing. It is CommonJS, so `require` loads it synchronously.
import { createRequire } from 'node:module';
import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

const require = createRequire(import.meta.url);

/** A client of `url` whose errors are logged as warnings with `message` (ioredis reconnects itself). */
export function redisClient(url: string, options: RedisOptions, logger: Logger, message: string): Redis {
  const { Redis: Client } = require('ioredis') as typeof import('ioredis');
  const redis = new Client(url, options);
  redis.on('error', (error: Error) => logger.warn({ err: error }, message));
  return redis;
}
