// Starts the API: connects, loads reference (and demo) data on first start, serves HTTP.
// Migrations run before this, in `npm start` (prisma migrate deploy), the same path as `npm run db:migrate`.
import { shareKeyRevocations } from './auth/key-cache.js';
import { bookkeepingSettled } from './auth/principal.js';
import { createServer as createHttpServer } from 'node:http';
import { configFromEnv } from './config.js';
import { connectDatabase } from './db/client.js';
import { markInUse } from './db/prepare.js';
import { seedDatabase } from './db/seed/index.js';
import { createLogger } from './logger.js';
import { startWebhookWorker } from './modules/webhooks/worker.js';
import { useTracing } from './ops/tracing.js';
import { createServer, requestListener } from './server.js';

const logger = createLogger();
const config = configFromEnv();
const db = await connectDatabase(config.database);
const release = markInUse(config.database);
const { loaded } = await seedDatabase(db.prisma, { demo: config.demoData });
if (loaded.length) logger.info({ loaded }, 'data loaded on first start');

const closeRevocations = await shareKeyRevocations({ redisUrl: config.redisUrl, cacheSeconds: config.keyCacheSeconds, logger });
const yoga = createServer({
  db,
  logger,
  production: config.production,
  arbitraryOperations: config.arbitraryOperations,
  rateLimit: config.rateLimit,
  corsOrigins: config.corsOrigins,
  responseCache: config.responseCache,
  tracing: await useTracing(),
});
const http = createHttpServer(requestListener(yoga));
http.listen(config.port, config.host, () => {
  const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite at ${config.database.dataDir}`;
  logger.info({ port: config.port, database: where }, `GraphQL at http://localhost:${config.port}/graphql`);
});
// Webhook deliveries run in this process, on either database (pg-boss over our connection).
const webhooks = config.webhooks.enabled ? startWebhookWorker(db, logger, config.webhooks) : null;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  // Stop accepting, let requests in flight finish, then release the database.
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  const forced = setTimeout(() => http.closeAllConnections(), 10_000);
  await closed;
  clearTimeout(forced);
  await webhooks?.stop();
  await yoga.dispose();
  await bookkeepingSettled();
  await closeRevocations();
  await db.close();
  release();
  logger.info('stopped');
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
