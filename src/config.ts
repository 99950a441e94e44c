import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_KEY_CACHE_SECONDS } from './auth/key-cache.js';
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheSettings } from './http/response-cache.js';
import { databaseTargetFromEnv, type DatabaseTarget } from './db/adapter.js';
import { wholeNumber } from './env.js';
import { webhookSettingsFromEnv, type WebhookSettings } from './modules/webhooks/settings.js';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from './http/rate-limit.js';
import type { ArbitraryOperations } from './server.js';

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Load the fictional demo dataset on first start. */
  demoData: boolean;
  /** Production hides GraphiQL, field suggestions and internal error messages. */
  production: boolean;
  arbitraryOperations?: ArbitraryOperations;
  webhooks: WebhookSettings;
  rateLimit: RateLimitSettings;
  /** Redis shared by the server processes (rate limit, key revocations, response cache); none: each process's memory. */
  redisUrl?: string;
  /** How long a process trusts an API key it has looked up, when no revocation reaches it. */
  keyCacheSeconds: number;
  responseCache: ResponseCacheSettings;
  /** Origins allowed to call with credentials; none: any origin, without credentials. */
  corsOrigins: string[];
}

function arbitraryOperationsFrom(value: string | undefined): ArbitraryOperations | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'all' || value === 'authenticated' || value === 'none') return value;
  throw new Error(`ASPIRE_ARBITRARY_OPERATIONS must be all, authenticated or none, got "${value}"`);
}

function rateLimitFrom(env: NodeJS.ProcessEnv): RateLimitSettings {
  const { budgets, windowSeconds, requestCost, keyPrefix, maxInFlight, maxWaiting, refusalHoldMs } = DEFAULT_RATE_LIMITS;
  return {
    budgets: {
      anonymous: wholeNumber(env, 'ASPIRE_RATE_LIMIT_ANONYMOUS', budgets.anonymous, 1),
      partner: wholeNumber(env, 'ASPIRE_RATE_LIMIT_PARTNER', budgets.partner, 1),
      staff: wholeNumber(env, 'ASPIRE_RATE_LIMIT_STAFF', budgets.staff, 1),
    },
    windowSeconds: wholeNumber(env, 'ASPIRE_RATE_LIMIT_WINDOW', windowSeconds, 1),
    requestCost: wholeNumber(env, 'ASPIRE_RATE_LIMIT_REQUEST_COST', requestCost),
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.ASPIRE_RATE_LIMIT_PREFIX || keyPrefix,
    trustedProxies: wholeNumber(env, 'ASPIRE_TRUST_PROXY', 0),
    maxInFlight: wholeNumber(env, 'ASPIRE_RATE_LIMIT_IN_FLIGHT', maxInFlight),
    maxWaiting: wholeNumber(env, 'ASPIRE_RATE_LIMIT_WAITING', maxWaiting),
    refusalHoldMs: wholeNumber(env, 'ASPIRE_RATE_LIMIT_HOLD_MS', refusalHoldMs),
  };
}

/**
 * Answers depend on the database: processes of one deployment share it, and so their answers in
 * Redis; another database on the same Redis (a staging copy, a test) gets keys of its own.
 */
function responseCacheFrom(env: NodeJS.ProcessEnv): ResponseCacheSettings {
  const database = databaseTargetFromEnv(env);
  const identity = database.kind === 'postgres' ? database.url : path.resolve(database.dataDir);
  return {
    seconds: wholeNumber(env, 'ASPIRE_RESPONSE_CACHE_SECONDS', DEFAULT_RESPONSE_CACHE.seconds),
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: `${DEFAULT_RESPONSE_CACHE.keyPrefix}${createHash('sha256').update(identity).digest('hex').slice(0, 16)}:`,
  };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    database: databaseTargetFromEnv(env),
    demoData: env.ASPIRE_DEMO_DATA !== '0',
    production: env.NODE_ENV === 'production',
    arbitraryOperations: arbitraryOperationsFrom(env.ASPIRE_ARBITRARY_OPERATIONS),
    webhooks: webhookSettingsFromEnv(env),
    rateLimit: rateLimitFrom(env),
    redisUrl: env.REDIS_URL || undefined,
    keyCacheSeconds: wholeNumber(env, 'ASPIRE_KEY_CACHE_SECONDS', DEFAULT_KEY_CACHE_SECONDS, 1),
    responseCache: responseCacheFrom(env),
    corsOrigins: (env.ASPIRE_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  };
}
