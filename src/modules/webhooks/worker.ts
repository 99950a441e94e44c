// Delivers the queued webhooks: takes the pg-boss jobs that are due (queue.ts), claims their
// deliveries, renders each through its subscriber's feed, signs and sends it, and records the
// attempt. At least once: a delivery is done only once a receiver said 2xx, and the `webhook-id`
// stays the same on every attempt, for receivers to drop duplicates.
import type { Logger } from 'pino';
import type { Database } from '../../db/client.js';
import type { Prisma, WebhookSubscription } from '../../generated/prisma/client.js';
import { renderEvents, type WebhookPayload } from './payload.js';
import { post, type Attempt } from './send.js';
import { openJobQueue, queueDeliveries, type DeliveryJob } from './queue.js';
import { retryDelay, type WebhookSettings } from './settings.js';

interface Claimed {
  id: string;
  subscriptionId: string;
  sequence: bigint;
  attempts: number;
}

/** A delivery's outcome: sent (with its attempt), or skipped (the feed no longer shows it). */
type Outcome = { delivery: Claimed; attempt: Attempt } | { delivery: Claimed; skipped: string };

export interface WebhookWorker {
  /** Runs one round now; resolves with how many jobs it took from the queue. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the round in flight. */
  stop(): Promise<void>;
}

export function startWebhookWorker(db: Database, logger: Logger, settings: WebhookSettings, options: { poll?: boolean } = {}): WebhookWorker {
  const log = logger.child({ component: 'webhooks' });
  // A claim outlives the slowest attempt; a worker that died holding it frees it when it passes.
  const claimSeconds = Math.ceil(settings.timeoutMs / 1000) + 5;

  const queue = openJobQueue(db, { claimSeconds, retryLimit: settings.maxAttempts, onError: (error) => log.error({ err: error }, 'webhook queue maintenance failed') });

  /**
   * Claims the jobs' deliveries that may go now: pending, of an active subscription, due, not in
   * flight elsewhere, and the first pending change of their record for that subscriber (a record's
   * changes go out in sequence). The others send nothing; `finish` queues what comes next.
   */
  async function claim(jobs: DeliveryJob[]): Promise<Claimed[]> {
    const ids = [...new Set(jobs.map((job) => job.data.deliveryId))];
    return db.prisma.$queryRaw<Claimed[]>`
      UPDATE "WebhookDelivery" AS d
      SET "lockedUntil" = now() + make_interval(secs => ${claimSeconds}), attempts = d.attempts + 1
      WHERE d.id IN (
        SELECT c.id FROM "WebhookDelivery" c
        JOIN "WebhookSubscription" s ON s.id = c."subscriptionId"
        WHERE c.id = ANY (${ids}::uuid[]) AND c.status = 'PENDING' AND s.state = 'ACTIVE' AND c."runAt" <= now()
          AND (c."lockedUntil" IS NULL OR c."lockedUntil" < now())
          AND NOT EXISTS (SELECT 1 FROM "WebhookDelivery" p
                          WHERE p."subscriptionId" = c."subscriptionId" AND p."recordId" = c."recordId"
                            AND p.status = 'PENDING' AND p.sequence < c.sequence)
        FOR UPDATE OF c SKIP LOCKED)
      RETURNING d.id, d."subscriptionId", d.sequence, d.attempts`;
  }

  async function deliver(subscription: WebhookSubscription, deliveries: Claimed[]): Promise<Outcome[]> {
    deliveries.sort((a, b) => (a.sequence < b.sequence ? -1 : 1));
    const payloads = await renderEvents(db, log, subscription, deliveries.map((d) => d.sequence));
    const secrets = [subscription.secret];
    if (subscription.previousSecret && subscription.previousSecretExpiresAt && subscription.previousSecretExpiresAt > new Date()) {
      secrets.push(subscription.previousSecret);
    }
    return Promise.all(
      deliveries.map(async (delivery, i): Promise<Outcome> => {
        const payload: WebhookPayload | null = payloads[i]!;
        if (!payload) return { delivery, skipped: 'The change is not in the subscriber’s feed (any more).' };
        return { delivery, attempt: await post(subscription.url, delivery.id, JSON.stringify(payload), secrets, settings.timeoutMs) };
      }),
    );
  }

  /**
   * Writes every outcome of a round, set-based (a statement per table), queues what comes next and
   * completes the round's jobs, all in one transaction: a round that dies before it leaves its jobs
   * to pg-boss, which runs them again once they are `claimSeconds` old.
   */
  async function finish(jobs: DeliveryJob[], outcomes: Outcome[], subscriptions: Map<string, WebhookSubscription>): Promise<void> {
    const now = new Date();
    const attempts: Prisma.WebhookAttemptCreateManyInput[] = [];
    const updates: { id: string; attempts: number; status: string; code: number | null; error: string | null; run_at: string | null; delivered_at: string | null }[] = [];
    const erred = new Map<string, { why: string; failing: boolean }>();
    for (const outcome of outcomes) {
      const { delivery } = outcome;
      if ('skipped' in outcome) {
        updates.push({ id: delivery.id, attempts: delivery.attempts, status: 'SKIPPED', code: null, error: outcome.skipped, run_at: null, delivered_at: null });
        continue;
      }
      const { attempt } = outcome;
      attempts.push({ deliveryId: delivery.id, ...attempt });
      if (attempt.error === null) {
        updates.push({ id: delivery.id, attempts: delivery.attempts, status: 'DELIVERED', code: attempt.statusCode, error: null, run_at: null, delivered_at: now.toISOString() });
        continue;
      }
      const exhausted = delivery.attempts >= settings.maxAttempts;
      const why = `Delivery ${delivery.id} (change ${delivery.sequence}), attempt ${delivery.attempts} of ${settings.maxAttempts}: ${attempt.error}`;
      erred.set(delivery.subscriptionId, { why: why.slice(0, 1000), failing: exhausted || (erred.get(delivery.subscriptionId)?.failing ?? false) });
      const runAt = new Date(now.getTime() + retryDelay(settings, delivery.attempts)).toISOString();
      updates.push({ id: delivery.id, attempts: delivery.attempts, status: exhausted ? 'FAILED' : 'PENDING', code: attempt.statusCode, error: attempt.error, run_at: runAt, delivered_at: null });
    }
    await db.prisma.$transaction(async (tx) => {
      await tx.webhookAttempt.createMany({ data: attempts });
      await tx.$executeRaw`
        UPDATE "WebhookDelivery" AS d
        SET status = u.status::"WebhookDeliveryStatus", "lastStatusCode" = u.code, "lastError" = u.error,
            "runAt" = COALESCE(u.run_at, d."runAt"), "deliveredAt" = u.delivered_at, "lockedUntil" = NULL
        FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
          AS u(id uuid, attempts int, status text, code int, error text, run_at timestamptz, delivered_at timestamptz)
        -- unless queued again meanwhile (redeliver, resume: a new run of attempts), which then stands
        WHERE d.id = u.id AND d.attempts = u.attempts`;
      for (const [id, { why, failing }] of erred) {
        // A subscription paused or deleted meanwhile keeps its state (or stays gone).
        await tx.webhookSubscription.updateMany({ where: { id, state: 'ACTIVE' }, data: { lastError: why, lastErrorAt: now, ...(failing ? { state: 'FAILING' } : {}) } });
        if (failing) log.warn({ subscriptionId: id, url: subscriptions.get(id)?.url, why }, 'webhook subscription failing: out of retries');
      }
      // What comes next for each record the jobs were about, per subscriber: its first pending
      // change, when its subscription is active, not before its backoff (a retry) or the claim of
      // whoever has it in flight. A job that came twice queues nothing new that was not due anyway.
      const ids = [...new Set(jobs.map((job) => job.data.deliveryId))];
      const next = await tx.$queryRaw<{ id: string; runAt: Date }[]>`
        SELECT DISTINCT ON (n."subscriptionId", n."recordId") n.id, GREATEST(n."runAt", n."lockedUntil") AS "runAt"
        FROM "WebhookDelivery" n
        JOIN "WebhookSubscription" s ON s.id = n."subscriptionId" AND s.state = 'ACTIVE'
        WHERE n.status = 'PENDING'
          AND (n."subscriptionId", n."recordId") IN (SELECT t."subscriptionId", t."recordId" FROM "WebhookDelivery" t WHERE t.id = ANY (${ids}::uuid[]))
        ORDER BY n."subscriptionId", n."recordId", n.sequence`;
      await queueDeliveries(tx, next);
      await (await queue).complete(tx, jobs.map((job) => job.id));
    });
  }

  async function runOnce(): Promise<number> {
    const jobs = await (await queue).fetch(settings.concurrency);
    if (jobs.length === 0) return 0;
    const claimed = await claim(jobs);
    const ids = [...new Set(claimed.map((d) => d.subscriptionId))];
    const subscriptions = new Map((await db.prisma.webhookSubscription.findMany({ where: { id: { in: ids } } })).map((s) => [s.id, s]));
    const outcomes = (
      await Promise.all(
        ids.map((id) => {
          const subscription = subscriptions.get(id);
          // Deleted since the claim: its deliveries went with it.
          return subscription ? deliver(subscription, claimed.filter((d) => d.subscriptionId === id)) : [];
        }),
      )
    ).flat();
    await finish(jobs, outcomes, subscriptions);
    return jobs.length;
  }

  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    if (options.poll === false) return;
    while (!stopped) {
      let handled = 0;
      try {
        handled = await runOnce();
      } catch (error) {
        log.error({ err: error }, 'webhook round failed; retrying after the poll interval');
      }
      // A full round means more is due: go on at once; otherwise wait for the next poll.
      if (handled < settings.concurrency && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, settings.pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  })();

  return {
    runOnce,
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      await (await queue).stop();
    },
  };
}
