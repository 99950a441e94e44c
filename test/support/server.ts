import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '../../src/http/rate-limit.js';
import { bookkeepingSettled } from '../../src/auth/principal.js';
import { expect } from 'vitest';
import { createApiKey, type NewKey } from '../../src/auth/keys.js';
import { createServer, type ServerOptions } from '../../src/server.js';
import { createLogger } from '../../src/logger.js';
import type { Database, QueryCounter } from '../../src/db/client.js';
import { createTestDatabase } from './database.js';
import type { TemplateName } from './templates.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface TestServer {
  db: Database;
  yoga: ReturnType<typeof createServer>;
  /** POSTs one operation through the real Yoga pipeline (no port) and returns the parsed answer. */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Like `graphql`, but fails the test on any error and returns the data. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  /** How many SQL statements one operation sends (see countQueries). */
  statementsFor(query: string, variables?: Record<string, unknown>): Promise<number>;
  /**
   * Counts the SQL statements of the requests that follow, leaving out the API-key lookup and
   * its last-used bookkeeping, which every authenticated request adds once whatever it asks.
   */
  countQueries(): QueryCounter;
  /** Creates an API key and returns the headers that send it. */
  headersFor(key: Omit<NewKey, 'name'> & { name?: string }): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * A server over a fresh database. Requests go as a STAFF key by default (the read-API tests read
 * everything); `as: 'ANONYMOUS'` sends none, and `headersFor` makes keys of any role.
 */
const UNLIMITED_FOR_TESTS: RateLimitSettings = {
  ...DEFAULT_RATE_LIMITS,
  budgets: { anonymous: Number.MAX_SAFE_INTEGER, partner: Number.MAX_SAFE_INTEGER, staff: Number.MAX_SAFE_INTEGER },
  maxInFlight: 0,
};

export async function createTestServer(
  options: { template?: TemplateName; production?: boolean; as?: 'STAFF' | 'ANONYMOUS'; server?: Partial<ServerOptions> } = {},
): Promise<TestServer> {
  const db = await createTestDatabase(options.template);
  const yoga = createServer({
    db,
    logger: createLogger({ LOG_LEVEL: 'silent' }),
    production: options.production,
    // Every request here comes from one address: suites that do not test fair use get budgets they
    // cannot exhaust (test/rate-limit.test.ts sets its own).
    rateLimit: UNLIMITED_FOR_TESTS,
    ...options.server,
  });
  const headersFor: TestServer['headersFor'] = async (key) => {
    const { key: secret, record } = await createApiKey(db.prisma, { name: `test ${key.role}`, ...key });
    // Marked as just used: the first request's last-used write, which nobody awaits, would
    // otherwise land among the statements a test counts.
    await db.prisma.apiKey.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
    return { authorization: `Bearer ${secret}` };
  };
  const defaultHeaders = (options.as ?? 'STAFF') === 'STAFF' ? await headersFor({ role: 'STAFF' }) : {};
  const server: TestServer = {
    db,
    yoga,
    headersFor,
    countQueries() {
      const counter = db.countQueries();
      const ofQuery = () => counter.statements.filter((sql) => !sql.includes('"ApiKey"'));
      return {
        get count() {
          return ofQuery().length;
        },
        get statements() {
          return ofQuery();
        },
        get results() {
          return counter.results.filter(({ sql }) => !sql.includes('"ApiKey"'));
        },
        stop: counter.stop,
      };
    },
    async data<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      const { data, errors } = await server.graphql<T>(query, variables, headers);
      expect(errors).toBeUndefined();
      return data!;
    },
    async statementsFor(query, variables) {
      const counter = server.countQueries();
      await server.data(query, variables);
      counter.stop();
      return counter.count;
    },
    async graphql(query, variables, headers) {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...defaultHeaders, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      // A key's lastUsedAt write settles after its answer: it must not land in the next request's count.
      await bookkeepingSettled();
      return { status: response.status, ...body };
    },
    async close() {
      await yoga.dispose();
      await bookkeepingSettled();
      await db.close();
    },
  };
  return server;
}
