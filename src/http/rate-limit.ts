// Fair use: every operation is charged a fixed charge per request plus its query cost
// (src/schema/limits.ts) against a budget of points per window, per API key, and per client address
// for anonymous callers (GitHub's and Shopify's pattern). rate-limiter-flexible keeps the budgets: in this process's memory, or in
// Redis when REDIS_URL is set, so that every server process draws on the same budget.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Logger } from 'pino';
import { principalOf, principalOfMessage, type Principal } from '../auth/principal.js';
import type { Context } from '../context.js';
import type { PrismaClient, Role } from '../generated/prisma/client.js';
import { redisClient } from '../ops/redis.js';
import { ApiError } from '../schema/errors.js';
import { costOf } from '../schema/limits.js';
import { requestIdFrom } from '../ops/request-id.js';
import { clientAddress } from './client-address.js';
import { corsAnswerHeaders } from './cors.js';

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
   * Requests one caller (key or anonymous address) may have running in this process (0: no cap). It
   * keeps a caller's parallel loops from filling the event loop and the database pool that every
   * other caller shares.
   */
  maxInFlight: number;
  /**
   * Requests of a caller at its cap that wait, costing nothing, for one of its own to be answered;
   * beyond those they are refused. An SDK that sends a page's requests at once is slowed, not refused.
   */
  maxWaiting: number;
  /**
   * Milliseconds a refusal of the HTTP gate (budget spent, or too many in flight) is held before it
   * is sent, at most until its Retry-After: a client that ignores Retry-After and asks again at once
   * then asks once per this time per connection, instead of spinning on 429s that take the event
   * loop from everyone else (0: sent at once).
   */
  refusalHoldMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  budgets: { anonymous: 60_000, partner: 300_000, staff: 1_000_000 },
  windowSeconds: 60,
  // At most about 2 requests a second per anonymous address, 10 per partner key, 33 per staff key.
  requestCost: 500,
  keyPrefix: 'aspire:rate',
  trustedProxies: 0,
  // A client that waits for each answer has one running; two let a few parallel requests overlap
  // their database round trips while a caller's flood takes at most two of the event loop's turns.
  maxInFlight: 2,
  maxWaiting: 32,
  refusalHoldMs: 1000,
};

/** Refusals held at once in a process, at most; beyond them (a flood of connections) each is sent at once. */
const MAX_HELD_REFUSALS = 1000;

/**
 * Documents whose query cost (or refusal as too complex) is remembered, for refusing early what a
 * budget cannot pay, and their most characters in all.
 */
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
type ServerContext = { req?: IncomingMessage };
/** Yoga adds the request to every context. */
type RequestContext = Context & YogaInitialContext & ServerContext;

interface Budget {
  limiter: RateLimiterAbstract;
  subject: string;
  maximum: number;
}

/** What is known of a document from an earlier request with the same text and variables. */
type KnownDocument = { cost: number } | { tooComplex: string };

/**
 * Fair use of one server. Node's request listener (`gate`) refuses what a caller cannot pay, and
 * holds a caller's requests beyond its share in flight, before Yoga reads anything: what a flood that
 * ignores its 429s costs is little more than its HTTP. The Yoga plugin charges what runs and reports
 * the budget on every answer.
 */
export interface FairUse {
  plugin: Plugin;
  /** Node's request listener in front of `next` (Yoga's). */
  gate(next: RequestListener): RequestListener;
}

/** Disposing the Yoga server (its plugin) closes the Redis connection. `corsOrigins`: as the server's CORS. */
export function createFairUse(settings: RateLimitSettings, logger: Logger, prisma: PrismaClient, corsOrigins: readonly string[]): FairUse {
  const redis = settings.redisUrl
    ? redisClient(
        settings.redisUrl,
        { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false },
        logger,
        'rate limit store unavailable: budgets kept in memory meanwhile',
      )
    : null;
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

  function budgetOf(principal: Principal, socketAddress: string | undefined, forwardedFor: string | null): Budget {
    const tier = principal.kind === 'key' ? TIER_OF_ROLE[principal.role] : 'anonymous';
    const subject = principal.kind === 'key' ? principal.keyId : clientAddress(socketAddress, forwardedFor, settings.trustedProxies);
    return { limiter: limiters[tier], subject, maximum: settings.budgets[tier] };
  }
  /** The budget of a request Yoga handles (`req`: Node's message it was made from, when served over HTTP). */
  const budgetOfRequest = (principal: Principal, request: Request, req: IncomingMessage | undefined) =>
    budgetOf(principal, req?.socket?.remoteAddress, request.headers.get('x-forwarded-for'));

  const throttleOf = (budget: Budget, state: RateLimiterRes): Throttle => ({
    maximumAvailable: budget.maximum,
    currentlyAvailable: Math.max(0, state.remainingPoints),
    restoreRate: Math.round((budget.maximum / settings.windowSeconds) * 100) / 100,
    resetsInSeconds: Math.ceil(state.msBeforeNext / 1000),
  });
  const retryAfterOf = (state: RateLimiterRes) => Math.max(1, Math.ceil(state.msBeforeNext / 1000));

  // The budget each answer reports, by its request (read back when the response is written).
  const reported = new WeakMap<Request, Throttle>();

  /** A 429 THROTTLED error, reporting what is left of the budget. */
  function throttled(request: Request, budget: Budget, state: RateLimiterRes, message: (throttle: Throttle, retryAfter: number) => string) {
    const throttle = throttleOf(budget, state);
    const retryAfter = retryAfterOf(state);
    reported.set(request, throttle);
    return {
      errors: [new ApiError('THROTTLED', message(throttle, retryAfter), { http: { status: 429, headers: { 'Retry-After': String(retryAfter) } } })],
      throttle,
      retryAfter,
    };
  }

  // What the gate learnt of each request it let through (Yoga's server context holds Node's message).
  const admitted = new WeakMap<IncomingMessage, { budget: Budget; state: RateLimiterRes | null }>();
  // Requests in flight per caller, and those waiting for one of its slots (rate-limiter-flexible
  // counts over time, not at once: a Map does).
  const inFlight = new Map<string, { running: number; waiting: (() => void)[] }>();
  const knownDocuments = new LRUCache<string, KnownDocument>({ ...KNOWN_COSTS, sizeCalculation: (_known, document) => document.length });
  // Each request's document (with its variables, which set page sizes), as a key of knownDocuments.
  const documents = new WeakMap<Request, string>();

  let held = 0;
  /** Resolves when a refusal with this Retry-After may be sent: after the hold, or at once when too many are held. */
  async function holdRefusal(retryAfter: number): Promise<void> {
    const hold = Math.min(settings.refusalHoldMs, retryAfter * 1000);
    if (hold <= 0 || held >= MAX_HELD_REFUSALS) return;
    held += 1;
    await new Promise((resolve) => setTimeout(resolve, hold));
    held -= 1;
  }
  /** The same answer as Yoga would write for a THROTTLED error (with the headers its plugins add), sent after the hold. */
  function refuse(req: IncomingMessage, res: ServerResponse, message: string, throttle: Throttle | undefined, retryAfter: number): void {
    void holdRefusal(retryAfter).then(() => {
      if (!req.socket.destroyed) send(req, res, message, throttle, retryAfter);
    });
  }
  function send(req: IncomingMessage, res: ServerResponse, message: string, throttle: Throttle | undefined, retryAfter: number): void {
    const requestId = requestIdFrom(header(req, 'x-request-id'));
    const media = header(req, 'accept')?.includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json';
    res.writeHead(429, {
      'Content-Type': `${media}; charset=utf-8`,
      'Retry-After': String(retryAfter),
      'X-Request-Id': requestId,
      ...(throttle && rateLimitHeaders(throttle, settings.windowSeconds)),
      ...corsAnswerHeaders(header(req, 'origin'), corsOrigins),
    });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'THROTTLED' } }], extensions: { ...(throttle && { cost: { throttle } }), requestId } }));
  }

  /** Whether Yoga may read the request: false when it has been refused, or its client left while it waited. */
  async function admit(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method === 'OPTIONS' || !/^\/graphql(?:\?|$)/.test(req.url ?? '')) return true;
    const principal = await principalOfMessage(prisma, req, header(req, 'authorization')).catch(() => null);
    if (!principal) return true; // Yoga answers a bad key with 401
    const budget = budgetOf(principal, req.socket.remoteAddress, header(req, 'x-forwarded-for'));
    const state = await budget.limiter.get(budget.subject);
    if (state && state.remainingPoints <= settings.requestCost) {
      const throttle = throttleOf(budget, state);
      const retryAfter = retryAfterOf(state);
      refuse(req, res, `Your budget has ${throttle.currentlyAvailable} points left, less than any operation costs; it is whole again in ${retryAfter} s.`, throttle, retryAfter);
      return false;
    }
    admitted.set(req, { budget, state });
    if (!settings.maxInFlight) return true;
    const caller = `${budget.limiter.keyPrefix}:${budget.subject}`;
    const slots = inFlight.get(caller) ?? { running: 0, waiting: [] };
    inFlight.set(caller, slots);
    if (slots.running < settings.maxInFlight) slots.running += 1;
    else if (slots.waiting.length < settings.maxWaiting) {
      // Waits, costing nothing, for one of the caller's own requests to be answered: a client that
      // sends a page's requests at once is slowed to its share, not refused.
      await new Promise<void>((resolve) => slots.waiting.push(resolve));
    } else {
      const message = `You have ${slots.running} requests in flight and ${slots.waiting.length} waiting, the most one caller may; send the next when one has been answered.`;
      refuse(req, res, message, state ? throttleOf(budget, state) : undefined, 1);
      return false;
    }
    // The slot passes to the caller's next waiting request, if any, once this one's answer is sent.
    const release = () => {
      const next = slots.waiting.shift();
      if (next) next();
      else if (--slots.running === 0) inFlight.delete(caller);
    };
    if (req.socket.destroyed) {
      release();
      return false;
    }
    res.once('close', release);
    return true;
  }

  const plugin: Plugin<Context, ServerContext> = {
    // A document known to be too complex, or whose known cost is over what is left, is refused
    // before it is validated and priced again (the latter held back as the gate's refusals are).
    async onParams({ request, params, setResult, context }) {
      const document = JSON.stringify([params.query, params.variables, params.operationName, params.extensions]);
      documents.set(request, document);
      const known = knownDocuments.get(document);
      if (!known) return;
      if ('tooComplex' in known) return setResult({ errors: [new ApiError('QUERY_TOO_COMPLEX', known.tooComplex)] });
      const gate = context.req && admitted.get(context.req);
      if (!gate?.state) return; // a budget not used yet pays for any operation within it
      const { budget, state } = gate;
      const points = settings.requestCost + Math.max(1, known.cost);
      if (points <= state.remainingPoints || points > budget.maximum) return;
      const { errors, retryAfter } = throttled(request, budget, state, (left, retryAfter) =>
        `The operation costs ${points} points (${settings.requestCost} per request, ${known.cost} of query cost), over the ${left.currentlyAvailable} points left of your budget; it is whole again in ${retryAfter} s.`,
      );
      setResult({ errors });
      // Held like the gate's refusals (the same document sent again at once is refused again).
      return holdRefusal(retryAfter);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as RequestContext;
      const cost = costOf(context);
      if (!cost) return undefined;
      const document = documents.get(context.request);
      if (document) knownDocuments.set(document, { cost: cost.complexity });
      const budget = budgetOfRequest(context.principal, context.request, context.req);
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
          setResult(withThrottle(result, throttle));
        },
      };
    },
    // A document refused as too complex did not run, yet its parsing and pricing did: it is charged
    // the charge per request, so that sending it again and again is throttled like any flood, and
    // remembered, so that the next time it is refused unread.
    async onExecutionResult({ request, result, setResult, context }) {
      if (!result || Symbol.asyncIterator in result || Array.isArray(result)) return;
      const tooComplex = result.errors?.find((error) => error.extensions?.code === 'QUERY_TOO_COMPLEX');
      if (!tooComplex) return;
      const document = documents.get(request);
      if (document) knownDocuments.set(document, { tooComplex: tooComplex.message });
      const principal = await principalOf(prisma, request, context.req).catch(() => null);
      if (!principal) return;
      const budget = budgetOfRequest(principal, request, context.req);
      const throttle = throttleOf(budget, await budget.limiter.penalty(budget.subject, settings.requestCost));
      reported.set(request, throttle);
      setResult(withThrottle(result, throttle));
    },
    onResponse({ request, response }) {
      const throttle = reported.get(request);
      if (!throttle) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(throttle, settings.windowSeconds))) response.headers.set(name, value);
    },
    async onDispose() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };

  function gate(next: RequestListener): RequestListener {
    return (req, res) => {
      admit(req, res).then(
        (go) => go && next(req, res),
        (error: unknown) => {
          // The budget could not be read: the plugin still charges what runs.
          logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'fair use check failed before the request was read');
          next(req, res);
        },
      );
    };
  }

  return { plugin: plugin as Plugin, gate };
}

/** The result with the budget in `extensions.cost.throttle`, beside the cost already reported there. */
function withThrottle<T extends { extensions?: Record<string, unknown> }>(result: T, throttle: Throttle): T {
  return { ...result, extensions: { ...result.extensions, cost: { ...(result.extensions?.cost as object), throttle } } };
}

/** IETF draft-ietf-httpapi-ratelimit-headers (the separate-fields form of its earlier drafts). */
function rateLimitHeaders(throttle: Throttle, windowSeconds: number): Record<string, string> {
  return {
    'RateLimit-Limit': String(throttle.maximumAvailable),
    'RateLimit-Remaining': String(throttle.currentlyAvailable),
    'RateLimit-Reset': String(throttle.resetsInSeconds),
    'RateLimit-Policy': `${throttle.maximumAvailable};w=${windowSeconds}`,
  };
}

/** One request header as Yoga's Request would give it (repeated values joined). */
function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}
