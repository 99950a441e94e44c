// The webhook queue is a table of ours (WebhookDelivery), written in the transaction of the change
// it announces: a change that commits is queued with it, a change rolled back never existed.
//
// Why no queue library: graphile-worker (0.18, Node ≥ 22.18) and pg-boss (11 and 12, Node ≥ 22)
// do not run on Node 20, and both connect through a `pg` pool of their own — graphile-worker also
// LISTENs on a second connection — which the embedded PGlite (one in-process connection, no wire
// protocol) cannot give. A table in our schema, claimed with FOR UPDATE SKIP LOCKED, runs the
// same code on both databases and lets the enqueue be one INSERT … SELECT inside our transaction.
import type { Prisma } from '../../generated/prisma/client.js';

/**
 * Queues the transaction's change events for every subscription that wants them: one set-based
 * statement per transaction, events × subscriptions. The subscriber's feed scope narrows it here
 * (an agency's calls, as `followedCalls` reads them); at delivery the event is read through the
 * subscriber's own `changes` feed, which has the last word on what it may see.
 */
export async function enqueueWebhooks(tx: Prisma.TransactionClient, sequences: bigint[]): Promise<void> {
  if (sequences.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "WebhookDelivery" ("subscriptionId", "sequence", "recordType", "recordId")
    SELECT s.id, e.sequence, e."recordType", e."recordId"
    FROM "ChangeEvent" e
    JOIN "WebhookSubscription" s
      ON (cardinality(s."recordTypes") = 0 OR e."recordType"::text = ANY (s."recordTypes"))
     AND (cardinality(s."callIds") = 0 OR e."callId"::text = ANY (s."callIds"))
     AND (s."ownerRole" <> 'AGENCY'
          OR e."callId" IN (SELECT ca."callId" FROM "CallAgency" ca WHERE ca."agencyId" = s."agencyId" AND ca.role = 'PARTNER'))
    WHERE e.sequence = ANY (${sequences}::bigint[])`;
}
