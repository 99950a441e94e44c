// Webhooks are queued in the transaction of the change they announce: a change that commits is
// queued with it (a WebhookDelivery row and its pg-boss job, see queue.ts), a change rolled back
// never existed.
import type { Prisma } from '../../generated/prisma/client.js';
import { queueDeliveries } from './queue.js';

/**
 * Queues the transaction's change events for every subscription that wants them: one set-based
 * statement per transaction, events × subscriptions, then one for their jobs. The subscriber's
 * feed scope narrows it here (an agency's calls, as `followedCalls` reads them); at delivery the
 * event is read through the subscriber's own `changes` feed, which has the last word on what it
 * may see.
 */
export async function enqueueWebhooks(tx: Prisma.TransactionClient, sequences: bigint[]): Promise<void> {
  if (sequences.length === 0) return;
  const deliveries = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "WebhookDelivery" ("subscriptionId", "sequence", "recordType", "recordId")
    SELECT s.id, e.sequence, e."recordType", e."recordId"
    FROM "ChangeEvent" e
    JOIN "WebhookSubscription" s
      ON (cardinality(s."recordTypes") = 0 OR e."recordType"::text = ANY (s."recordTypes"))
     AND (cardinality(s."callIds") = 0 OR e."callId"::text = ANY (s."callIds"))
     AND (s."ownerRole" <> 'AGENCY'
          OR e."callId" IN (SELECT ca."callId" FROM "CallAgency" ca WHERE ca."agencyId" = s."agencyId" AND ca.role = 'PARTNER'))
    WHERE e.sequence = ANY (${sequences}::bigint[])
    RETURNING id`;
  await queueDeliveries(tx, deliveries);
}
