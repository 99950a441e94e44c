// What a subscriber is sent is what its own `changes` feed gives it: the SDK's Changes document,
// executed against the schema as the subscriber, from just before the event. Visibility, the
// record's shape, tombstones and the agency's external ids come from the feed itself.
import { execute, parse } from 'graphql';
import type { Logger } from 'pino';
import type { Principal } from '../../auth/principal.js';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { WebhookSubscription } from '../../generated/prisma/client.js';
import { schema } from '../../schema/index.js';
import { sdkDocuments } from '../../schema/sdk-documents.js';
import { encodeCursor } from '../changes/change-event.js';

const CHANGES = parse([...sdkDocuments.values()].find((text) => text.startsWith('query Changes('))!);

/** One event of the feed, as the SDK's Changes query selects it (typed for consumers in @aspire/sdk). */
export interface FeedEvent {
  recordType: string;
  action: keyof typeof PAST;
  sequence: string;
  occurredAt: string;
  [field: string]: unknown;
}
interface ChangesQuery {
  changes: { events: FeedEvent[] };
}

/** The Standard Webhooks payload: `type` such as `proposal.updated`, the change as `data`. */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: FeedEvent;
}

const PAST = { CREATE: 'created', UPDATE: 'updated', DELETE: 'deleted' } as const;

export const eventType = (event: Pick<FeedEvent, 'recordType' | 'action'>) => `${event.recordType.toLowerCase()}.${PAST[event.action]}`;

/** The subscription acts as its owner: staff, or its agency. */
function principalOf(subscription: WebhookSubscription): Principal {
  return {
    kind: 'key',
    keyId: subscription.createdByKeyId ?? subscription.id,
    name: `webhook ${subscription.id}`,
    role: subscription.ownerRole,
    agencyId: subscription.agencyId,
    organizationId: null,
  };
}

/** The feed's page size limit (FEED_MAX_PAGE): one read covers a batch whose span is within it. */
const SPAN = 500;

/**
 * The events at these sequences (ascending) as the subscriber's feed shows them; null for one the
 * feed does not show it (any more). A batch is read as one page of the feed from just before its
 * first event; events beyond that page are read one by one.
 */
export async function renderEvents(db: Database, logger: Logger, subscription: WebhookSubscription, sequences: bigint[]): Promise<(WebhookPayload | null)[]> {
  const ctx: Context = {
    prisma: db.prisma,
    db,
    principal: principalOf(subscription),
    locale: 'EN',
    logger,
    requestId: `webhook:${subscription.id}`,
    idempotency: null,
  };
  const read = async (from: bigint, first: number) => {
    const result = await execute({ schema, document: CHANGES, contextValue: ctx, variableValues: { since: encodeCursor(from - 1n), first } });
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
    return (result.data as ChangesQuery | null | undefined)?.changes.events ?? [];
  };
  const first = sequences[0]!;
  const span = Number(sequences.at(-1)! - first) + 1;
  const page = new Map((await read(first, Math.min(span, SPAN))).map((e) => [e.sequence, e]));
  return Promise.all(
    sequences.map(async (sequence) => {
      const event = sequence - first < SPAN ? page.get(sequence.toString()) : (await read(sequence, 1)).find((e) => e.sequence === sequence.toString());
      return event ? { type: eventType(event), timestamp: event.occurredAt, data: event } : null;
    }),
  );
}
