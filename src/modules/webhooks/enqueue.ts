// Webhooks are queued in the transaction of the change they announce: a change that commits is
// queued with it (a WebhookDelivery row and its pg-boss job, see queue.ts), a change rolled back
// never existed.
import type { Prisma } from '../../generated/prisma/client.js';
import { insertStatement, type Raw } from '../../writes/inserts.js';
import { queueDeliveries } from './queue.js';

/**
 * Inserts the transaction's change events and, in the same statement, a delivery for every
 * subscription that wants each (events × subscriptions), then their jobs in one more. The
 * subscriber's feed scope narrows it here (an agency's calls, as `followedCalls` reads them); at
 * delivery the event is read through the subscriber's own `changes` feed, which has the last word
 * on what it may see.
 */
export async function insertChangesAndDeliveries(
  tx: Prisma.TransactionClient,
  raw: Raw,
  events: readonly Record<string, unknown>[],
  /** A condition the events' insert waits on before drawing their sequences (the feed's lock). */
  feedLocked: string,
): Promise<void> {
  if (events.length === 0) return;
  const { sql, json } = insertStatement('ChangeEvent', events, 'sequence, "recordType", "recordId", "callId"', feedLocked);
  const deliveries = await raw.$queryRawUnsafe<{ id: string }[]>(
    `WITH events AS (${sql})
    INSERT INTO "WebhookDelivery" ("subscriptionId", "sequence", "recordType", "recordId")
    SELECT s.id, e.sequence, e."recordType", e."recordId"
    FROM events e
    JOIN "WebhookSubscription" s
      ON (cardinality(s."recordTypes") = 0 OR e."recordType"::text = ANY (s."recordTypes"))
     AND (cardinality(s."callIds") = 0 OR e."callId"::text = ANY (s."callIds"))
     AND (s."ownerRole" <> 'AGENCY'
          OR e."callId" IN (SELECT ca."callId" FROM "CallAgency" ca WHERE ca."agencyId" = s."agencyId" AND ca.role = 'PARTNER'))
    RETURNING id`,
    json,
  );
  await queueDeliveries(tx, deliveries);
}
