// Anonymous answers kept and shared (#14): the public view is the same for every anonymous caller
// in a language, so an answer computed once serves the next ones until a write changes a type it
// shows. Requests with a key are never answered from it nor stored in it: what a key sees depends
// on its role and tenant. In Redis when REDIS_URL is set (every process shares
// the answers and their invalidation), in this process's memory otherwise.
import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, useResponseCache, type UseResponseCacheParameter } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RecordType } from '../generated/prisma/client.js';
import type { Context } from '../context.js';
import { negotiateLocale } from '../i18n.js';

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

/** The GraphQL types that show each kind of record the change log records. */
const TYPES_OF: Record<RecordType, readonly string[]> = {
  CALL: ['Call'],
  COUNTRY: ['Country'],
  FUNDING_AGENCY: ['FundingAgency'],
  RESEARCH_FIELD: ['ResearchField'],
  ORGANIZATION: ['Organization'],
  RESEARCHER: ['Researcher'],
  PROPOSAL: ['Proposal'],
  TEAM_MEMBER: ['TeamMember'],
  DECISION: ['Decision'],
  PROJECT: ['Project'],
  OUTCOME: ['Outcome'],
  MOBILITY: ['Mobility'],
  EVALUATION: ['Evaluation'],
  INDICATOR: ['Indicator'],
};

export interface PublicResponseCache {
  plugin: Plugin | null;
  /**
   * Drops every kept answer that shows a record of these kinds (or lists none where it might):
   * called once a write has committed. A changed record can join or leave any list of its type,
   * so a whole type goes, not only the answers naming the record.
   */
  recordsChanged(types: ReadonlySet<RecordType>): Promise<void>;
  close(): Promise<void>;
}

export function publicResponseCache(settings: ResponseCacheSettings, logger: Logger): PublicResponseCache {
  if (settings.seconds <= 0) return { plugin: null, recordsChanged: async () => {}, close: async () => {} };
  // The Redis store keeps no prefix of its own: ioredis adds it to every key but KEYS patterns. So
  // answers are indexed by type alone (an entity id names its type), and the store's KEYS lookup of
  // `Type:*` ids, which would miss the prefix, has nothing to find.
  const redis = settings.redisUrl ? new Redis(settings.redisUrl, { keyPrefix: settings.keyPrefix, maxRetriesPerRequest: 1 }) : null;
  redis?.on('error', (error) => logger.warn({ err: error }, 'Redis (response cache)'));
  const cache = redis
    ? (createRedisCache({ redis, buildRedisEntityId: (typename) => typename }) as unknown as NonNullable<UseResponseCacheParameter['cache']>)
    : createInMemoryCache({ max: 1000 });
  const plugin = useResponseCache({
    cache,
    // Decided on the caller the request was authenticated as. The plugin also asks before the
    // context exists (to answer from the cache before validation); it is told no then, so that a
    // kept answer still goes through the cost and the rate limit like any other, as main's fair-use
    // rules charge every operation its cost.
    enabled: (_request, context: Partial<Context>) => context.principal?.kind === 'anonymous',
    // The language is part of the answer (name, title… follow Accept-Language).
    session: (request) => negotiateLocale(request.headers.get('accept-language')),
    ttl: settings.seconds * 1000,
    // Writes invalidate through recordsChanged, which also sees sync batches and replays nothing.
    invalidateViaMutation: false,
    shouldCacheResult: ({ result }) => !result.errors?.length,
    includeExtensionMetadata: false,
  });
  return {
    plugin,
    async recordsChanged(types) {
      const entities = [...types].flatMap((type) => TYPES_OF[type].map((typename) => ({ typename })));
      if (!entities.length) return;
      // The write has committed: failing to invalidate must not fail it; the answer expires with its TTL.
      await Promise.resolve(cache.invalidate(entities)).catch((error: unknown) => logger.warn({ err: error }, 'could not invalidate cached answers'));
    },
    async close() {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
