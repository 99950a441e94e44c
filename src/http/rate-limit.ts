// Fair use: every operation is charged a fixed charge per request plus its query cost
// (src/schema/limits.ts) against a budget of points per window, per API key, and per client address
// for anonymous callers (GitHub's and Shopify's pattern). rate-limiter-flexible keeps the budgets: in this process's memory, or in
// Redis when REDIS_URL is set, so that every server process draws on the same budget.
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Logger } from 'pino';
import { principalOf, type Principal } from '../auth/principal.js';
import type { Context } from '../context.js';
import type { PrismaClient, Role } from '../generated/prisma/client.js';
import { ApiError } from '../schema/errors.js';
import { costOf } from '../schema/limits.js';
import { requestIdOf } from '../ops/request-id.js';
import { clientAddress } from './client-address.js';

/** Who shares a budget size: anonymous callers, partner keys, JST's own keys. */
export type Tier = 'anonymous' | 'partner' | 'staff';

export interface RateLimitSettings {
  /** Points each tier may spend per window. */
  budgets: Record<Tier, number>;
  /** Seconds after a budget's first use at which it is whole again. */
  windowSeconds: number;
  /**
   * Points every operation costs on top of its query cost: the work of any request (HTTP, key,
   * parsing, validation) that the query cost does not price. It bounds how many requests a budget
   * buys, so that a flood of cheap reads is throttled like a few costly ones.
   */
  requestCost: number;
  /** Redis shared by the server processes; none: this process's memory. */
  redisUrl?: string;
  /** Prefix of the Redis keys (tests give each server its own). */
  keyPrefix: string;
  /** Reverse proxies in front whose X-Forwarded-For entry is trusted (0: the socket's peer is the client). */
  trustedProxies: number;
  /**
   * Requests one caller (key or anonymous address) may have in flight in this process; as many more
   * wait their turn, and beyond those are refused at once (0: no cap). It keeps a caller's parallel
   * loops from filling the event loop and the database pool that every other caller shares.
   */
  maxInFlight: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  budgets: { anonymous: 60_000, partner: 300_000, staff: 1_000_000 },
  windowSeconds: 60,
  // At most about 2 requests a second per anonymous address, 10 per partner key, 33 per staff key.
  requestCost: 500,
  keyPrefix: 'aspire:rate',
  trustedProxies: 0,
  // A client that waits for each answer has one in flight; an SDK reading pages in parallel a few
  // (as many more wait their turn).
  maxInFlight: 4,
};

/** Documents whose query cost is remembered, for refusing early what a budget cannot pay, and their most characters in all. */
const KNOWN_COSTS = { max: 1000, maxSize: 2_000_000 };

const TIER_OF_ROLE: Record<Role, Tier> = { INSTITUTION: 'partner', AGENCY: 'partner', STAFF: 'staff', ADMIN: 'staff' };

/** What `extensions.cost.throttle` reports, as Shopify's API does; restoreRate is points per second on average. */
export interface Throttle {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
  /** Seconds until the budget is whole again. */
  resetsInSeconds: number;
}

/** Node's HTTP server adds its incoming message to every server context. */
type ServerContext = { req?: { socket?: { remoteAddress?: string } } };
/** Yoga adds the request to every context. */
type RequestContext = Context & YogaInitialContext & ServerContext;

interface Budget {
  limiter: RateLimiterAbstract;
  subject: string;
  maximum: number;
}

/** The Yoga plugin; disposing the server closes its Redis connection. */
export function useRateLimit(settings: RateLimitSettings, logger: Logger, prisma: PrismaClient): Plugin {
  const redis = settings.redisUrl
    ? new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : null;
  redis?.on('error', (error) => logger.warn({ err: error.message }, 'rate limit store unavailable: budgets kept in memory meanwhile'));
  const limiterOf = (tier: Tier): RateLimiterAbstract => {
    const options = { points: settings.budgets[tier], duration: settings.windowSeconds, keyPrefix: `${settings.keyPrefix}:${tier}` };
    // If Redis fails, each process keeps its own budget rather than refusing everyone or no one.
    return redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
  };
  const limiters: Record<Tier, RateLimiterAbstract> = {
    anonymous: limiterOf('anonymous'),
    partner: limiterOf('partner'),
    staff: limiterOf('staff'),
  };

  function budgetOf(principal: Principal, request: Request, server: ServerContext): Budget {
    const tier = principal.kind === 'key' ? TIER_OF_ROLE[principal.role] : 'anonymous';
    const subject =
      principal.kind === 'key'
        ? principal.keyId
        : clientAddress(server.req?.socket?.remoteAddress, request.headers.get('x-forwarded-for'), settings.trustedProxies);
    return { limiter: limiters[tier], subject, maximum: settings.budgets[tier] };
  }

  const throttleOf = (budget: Budget, state: RateLimiterRes): Throttle => ({
    maximumAvailable: budget.maximum,
    currentlyAvailable: Math.max(0, state.remainingPoints),
    restoreRate: Math.round((budget.maximum / settings.windowSeconds) * 100) / 100,
    resetsInSeconds: Math.ceil(state.msBeforeNext / 1000),
  });

  // The budget each answer reports, by its request (read back when the response is written).
  const reported = new WeakMap<Request, Throttle>();

  /** What a refusal reports: what is left of the budget, and when to retry. */
  function refused(request: Request, budget: Budget, state: RateLimiterRes) {
    const throttle = throttleOf(budget, state);
    reported.set(request, throttle);
    return { throttle, retryAfter: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
  }

  /** A 429 THROTTLED error, reporting what is left of the budget. */
  function throttled(request: Request, budget: Budget, state: RateLimiterRes, message: (throttle: Throttle, retryAfter: number) => string) {
    const { throttle, retryAfter } = refused(request, budget, state);
    return {
      errors: [new ApiError('THROTTLED', message(throttle, retryAfter), { http: { status: 429, headers: { 'Retry-After': String(retryAfter) } } })],
      throttle,
    };
  }

  /**
   * The same answer as Yoga would write for the error (its other hooks add the request id, CORS and
   * RateLimit headers), made here without Yoga reading the request: what a flood that ignores its
   * 429s costs the server is little more than its HTTP.
   */
  function refusal(request: Request, message: string, throttle: Throttle | undefined, retryAfter: number): Response {
    const accept = request.headers.get('accept') ?? '';
    const body = { errors: [{ message, extensions: { code: 'THROTTLED' } }], extensions: { ...(throttle && { cost: { throttle } }), requestId: requestIdOf(request) } };
    return new Response(JSON.stringify(body), {
      status: 429,
      headers: {
        'Content-Type': `${accept.includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json'}; charset=utf-8`,
        'Retry-After': String(retryAfter),
      },
    });
  }

  // What each request's caller may spend, known from its first hook on.
  const budgets = new WeakMap<Request, { budget: Budget; state: RateLimiterRes | null }>();
  // Requests in flight per caller, and those waiting for one of its slots (rate-limiter-flexible
  // counts over time, not at once: a Map does).
  const inFlight = new Map<string, { running: number; waiting: (() => void)[] }>();
  const counted = new WeakMap<Request, string>();
  // The query cost of documents seen (with their variables, which set page sizes).
  const knownCosts = new LRUCache<string, number>({ ...KNOWN_COSTS, sizeCalculation: (_cost, document) => document.length });
  const documentOf = (params: { query?: string; variables?: unknown; operationName?: string; extensions?: unknown }) =>
    JSON.stringify([params.query, params.variables, params.operationName, params.extensions]);

  const plugin: Plugin<Context & ServerContext> = {
    // Before Yoga reads the request: a caller over its requests in flight, or whose budget cannot pay
    // even the charge per request, is refused at once.
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return;
      const principal = await principalOf(prisma, request).catch(() => null);
      if (!principal) return; // the context answers the bad key with 401
      const budget = budgetOf(principal, request, serverContext as ServerContext);
      const state = await budget.limiter.get(budget.subject);
      budgets.set(request, { budget, state });
      if (state && state.remainingPoints <= settings.requestCost) {
        const { throttle, retryAfter } = refused(request, budget, state);
        const message = `Your budget has ${throttle.currentlyAvailable} points left, less than any operation costs; it is whole again in ${retryAfter} s.`;
        return endResponse(refusal(request, message, throttle, retryAfter));
      }
      const caller = `${budget.limiter.keyPrefix}:${budget.subject}`;
      const slots = inFlight.get(caller) ?? { running: 0, waiting: [] };
      if (!settings.maxInFlight || slots.running < settings.maxInFlight) slots.running += 1;
      else if (slots.waiting.length < settings.maxInFlight) {
        // Waits, costing nothing, for one of the caller's own requests to be answered: a client that
        // sends a page's requests at once is slowed to its share, not refused.
        await new Promise<void>((resolve) => slots.waiting.push(resolve));
      } else {
        const throttle = state ? refused(request, budget, state).throttle : undefined;
        const message = `You have ${slots.running} requests in flight and ${slots.waiting.length} waiting, the most one caller may; send the next when one has been answered.`;
        return endResponse(refusal(request, message, throttle, 1));
      }
      inFlight.set(caller, slots);
      counted.set(request, caller);
    },
    // A document whose cost, known from an earlier request, is over what is left is refused before
    // it is validated and priced again.
    onParams({ request, params, setResult }) {
      const known = budgets.get(request);
      if (!known?.state) return; // a budget not used yet pays for any operation within it
      const { budget, state } = known;
      const cost = knownCosts.get(documentOf(params));
      if (cost === undefined) return;
      const points = settings.requestCost + Math.max(1, cost);
      if (points <= state.remainingPoints || points > budget.maximum) return;
      const { errors } = throttled(request, budget, state, (left, retryAfter) =>
        `The operation costs ${points} points (${settings.requestCost} per request, ${cost} of query cost), over the ${left.currentlyAvailable} points left of your budget; it is whole again in ${retryAfter} s.`,
      );
      setResult({ errors });
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as RequestContext;
      const cost = costOf(context);
      if (!cost) return undefined;
      knownCosts.set(documentOf(context.params), cost.complexity);
      const budget = budgetOf(context.principal, context.request, context);
      const points = settings.requestCost + Math.max(1, cost.complexity);
      const charge = `${points} points (${settings.requestCost} per request, ${cost.complexity} of query cost)`;
      if (points > budget.maximum) {
        setResultAndStopExecution({
          errors: [
            new ApiError('QUERY_TOO_COMPLEX', `The operation costs ${charge}, over your budget of ${budget.maximum} points per ${settings.windowSeconds} s.`),
          ],
        });
        return undefined;
      }
      let throttle: Throttle;
      try {
        throttle = throttleOf(budget, await budget.limiter.consume(budget.subject, points));
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        // A refused operation costs nothing: give back what the attempt counted.
        const restored = await budget.limiter.reward(budget.subject, points).catch(() => refusal);
        const answer = throttled(context.request, budget, restored, (left, retryAfter) =>
          `The operation costs ${charge}, over the ${left.currentlyAvailable} points left of your budget; it is whole again in ${retryAfter} s.`,
        );
        setResultAndStopExecution({ errors: answer.errors, extensions: { cost: { ...cost, throttle: answer.throttle } } });
        return undefined;
      }
      reported.set(context.request, throttle);
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: { ...(result.extensions?.cost as object), throttle } } });
        },
      };
    },
    onResponse({ request, response }) {
      const caller = counted.get(request);
      if (caller) {
        const slots = inFlight.get(caller)!;
        // The slot passes to the caller's next waiting request, if any.
        const next = slots.waiting.shift();
        if (next) next();
        else if (--slots.running === 0) inFlight.delete(caller);
      }
      const throttle = reported.get(request);
      if (!throttle) return;
      // IETF draft-ietf-httpapi-ratelimit-headers (the separate-fields form of its earlier drafts).
      response.headers.set('RateLimit-Limit', String(throttle.maximumAvailable));
      response.headers.set('RateLimit-Remaining', String(throttle.currentlyAvailable));
      response.headers.set('RateLimit-Reset', String(throttle.resetsInSeconds));
      response.headers.set('RateLimit-Policy', `${throttle.maximumAvailable};w=${settings.windowSeconds}`);
    },
    async onDispose() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
  return plugin as Plugin;
}
