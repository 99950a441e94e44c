import { bookkeepingSettled } from '../../src/auth/principal.js';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/logger.js';
import { createServer, requestListener, type ServerOptions } from '../../src/server.js';
import type { Database } from '../../src/db/client.js';

/** The real HTTP server on a free port of 127.0.0.1, over the given database. */
export async function startHttpServer(
  db: Database,
  options: Partial<Omit<ServerOptions, 'db' | 'logger'>> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const yoga = createServer({ db, logger: createLogger({ LOG_LEVEL: 'silent' }), ...options });
  const http: Server = createHttpServer(requestListener(yoga));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await yoga.dispose();
      await bookkeepingSettled();
    },
  };
}
