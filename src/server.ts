import { readFileSync } from 'node:fs';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createYoga, useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { createContext, type Context } from './context.js';
import type { Database } from './db/client.js';
import { withStableCode } from './schema/errors.js';
import { useQueryLimits } from './schema/limits.js';
import { schema } from './schema/index.js';

/** Which callers may send documents of their own; the SDK's persisted operations are always accepted. */
export type ArbitraryOperations = 'all' | 'authenticated' | 'none';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  /** Default: 'authenticated' in production, 'all' otherwise (GraphiQL, curl). */
  arbitraryOperations?: ArbitraryOperations;
  /** Hides GraphiQL, field suggestions and the messages of unexpected errors. */
  production?: boolean;
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

/** Builds the GraphQL server without opening a port: tests call `yoga.fetch` directly. */
/**
 * The SDK's operations by hash: the server trusts exactly these without their text. A Map, so
 * that a hash such as `__proto__` or `constructor` is simply unknown, not an object's property.
 */
const sdkDocuments = new Map<string, string>(
  Object.entries(JSON.parse(readFileSync(new URL('../sdk/src/generated/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>),
);

export function createServer({ db, logger, production = false, arbitraryOperations }: ServerOptions) {
  const arbitrary = arbitraryOperations ?? (production ? 'authenticated' : 'all');
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: !production && { title: 'ASPIRE API', defaultQuery: '{ calls(first: 5) { nodes { code title } } }' },
    landingPage: false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    context: ({ request, params }) => createContext(db, logger, request, params),
    plugins: [
      // Depth and cost are limited by useQueryLimits; armor guards the parser and hides
      // field suggestions in production (they would map the schema for an attacker).
      EnvelopArmorPlugin({
        blockFieldSuggestion: { enabled: production },
        maxDepth: { enabled: false },
        costLimit: { enabled: false },
        maxTokens: { n: 5000 },
        maxAliases: { n: 30 },
        maxDirectives: { n: 50 },
      }),
      useQueryLimits(),
      usePersistedOperations({
        getPersistedOperation: (hash) => sdkDocuments.get(hash) ?? null,
        allowArbitraryOperations: (request) =>
          arbitrary === 'all' || (arbitrary === 'authenticated' && !!request.headers.get('authorization')),
      }),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await db.prisma.$queryRaw`SELECT 1`;
        },
      }),
      useStableErrorCodes(),
      useRequestLog(logger),
    ],
  });
}

export type Server = ReturnType<typeof createServer>;
