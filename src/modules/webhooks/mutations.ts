// Managing webhook subscriptions: create, pause, resume, delete, rotate the secret, redeliver.
import { randomBytes } from 'node:crypto';
import type { Context } from '../../context.js';
import type { WebhookSubscription } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { payloadOf, performWrite, text, type Payload } from '../../schema/mutations.js';
import type { Writer } from '../../writes/transaction.js';
import { notFound, refuse } from '../../writes/user-errors.js';
import { RecordTypeEnum } from '../changes/change-event.js';
import { followedCalls } from '../changes/feed.js';
import { idOf } from '../projects/shared.js';
import { queueDeliveries } from './queue.js';
import { managedBy, WebhookDeliveryRef, WebhookSubscriptionRef } from './subscription.js';
import { urlRefusal } from './url.js';

/** A subscriber checks signatures with both secrets for this long after a rotation. */
const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** The payload of a write that shows the secret: once, to whoever made or rotated it. */
const withSecret = (what: string) => ({
  outputFields: (t: PothosSchemaTypes.ObjectFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, Payload<WebhookSubscription>>) => ({
    ...payloadOf('webhookSubscription', WebhookSubscriptionRef, what).outputFields(t),
    secret: t.string({
      nullable: true,
      description: 'The signing secret (`whsec_…`), shown only in this answer: keep it to verify deliveries.',
      resolve: async (payload, _args, ctx) =>
        payload.result?.secret ??
        (payload.replayedId ? ((await ctx.prisma.webhookSubscription.findUnique({ where: { id: payload.replayedId } }))?.secret ?? null) : null),
    }),
  }),
});

/** The subscription named by `id`, if the caller manages it. */
async function managed(ctx: Context, writer: Writer, id: { typename: string; id: string }, field = ['id']): Promise<WebhookSubscription> {
  const subscription = await writer.tx.webhookSubscription.findFirst({ where: { id: idOf(id, 'WebhookSubscription'), AND: [managedBy(ctx)] } });
  return subscription ?? notFound('webhook subscription', field);
}

const idInput = (what: string) => ({
  inputFields: (t: PothosSchemaTypes.InputFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, 'InputObject'>) => ({
    id: t.globalID({ required: true, description: `The webhook subscription to ${what}.` }),
  }),
});

builder.relayMutationField(
  'createWebhookSubscription',
  {
    description: 'A new webhook subscription.',
    inputFields: (t) => ({
      url: t.string({ required: true, validate: text(2000), description: 'An https URL (plain http only to a loopback address); private addresses are refused.' }),
      description: t.string({ validate: text(500) }),
      recordTypes: t.field({ type: [RecordTypeEnum], description: 'The record types of interest; all when left out or empty.' }),
      callIds: t.globalIDList({ description: 'The calls of interest; every call your feed shows when left out or empty.' }),
    }),
  },
  {
    description:
      'Subscribes a URL to the changes your `changes` feed shows (staff: all; an agency: the calls it runs or co-runs), ' +
      'narrowed to some record types or calls. Each change is POSTed as it commits, signed per Standard Webhooks.',
    resolve: async (_root, { input }, ctx) => {
      const calls = await followedCalls(ctx); // FORBIDDEN for callers without a feed
      return performWrite(ctx, async (writer) => {
        const refused = await urlRefusal(input.url);
        if (refused) refuse('INVALID_VALUE', `The URL ${refused}.`, ['url']);
        const callIds = (input.callIds ?? []).map((id) => idOf(id, 'Call')!);
        const known = new Set((await writer.tx.call.findMany({ where: { id: { in: callIds } }, select: { id: true } })).map((c) => c.id));
        callIds.forEach((id, i) => {
          // A call outside the caller's feed answers as a missing one.
          if (!known.has(id) || (calls !== 'all' && !calls.includes(id))) notFound('call you follow', ['callIds', String(i)]);
        });
        const tenant = ctx.principal.kind === 'key' ? ctx.principal : null;
        const result = await writer.tx.webhookSubscription.create({
          data: {
            url: input.url,
            description: input.description ?? null,
            ownerRole: calls === 'all' ? 'STAFF' : 'AGENCY',
            agencyId: calls === 'all' ? null : tenant!.agencyId,
            recordTypes: [...new Set(input.recordTypes ?? [])],
            callIds: [...new Set(callIds)],
            secret: newSecret(),
            createdByKeyId: tenant?.keyId ?? null,
          },
        });
        return { result };
      });
    },
  },
  withSecret('The new subscription.'),
);

builder.relayMutationField(
  'pauseWebhookSubscription',
  idInput('pause'),
  {
    description: 'Stops sending; changes are still queued and go out, in order, on resume.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const subscription = await managed(ctx, writer, input.id);
        return { result: await writer.tx.webhookSubscription.update({ where: { id: subscription.id }, data: { state: 'PAUSED', version: { increment: 1 } } }) };
      }),
  },
  payloadOf('webhookSubscription', WebhookSubscriptionRef, 'The subscription as it is now.'),
);

builder.relayMutationField(
  'resumeWebhookSubscription',
  idInput('resume'),
  {
    description: 'Sends again, a paused or failing subscription: what was queued goes out in order, and deliveries that ran out of retries get a new run of them.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const subscription = await managed(ctx, writer, input.id);
        await writer.tx.webhookDelivery.updateMany({
          where: { subscriptionId: subscription.id, status: 'FAILED' },
          data: { status: 'PENDING', attempts: 0, runAt: writer.now, lockedUntil: null },
        });
        // Jobs that came while it was not active sent nothing: each pending delivery gets one again.
        const pending = await writer.tx.webhookDelivery.findMany({ where: { subscriptionId: subscription.id, status: 'PENDING' }, select: { id: true, runAt: true } });
        await queueDeliveries(writer.tx, pending);
        return { result: await writer.tx.webhookSubscription.update({ where: { id: subscription.id }, data: { state: 'ACTIVE', version: { increment: 1 } } }) };
      }),
  },
  payloadOf('webhookSubscription', WebhookSubscriptionRef, 'The subscription as it is now.'),
);

builder.relayMutationField(
  'deleteWebhookSubscription',
  idInput('delete'),
  {
    description: 'Deletes the subscription, its queue and its delivery log.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const subscription = await managed(ctx, writer, input.id);
        await writer.tx.webhookSubscription.delete({ where: { id: subscription.id } });
        return { result: subscription };
      }),
  },
  payloadOf('webhookSubscription', WebhookSubscriptionRef, 'The subscription as it was.'),
);

builder.relayMutationField(
  'rotateWebhookSecret',
  idInput('give a new secret'),
  {
    description: 'A new signing secret. For 24 hours deliveries carry signatures by both the new and the old one, so receivers can switch without losing any.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const subscription = await managed(ctx, writer, input.id);
        const result = await writer.tx.webhookSubscription.update({
          where: { id: subscription.id },
          data: {
            secret: newSecret(),
            previousSecret: subscription.secret,
            previousSecretExpiresAt: new Date(writer.now.getTime() + ROTATION_OVERLAP_MS),
            version: { increment: 1 },
          },
        });
        return { result };
      }),
  },
  withSecret('The subscription with its new secret.'),
);

builder.relayMutationField(
  'redeliverWebhook',
  {
    description: 'Sends a delivery again.',
    inputFields: (t) => ({ deliveryId: t.globalID({ required: true, description: 'A delivery from a subscription’s `deliveries` log.' }) }),
  },
  {
    description:
      'Queues a delivery again (delivered, failed or skipped), with the same `webhook-id` and a new run of retries. ' +
      'It goes out when its subscription is active, after earlier pending changes of the same record.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const delivery = await writer.tx.webhookDelivery.findFirst({
          where: { id: idOf(input.deliveryId, 'WebhookDelivery'), subscription: managedBy(ctx) },
        });
        if (!delivery) notFound('webhook delivery', ['deliveryId']);
        const result = await writer.tx.webhookDelivery.update({
          where: { id: delivery.id },
          data: { status: 'PENDING', attempts: 0, runAt: writer.now, lockedUntil: null },
        });
        await queueDeliveries(writer.tx, [result]);
        return { result };
      }),
  },
  payloadOf('webhookDelivery', WebhookDeliveryRef, 'The delivery, queued again.'),
);
