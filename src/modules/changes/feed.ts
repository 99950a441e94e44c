import type { ArgBuilder } from '@pothos/core';
import { z } from 'zod';
import { partnerCalls, tenantOf } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import type { ChangeEvent, Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { ApiError, InputError } from '../../schema/errors.js';
import { ChangeEventRef, encodeCursor } from './change-event.js';

export const FEED_MAX_PAGE = 500;

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

interface FeedPage {
  events: ChangeEvent[];
  cursor: string;
  hasMore: boolean;
}

const ChangeFeedRef = builder.objectRef<FeedPage>('ChangeFeed').implement({
  description: 'A page of changes in commit order, and where to resume.',
  fields: (t) => ({
    events: t.field({
      type: [ChangeEventRef],
      // Priced by the `first` of the field that returns the page.
      complexity: { field: 0, multiplier: 1 },
      resolve: (page) => page.events,
    }),
    cursor: t.exposeString('cursor', {
      description: 'Pass as `since` to read on. Store it with the data it brought: it stays valid across restarts and never skips a change.',
    }),
    hasMore: t.exposeBoolean('hasMore', { description: 'More changes follow now; when false, poll again later from `cursor`.' }),
  }),
});

const MAX_POSITION = 2n ** 63n - 1n;

function decodeCursor(cursor: string | null | undefined): bigint {
  if (!cursor) return 0n;
  const match = /^change:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  // Positions are BIGINT: past its maximum no cursor was ever handed out.
  const position = match ? BigInt(match[1]!) : null;
  if (position === null || position > MAX_POSITION) throw new InputError(`"${cursor}" is not a cursor of the change feed`);
  return position;
}

/**
 * The changes a caller may follow: staff all; a partner agency those of the joint calls it
 * co-runs as a partner (and the records hanging off them). Others have no feed: their reads are small enough
 * to query directly. Webhook subscriptions are held to the same rule.
 */
export async function followedCalls(ctx: Context): Promise<'all' | string[]> {
  const tenant = tenantOf(ctx.principal);
  if (tenant.role === 'STAFF') return 'all';
  if (tenant.role === 'AGENCY') {
    const calls = await ctx.prisma.call.findMany({ where: partnerCalls(tenant.agencyId), select: { id: true } });
    return calls.map((c) => c.id);
  }
  throw new ApiError('FORBIDDEN', 'The change feed is for JST staff and the partner agencies of joint calls.');
}

async function feedScope(ctx: Context): Promise<Prisma.ChangeEventWhereInput> {
  const calls = await followedCalls(ctx);
  return calls === 'all' ? {} : { callId: { in: calls } };
}

async function readFeed(ctx: Context, where: Prisma.ChangeEventWhereInput, since: string | null | undefined, first: number): Promise<FeedPage> {
  const after = decodeCursor(since);
  const rows = await ctx.prisma.changeEvent.findMany({
    where: { AND: [where, { sequence: { gt: after } }] },
    orderBy: { sequence: 'asc' },
    take: first + 1,
  });
  const events = rows.slice(0, first);
  const last = events.at(-1);
  return { events, hasMore: rows.length > first, cursor: last ? encodeCursor(last.sequence) : encodeCursor(after) };
}

const feedArgs = (t: { arg: ArgBuilder<Types> }) => ({
  since: t.arg.string({ description: 'A `cursor` from an earlier page; from the beginning when left out.' }),
  first: t.arg.int({
    required: true,
    defaultValue: 100,
    description: `How many changes, at most ${FEED_MAX_PAGE}.`,
    validate: z.number().int().min(1, 'must be at least 1').max(FEED_MAX_PAGE, `must be at most ${FEED_MAX_PAGE}`),
  }),
});

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeFeedRef,
    description:
      'Every create, update and delete (as a tombstone) of the records the caller may follow, in the total order in ' +
      'which they were committed. Start without `since`, then pass each page’s `cursor`: a consumer that applies ' +
      'every event ends with exactly the server’s current state. Staff see all; a partner agency its calls’ records.',
    args: feedArgs(t),
    complexity: (args) => ({ field: 1, multiplier: args.first }),
    resolve: async (_root, args, ctx) => readFeed(ctx, await feedScope(ctx), args.since, args.first),
  }),
);

builder.queryField('auditTrail', (t) =>
  t.field({
    type: ChangeFeedRef,
    description: 'Who changed a record, when, and what (staff only), oldest first.',
    authScopes: { staff: true },
    args: { recordId: t.arg.globalID({ required: true }), ...feedArgs(t) },
    complexity: (args) => ({ field: 1, multiplier: args.first }),
    resolve: (_root, args, ctx) => readFeed(ctx, { recordId: args.recordId.id }, args.since, args.first),
  }),
);
