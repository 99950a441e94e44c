// Webhook subscriptions and their delivery log as GraphQL types, and who sees which: staff every
// subscription, a partner agency its own. Not Relay nodes: `node(id:)` never reaches them.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { tenantOf } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import type { Prisma, RecordType } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { describedEnum } from '../../schema/described-enum.js';
import { ApiError } from '../../schema/errors.js';
import { RecordTypeEnum, recordRef } from '../changes/change-event.js';

/** The subscriptions the caller manages: staff all, an agency its own; nobody else has any. */
export function managedBy(ctx: Context): Prisma.WebhookSubscriptionWhereInput {
  const tenant = tenantOf(ctx.principal);
  if (tenant.role === 'STAFF') return {};
  if (tenant.role === 'AGENCY') return { ownerRole: 'AGENCY', agencyId: tenant.agencyId };
  throw new ApiError('FORBIDDEN', 'Webhooks are for JST staff and the partner agencies of joint calls.');
}

export const WebhookStateEnum = describedEnum('WebhookState', 'Whether a subscription’s deliveries are sent.', {
  ACTIVE: 'Deliveries are sent as changes commit.',
  PAUSED: 'Paused by its owner: changes are still queued, and sent in order on resume.',
  FAILING: 'A delivery ran out of retries (see lastError): changes are queued until the owner resumes it.',
});

const DeliveryStatusEnum = describedEnum('WebhookDeliveryStatus', 'Where a delivery stands.', {
  PENDING: 'Queued, or waiting for its next retry.',
  DELIVERED: 'The receiver answered 2xx.',
  FAILED: 'Out of retries; resuming the subscription (or redeliverWebhook) sends it again.',
  SKIPPED: 'Not sent: the change is no longer in the subscriber’s feed.',
});

const AttemptRef = builder.prismaObject('WebhookAttempt', {
  description: 'One HTTP attempt of a delivery.',
  fields: (t) => ({
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    statusCode: t.exposeInt('statusCode', { nullable: true, description: 'The receiver’s HTTP status; null when none came (refused, timed out, blocked address).' }),
    latencyMs: t.exposeInt('latencyMs', { description: 'From sending to the end of the answer (or the failure).' }),
    error: t.exposeString('error', { nullable: true, description: 'Why the attempt failed; null when it succeeded.' }),
  }),
});

export const WebhookDeliveryRef = builder.prismaObject('WebhookDelivery', {
  description: 'One change queued for one subscription: its attempts, and where it stands.',
  fields: (t) => ({
    id: t.id({ description: 'Also the `webhook-id` header, the same on every attempt: receivers drop duplicates by it.', resolve: (d) => encodeGlobalID('WebhookDelivery', d.id) }),
    webhookId: t.exposeString('id', { description: 'The `webhook-id` header value.' }),
    sequence: t.string({ description: 'The change’s position in the feed (ChangeEvent.sequence).', resolve: (d) => d.sequence.toString() }),
    recordType: t.expose('recordType', { type: RecordTypeEnum }),
    recordId: t.id({ description: 'The global id of the changed record.', resolve: (d) => encodeGlobalID(recordRef(d.recordType).name, d.recordId) }),
    status: t.expose('status', { type: DeliveryStatusEnum }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    nextAttemptAt: t.field({ type: 'DateTime', nullable: true, description: 'When a pending delivery is tried next.', resolve: (d) => (d.status === 'PENDING' ? d.runAt : null) }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the change committed and was queued.' }),
    attempts: t.relation('attemptLog', { description: 'Every HTTP attempt, oldest first.', query: { orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const WebhookSubscriptionRef = builder.prismaObject('WebhookSubscription', {
  description: 'A receiver of change events, pushed as they commit, signed per Standard Webhooks. Each event is what the owner’s `changes` feed gives it.',
  fields: (t) => ({
    id: t.id({ resolve: (s) => encodeGlobalID('WebhookSubscription', s.id) }),
    url: t.exposeString('url'),
    description: t.exposeString('description', { nullable: true }),
    ownerRole: t.exposeString('ownerRole', { description: 'STAFF (every change) or AGENCY (its feed: the calls it runs or co-runs).' }),
    recordTypes: t.field({ type: [RecordTypeEnum], description: 'The record types of interest; empty for all.', resolve: (s) => s.recordTypes as RecordType[] }),
    callIds: t.idList({ description: 'The calls of interest; empty for every call the owner’s feed shows.', resolve: (s) => s.callIds.map((id) => encodeGlobalID('Call', id)) }),
    state: t.expose('state', { type: WebhookStateEnum }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last failed attempt failed, for the owner and staff.' }),
    lastErrorAt: t.expose('lastErrorAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    deliveries: t.relatedConnection('deliveries', {
      description: 'The delivery log, newest change first.',
      cursor: 'id',
      args: { status: t.arg({ type: DeliveryStatusEnum, description: 'Only deliveries in this status.' }) },
      query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: [{ sequence: 'desc' }, { id: 'asc' }] }),
    }),
  }),
});

builder.queryFields((t) => ({
  webhookSubscriptions: t.prismaField({
    type: ['WebhookSubscription'],
    description: 'The webhook subscriptions the caller manages (staff: all; an agency: its own), oldest first.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.webhookSubscription.findMany({ ...query, where: managedBy(ctx), orderBy: { createdAt: 'asc' } }),
  }),
}));
