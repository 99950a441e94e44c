// Anonymous answers kept and shared (#14): the public view is the same for every anonymous caller
// in a language, so an answer computed once serves the next ones until a write commits. Requests
// with a key are never answered from it nor stored in it: what a key sees depends on its role and
// tenant. In Redis when REDIS_URL is set (every process shares the answers and their
// invalidation), in this process's memory otherwise.
import { randomUUID } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import { negotiateLocale } from '../i18n.js';
import { redisClient } from '../ops/redis.js';

export interface ResponseCacheSettings {
  /**
   * Longest an answer is kept: the bound for what no write through the API invalidates (a call's
   * status turning at its deadline, data loaded by the CLI). 0 turns the cache off.
   */
  seconds: number;
  /** Redis shared by the server processes; none: this process's memory. */
  redisUrl?: string;
  /** Prefix of the Redis keys (tests give each server its own). */
  keyPrefix: string;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheSettings = { seconds: 60, keyPrefix: 'aspire:answers:' };

export interface PublicResponseCache {
  plugin: Plugin | null;
  /** Called once a write has committed: no answer kept before it is given again. */
  recordsChanged(): Promise<void>;
  close(): Promise<void>;
}

export function publicResponseCache(settings: ResponseCacheSettings, logger: Logger): PublicResponseCache {
  if (settings.seconds <= 0) return { plugin: null, recordsChanged: async () => {}, close: async () => {} };
  const redis = settings.redisUrl ? redisClient(settings.redisUrl, { keyPrefix: settings.keyPrefix, maxRetriesPerRequest: 1 }, logger, 'Redis (response cache)') : null;
  const store = redis ? (createRedisCache({ redis }) as unknown as Cache) : createInMemoryCache({ max: 1000 });
  // Every write starts a new generation of answers, named in each answer's key. Invalidating by the
  // types a write changed (the plugin's way) is not enough here: a project's title is its proposal's,
  // its PI a team member's, and statistics carry no id to find them by. Writes are rare (staff data
  // entry, sync batches), so dropping every answer costs little, and the generation read before an
  // answer is computed also keeps an answer begun before a write from being served after it.
  let generation = 0;
  const GENERATION = 'generation';
  const currentGeneration = async (): Promise<string> =>
    redis ? ((await redis.get(GENERATION).catch(() => randomUUID())) ?? '0') : String(generation);
  // The store's index of answers by entity serves invalidation by entity, which the generation
  // replaces: without it, Redis would keep a set per type that nothing ever empties.
  const cache: Cache = {
    get: (key) => store.get(key),
    set: (key, result, _entities, ttl) => store.set(key, result, [], ttl),
    invalidate: () => undefined,
  };
  const plugin = useResponseCache({
    cache,
    // Decided on the caller the request was authenticated as. The plugin also asks before the
    // context exists (to answer from the cache before validation); it is told no then, so that a
    // kept answer still goes through the cost and the rate limit: fair use charges every operation.
    enabled: (_request, context: Partial<Context>) => context.principal?.kind === 'anonymous',
    // The language is part of the answer (name, title… follow Accept-Language). Keyed requests are
    // never cached: they need no generation.
    session: async (request) =>
      request.headers.get('authorization') ? null : `${negotiateLocale(request.headers.get('accept-language'))}|${await currentGeneration()}`,
    ttl: settings.seconds * 1000,
    idFields: [],
    invalidateViaMutation: false,
    shouldCacheResult: ({ result }) => !result.errors?.length,
    includeExtensionMetadata: false,
  });
  return {
    plugin,
    async recordsChanged() {
      if (!redis) {
        generation++;
        return;
      }
      // The write has committed: failing to tell must not fail it; the answers expire with their TTL.
      await redis.incr(GENERATION).catch((error: unknown) => logger.warn({ err: error }, 'could not drop the kept answers'));
    },
    async close() {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
