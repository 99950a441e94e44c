import type { RequestListener } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createYoga, useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { createContext, type Context } from './context.js';
import type { Database } from './db/client.js';
import { useCors } from './http/cors.js';
import { useExports } from './modules/exports/http.js';
import { createFairUse, DEFAULT_RATE_LIMITS, type RateLimitSettings } from './http/rate-limit.js';
import { publicResponseCache, type ResponseCacheSettings } from './http/response-cache.js';
import { graphiql } from './ops/graphiql.js';
import { useMetrics } from './ops/metrics.js';
import { requestIdOf, useRequestId } from './ops/request-id.js';
import { PERSISTED_OPERATION_ERRORS, refuseAsTooComplex, useHiddenSuggestions, withStableCode } from './schema/errors.js';
import { useQueryLimits } from './schema/limits.js';
import { sdkDocuments } from './schema/sdk-documents.js';
import { schema } from './schema/index.js';

/** Which callers may send documents of their own; the SDK's persisted operations are always accepted. */
export type ArbitraryOperations = 'all' | 'authenticated' | 'none';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  /** Default 'all': cost limits and the rate limit bound what anyone's own documents may ask. */
  arbitraryOperations?: ArbitraryOperations;
  /** Hides GraphiQL, field suggestions and the messages of unexpected errors. */
  production?: boolean;
  /** Default: DEFAULT_RATE_LIMITS, in this process's memory. */
  rateLimit?: RateLimitSettings;
  /** Origins that may call from a browser; none: any origin (without credentials). */
  corsOrigins?: readonly string[];
  /** Anonymous answers kept until a write changes them; none: every request is answered afresh. */
  responseCache?: ResponseCacheSettings;
  /** OpenTelemetry's plugins, from `await useTracing()` (src/ops/tracing.ts); none: no traces. */
  tracing?: Plugin<Context>[];
}

/** One line per request: what was asked, how it ended, how long it took. */
function useRequestLog(logger: Logger): Plugin {
  return {
    onRequest({ request, serverContext }) {
      (serverContext as { startedAt?: number }).startedAt = performance.now();
      void request;
    },
    onResponse({ request, response, serverContext }) {
      const startedAt = (serverContext as { startedAt?: number }).startedAt ?? performance.now();
      logger.info(
        {
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          requestId: requestIdOf(request),
          ms: Math.round(performance.now() - startedAt),
        },
        'request',
      );
    },
  };
}

/** Gives every expected error its stable code (see withStableCode). */
function useStableErrorCodes(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map(withStableCode));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors) return;
          setResult({ ...result, errors: result.errors.map(withStableCode) });
        },
      };
    },
  };
}

/** Builds the GraphQL server without opening a port: tests call `yoga.fetch` directly; `requestListener` serves it over HTTP. */
export function createServer(options: ServerOptions) {
  const { db, logger, production = false, arbitraryOperations: arbitrary = 'all', rateLimit = DEFAULT_RATE_LIMITS, corsOrigins = [] } = options;
  const answers = publicResponseCache(options.responseCache ?? { seconds: 0, keyPrefix: '' }, logger);
  const fairUse = createFairUse(rateLimit, logger, db.prisma, corsOrigins);
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    ...graphiql(production),
    landingPage: false,
    cors: false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    context: async ({ request, params, req }) => ({
      ...(await createContext(db, logger, request, params, req as object | undefined)),
      answersChanged: answers.recordsChanged,
    }),
    plugins: [
      useRequestId(),
      useCors(corsOrigins),
      useMetrics(db),
      ...(options.tracing ?? []),
      // Depth and cost are limited by useQueryLimits, field suggestions hidden by useHiddenSuggestions;
      // armor guards the parser.
      EnvelopArmorPlugin({
        blockFieldSuggestion: { enabled: false },
        maxDepth: { enabled: false },
        costLimit: { enabled: false },
        maxTokens: { n: 5000, propagateOnRejection: false, onReject: [refuseAsTooComplex] },
        maxAliases: { n: 30, propagateOnRejection: false, onReject: [refuseAsTooComplex] },
        maxDirectives: { n: 50, propagateOnRejection: false, onReject: [refuseAsTooComplex] },
      }),
      useQueryLimits(),
      fairUse.plugin,
      usePersistedOperations({
        customErrors: PERSISTED_OPERATION_ERRORS,
        getPersistedOperation: (hash) => sdkDocuments.get(hash) ?? null,
        allowArbitraryOperations: (request) =>
          arbitrary === 'all' || (arbitrary === 'authenticated' && !!request.headers.get('authorization')),
      }),
      // After the persisted operations (its key needs the document they name) and after the cost and
      // the rate limit, whose hooks run first: a kept answer holds neither, and each hit is charged
      // and reported afresh.
      ...(answers.plugin ? [answers.plugin, { onDispose: answers.close } satisfies Plugin] : []),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await db.prisma.$queryRaw`SELECT 1`;
        },
      }),
      useStableErrorCodes(),
      ...(production ? [useHiddenSuggestions()] : []),
      useRequestLog(logger),
      useExports(db, logger),
    ],
  });
  listeners.set(yoga, fairUse.gate(yoga));
  return yoga;
}

export type Server = ReturnType<typeof createServer>;

const listeners = new WeakMap<Server, RequestListener>();

/**
 * Node's request listener for a server: its fair use refuses what a caller cannot pay before Yoga
 * reads the request (`yoga.fetch`, as the tests use it, goes straight to Yoga).
 */
export function requestListener(server: Server): RequestListener {
  return listeners.get(server)!;
}
