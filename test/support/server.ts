import { createServer } from '../../src/server.js';
import { createLogger } from '../../src/logger.js';
import type { Database } from '../../src/db/client.js';
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
  close(): Promise<void>;
}

export async function createTestServer(
  options: { template?: TemplateName; production?: boolean } = {},
): Promise<TestServer> {
  const db = await createTestDatabase(options.template);
  const yoga = createServer({ db, logger: createLogger({ LOG_LEVEL: 'silent' }), production: options.production });
  return {
    db,
    yoga,
    async graphql(query, variables, headers) {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    async close() {
      await yoga.dispose();
      await db.close();
    },
  };
}
