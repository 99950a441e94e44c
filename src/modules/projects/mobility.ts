import { visible, visibleById } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { durationDays } from '../../domain/periods.js';
import { MobilityDirection, type Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { orderInput } from '../../schema/ordering.js';
import { dateRange, dateRangeFields, type FilterFieldBuilder, idOf } from './shared.js';

export const MobilityDirectionEnum = builder.enumType(MobilityDirection, {
  name: 'MobilityDirection',
  description: 'Which way a researcher travelled (indicator 4-1 counts both).',
  values: {
    DISPATCHED: { description: '派遣: a Japan-side researcher sent to the partner side.' },
    INVITED: { description: '招へい: a partner-side researcher invited to Japan.' },
  },
});

export const MobilityRef = builder.prismaNode('Mobility', {
  description:
    "A researcher's trip or stay under a project: a Japan-side researcher dispatched to the partner side, or a " +
    'partner-side researcher invited to Japan. Young travellers stay about one year in principle; short trips count too.',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.mobility),
  select: { id: true },
  fields: (t) => ({
    version: t.exposeInt('version', versionField),
    project: t.relation('project'),
    researcher: t.relation('researcher'),
    direction: t.expose('direction', { type: MobilityDirectionEnum }),
    country: t.relation('country', {
      description:
        'Where the researcher went (dispatched) or came from (invited). May lie outside the partner countries for ' +
        'short trips or temporary stays the research needs.',
    }),
    hostOrganization: t.relation('hostOrganization', { nullable: true, description: 'The organisation that hosted the stay.' }),
    homeOrganization: t.relation('homeOrganization', {
      nullable: true,
      description: "The researcher's own organisation at the time.",
    }),
    startsOn: t.expose('startsOn', { type: 'Date', description: 'First day of the stay.' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: 'Last day of the stay (inclusive).' }),
    durationDays: t.int({
      description: 'Length of the stay in days, both ends included.',
      select: { startsOn: true, endsOn: true },
      resolve: (mobility) => durationDays(mobility.startsOn, mobility.endsOn),
    }),
    purpose: t.exposeString('purpose', { description: 'What the trip or stay was for, as reported.' }),
  }),
});

export const mobilityOrder = orderInput<'STARTS_ON', Prisma.MobilityOrderByWithRelationInput>(
  'Mobility',
  { STARTS_ON: { description: 'By the first day of the stay.', orderBy: (direction) => [{ startsOn: direction }] } },
  { field: 'STARTS_ON', direction: 'desc' },
);

/** The conditions on mobility within one project; the root list adds the project. */
const mobilityFilterFields = (t: FilterFieldBuilder) => ({
  direction: t.field({ type: MobilityDirectionEnum, description: 'Only dispatched, or only invited, researchers.' }),
  countryId: t.globalID({ description: 'Only stays in (dispatched) or from (invited) this country/region.' }),
  ...dateRangeFields(t, 'startsOn (the first day of the stay)'),
});

export const ProjectMobilityFilter = builder.inputType('ProjectMobilityFilter', {
  description: "Conditions on a project's researcher mobility; all given must hold.",
  fields: mobilityFilterFields,
});

const MobilityFilter = builder.inputType('MobilityFilter', {
  description: 'All conditions given must hold.',
  fields: (t) => ({
    ...mobilityFilterFields(t),
    projectId: t.globalID({ description: 'Only mobility under this project.' }),
  }),
});

type MobilityFilterInput = typeof ProjectMobilityFilter.$inferInput & { projectId?: { typename: string; id: string } | null };

/**
 * Visible mobility matching a filter: one where for a list, its totalCount and the statistics.
 * A date range selects stays by their first day, so each stay counts in exactly one period.
 */
export function mobilityWhere(ctx: Context, filter: MobilityFilterInput | null | undefined): Prisma.MobilityWhereInput {
  return {
    AND: [
      visible.mobility(ctx),
      {
        direction: filter?.direction ?? undefined,
        projectId: idOf(filter?.projectId, 'Project'),
        countryId: idOf(filter?.countryId, 'Country'),
        startsOn: dateRange(filter),
      },
    ],
  };
}

builder.queryField('mobilities', (t) =>
  t.prismaConnection({
    description: 'Researchers dispatched and invited under adopted projects, latest first unless ordered otherwise.',
    type: 'Mobility',
    cursor: 'id',
    args: { filter: t.arg({ type: MobilityFilter }), orderBy: t.arg({ type: mobilityOrder.Input }) },
    resolve: (query, _root, { filter, orderBy }, ctx) =>
      ctx.prisma.mobility.findMany({ ...query, where: mobilityWhere(ctx, filter), orderBy: mobilityOrder.toPrisma(orderBy) }),
    totalCount: (_root, { filter }, ctx) => ctx.prisma.mobility.count({ where: mobilityWhere(ctx, filter) }),
  }),
);
