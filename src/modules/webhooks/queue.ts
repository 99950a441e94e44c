// The webhook job queue is pg-boss's (10.4, the last line that runs on Node 20), in the same
// database as the data, through our own connection: pg-boss takes any `executeSql(text, values)`,
// so it runs on the embedded PGlite (one in-process connection) as on PostgreSQL, and a job is
// inserted through the transaction of the change it announces. Its schema comes with our
// migrations (20261202180000_webhook_queue_pg_boss).
//
// A job only says "try this delivery now"; the WebhookDelivery row is the delivery itself (its id
// the `webhook-id`, its attempts the delivery log). The worker claims the row before sending, so a
// job that comes twice, or for a delivery that is settled, paused or waits behind an earlier change
// of its record, sends nothing. Retries are jobs started later: pg-boss counts backoff in whole
// seconds, without a ceiling; ours is in milliseconds with a ceiling (settings.ts).
import PgBoss from 'pg-boss';
import type { Database } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';

export const WEBHOOK_QUEUE = 'webhook-delivery';

/** pg-boss over a transaction of ours: its statements are single and parameterised. */
function inTransaction(tx: Prisma.TransactionClient): PgBoss.Db {
  return { executeSql: async (text, values = []) => ({ rows: await tx.$queryRawUnsafe(text, ...values.map((v: unknown) => v ?? null)) }) };
}

/**
 * pg-boss over the database itself, outside our transactions (fetching, maintenance). Its
 * maintenance sends several statements at once, which only the drivers' simple protocol takes:
 * PGlite's `exec`, or a `pg` query without values. PGlite queues these behind an open transaction.
 */
function direct(db: Database): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (db.pool) return db.pool.query(text, values);
      if (values?.length) return db.pglite!.query(text, values);
      return { rows: (await db.pglite!.exec(text)).at(-1)?.rows ?? [] };
    },
  };
}

/** Builds pg-boss's SQL for jobs inserted in our transactions; it never connects by itself. */
const inserter = new PgBoss({
  db: {
    executeSql: () => Promise.reject(new Error('webhook jobs are inserted through the transaction that makes them')),
  },
});

/** Queues a job per delivery (not before its `runAt`), in the transaction `tx`. */
export async function queueDeliveries(tx: Prisma.TransactionClient, deliveries: { id: string; runAt?: Date | null }[]): Promise<void> {
  if (deliveries.length === 0) return;
  const jobs = deliveries.map((d) => ({ name: WEBHOOK_QUEUE, data: { deliveryId: d.id }, ...(d.runAt ? { startAfter: d.runAt } : {}) }));
  await inserter.insert(jobs, { db: inTransaction(tx) });
}

export interface DeliveryJob {
  id: string;
  data: { deliveryId: string };
}

/** The queue as a worker uses it: jobs due, taken (SKIP LOCKED) and finished in our transaction. */
export interface JobQueue {
  fetch(limit: number): Promise<DeliveryJob[]>;
  complete(tx: Prisma.TransactionClient, jobIds: string[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss's maintenance on the database: it fails jobs taken by a worker that died once
 * they are `claimSeconds` old, and pg-boss runs them again (up to `retryLimit` times); completed
 * jobs are archived, then deleted.
 */
export async function openJobQueue(db: Database, options: { claimSeconds: number; retryLimit: number; onError(error: Error): void }): Promise<JobQueue> {
  const boss = new PgBoss({ db: direct(db), schedule: false, maintenanceIntervalSeconds: options.claimSeconds });
  boss.on('error', options.onError);
  await boss.start();
  await boss.updateQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE, policy: 'standard', expireInSeconds: options.claimSeconds, retryLimit: options.retryLimit });
  // pg-boss 10.4.2 declares complete(name, ids, options) but reads complete(name, ids, data,
  // options): options in third place would be kept as the jobs' output, and the statement sent
  // outside our transaction (on PGlite, waiting for the transaction: a deadlock).
  const complete = boss.complete.bind(boss) as unknown as (name: string, ids: string[], data: null, options: PgBoss.ConnectionOptions) => Promise<unknown>;
  return {
    fetch: (limit) => boss.fetch<DeliveryJob['data']>(WEBHOOK_QUEUE, { batchSize: limit }),
    async complete(tx, jobIds) {
      if (jobIds.length) await complete(WEBHOOK_QUEUE, jobIds, null, { db: inTransaction(tx) });
    },
    stop: () => boss.stop({ graceful: false, wait: true }),
  };
}
