import { visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { callStatusAt } from '../../domain/call-status.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { orderInput } from '../../schema/ordering.js';
import { FundingAgencyRef } from '../reference/agency.js';
import { CountryRef } from '../reference/country.js';
import { ResearchFieldRef } from '../reference/research-field.js';
import { SCHEDULE_COLUMNS } from './call-parts.js';
import { CallKindEnum, CallStatusEnum, CallTrackEnum } from './enums.js';

const CallFilter = builder.inputType('CallFilter', {
  description: 'Conditions on calls; all given must hold.',
  fields: (t) => ({
    fiscalYear: t.field({ type: 'FiscalYear', description: 'Only calls of this fiscal year.' }),
    kind: t.field({ type: CallKindEnum }),
    track: t.field({ type: CallTrackEnum, description: 'Only solo calls of this track.' }),
    fieldId: t.globalID({ for: ResearchFieldRef, description: 'Only calls open to this research field.' }),
    countryId: t.globalID({ for: CountryRef, description: 'Only calls in which this country/region is eligible.' }),
    agencyId: t.globalID({ for: FundingAgencyRef, description: 'Only calls this funding agency runs or co-runs.' }),
    status: t.field({
      type: [CallStatusEnum],
      description: 'Only calls in one of these statuses at statusAt (derived from their schedules).',
    }),
    statusAt: t.field({ type: 'DateTime', description: 'The instant the status filter applies at; defaults to now.' }),
  }),
});

const CallOrder = orderInput<'FISCAL_YEAR' | 'CODE', Prisma.CallOrderByWithRelationInput>(
  'Call',
  {
    FISCAL_YEAR: {
      description: 'By fiscal year, then by code (A–Z) within a year.',
      orderBy: (direction) => [{ fiscalYear: direction }, { code: 'asc' }],
    },
    CODE: { description: 'By code, e.g. FY2024-JOINT-UK-BIO.', orderBy: (direction) => [{ code: direction }] },
  },
  { field: 'FISCAL_YEAR', direction: 'desc' },
);

type CallFilterInput = typeof CallFilter.$inferInput;

/** The conditions that are columns and relations, visibility included. */
function storedConditions(filter: CallFilterInput | null | undefined, ctx: Context): Prisma.CallWhereInput {
  return {
    AND: [
      visible.call(ctx),
      {
        fiscalYear: filter?.fiscalYear ?? undefined,
        kind: filter?.kind ?? undefined,
        track: filter?.track ?? undefined,
        fields: filter?.fieldId ? { some: { fieldId: filter.fieldId.id } } : undefined,
        countries: filter?.countryId ? { some: { countryId: filter.countryId.id } } : undefined,
        agencies: filter?.agencyId ? { some: { agencyId: filter.agencyId.id } } : undefined,
      },
    ],
  };
}

/**
 * The where of the calls list, for its page and its totalCount alike. Status is derived from each
 * call's schedule, not stored, so the database cannot filter on it. Calls are few (a handful per
 * fiscal year), so the calls matching the other conditions are read with their milestones, their
 * status is evaluated here, and the matching ids join the where: cursors and totalCount then work
 * as for any other filter.
 */
export async function callWhere(filter: CallFilterInput | null | undefined, ctx: Context): Promise<Prisma.CallWhereInput> {
  const where = storedConditions(filter, ctx);
  if (!filter?.status) return where;
  const statuses = new Set(filter.status);
  const at = filter.statusAt ?? new Date();
  const candidates = await ctx.prisma.call.findMany({
    where,
    select: { id: true, milestones: { select: SCHEDULE_COLUMNS } },
  });
  const ids = candidates.filter((call) => statuses.has(callStatusAt(call.milestones, at))).map((call) => call.id);
  return { AND: [where, { id: { in: ids } }] };
}

// The page and its totalCount receive the same args object: work out the where once for both.
const whereByArgs = new WeakMap<object, Promise<Prisma.CallWhereInput>>();
function callWhereOnce(args: { filter?: CallFilterInput | null }, ctx: Context) {
  let where = whereByArgs.get(args);
  if (!where) {
    where = callWhere(args.filter, ctx);
    whereByArgs.set(args, where);
  }
  return where;
}

builder.queryFields((t) => ({
  calls: t.prismaConnection({
    description: 'Calls for proposals; by default newest fiscal year first.',
    type: 'Call',
    cursor: 'id',
    args: {
      filter: t.arg({ type: CallFilter }),
      orderBy: t.arg({ type: CallOrder.Input, description: 'Default: FISCAL_YEAR descending.' }),
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.call.findMany({ ...query, where: await callWhereOnce(args, ctx), orderBy: CallOrder.toPrisma(args.orderBy) }),
    totalCount: async (_root, args, ctx) => ctx.prisma.call.count({ where: await callWhereOnce(args, ctx) }),
  }),
  call: t.prismaField({
    type: 'Call',
    nullable: true,
    description: 'The call with this code (exact, e.g. FY2026-SOLO-TOP), or null.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) => ctx.prisma.call.findFirst({ ...query, where: { code, AND: [visible.call(ctx)] } }),
  }),
}));
