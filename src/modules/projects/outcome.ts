import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { visible, visibleById } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { doiUrl } from '../../domain/doi.js';
import {
  GTR_CATEGORIES,
  gtrCategoryOf,
  isWithPartner,
  sortKindCounts,
  type GtrCategory,
  type KindCount,
} from '../../domain/outcomes.js';
import { OutcomeKind, type Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { orderInput } from '../../schema/ordering.js';
import { TeamSideEnum } from '../proposals/enums.js';
import { dateRange, dateRangeFields, type FilterFieldBuilder, idOf } from './shared.js';

const indicator31 = 'Counts towards indicator 3-1 (workshops, symposia, seminars, lecture tours and the like held).';

export const OutcomeKindEnum = builder.enumType(OutcomeKind, {
  name: 'OutcomeKind',
  description:
    'What a project produced. The kinds the ASPIRE documents count come first; the rest are the categories of ' +
    'UKRI Gateway to Research (GtR), for outcomes the ASPIRE kinds do not cover. See `Outcome.gtrCategory`.',
  values: {
    CO_AUTHORED_PAPER: { description: 'International paper co-authored with the partner side (indicator 2-1).' },
    JOINT_PRESENTATION: {
      description: 'Presentation at a conference or meeting given jointly with the partner side (indicator 2-1).',
    },
    WORKSHOP: { description: `Workshop held. ${indicator31}` },
    SYMPOSIUM: { description: `Symposium held. ${indicator31}` },
    SEMINAR: { description: `Seminar held. ${indicator31}` },
    LECTURE_TOUR: { description: `Lecture tour. ${indicator31}` },
    NETWORKING_EVENT: { description: `Networking event held. ${indicator31}` },
    PHD_AWARDED: { description: 'A doctorate awarded to a researcher of the project (follow-up of young researchers).' },
    CAREER_MOVE: {
      description: 'A career step of a researcher of the project, e.g. a position abroad (indicators 4-2 and 4-3).',
    },
    STANDARDISATION: { description: 'A contribution to international standardisation.' },
    NEW_COLLABORATION: { description: 'A new collaboration grown from the project (network expansion, indicator 3-2).' },
    PUBLICATION: { description: 'GtR: any other publication (book, chapter, report, preprint...).' },
    COLLABORATION_PARTNERSHIP: { description: 'GtR: collaboration or partnership.' },
    FURTHER_FUNDING: { description: 'GtR: further funding won on the strength of the project.' },
    NEXT_DESTINATION: { description: 'GtR: next destination of a team member who left the project.' },
    ENGAGEMENT_ACTIVITY: { description: 'GtR: engagement activity with audiences beyond research.' },
    POLICY_INFLUENCE: { description: 'GtR: influence on policy, practice, patients or the public.' },
    RESEARCH_TOOL_METHOD: { description: 'GtR: research tool or method.' },
    DATASET_MODEL: { description: 'GtR: research database, dataset or model.' },
    INTELLECTUAL_PROPERTY: { description: 'GtR: intellectual property, e.g. a patent application, and its licensing.' },
    ARTISTIC_CREATIVE_PRODUCT: { description: 'GtR: artistic or creative product.' },
    SOFTWARE_TECHNICAL_PRODUCT: { description: 'GtR: software or technical product.' },
    SPIN_OUT: { description: 'GtR: spin-out company.' },
    AWARD_RECOGNITION: { description: 'GtR: award or recognition.' },
    USE_OF_FACILITIES: { description: 'GtR: use of a research facility.' },
  },
});

// GtR's own names for its categories.
const gtrCategoryNames = {
  PUBLICATIONS: 'Publications.',
  COLLABORATIONS_AND_PARTNERSHIPS: 'Collaborations & partnerships.',
  FURTHER_FUNDING: 'Further funding.',
  NEXT_DESTINATION: 'Next destination (where team members went next).',
  ENGAGEMENT_ACTIVITIES: 'Engagement activities.',
  INFLUENCE_ON_POLICY: 'Influence on policy, practice, patients & the public.',
  RESEARCH_TOOLS_AND_METHODS: 'Research tools & methods.',
  DATASETS_AND_MODELS: 'Research databases & models.',
  INTELLECTUAL_PROPERTY: 'Intellectual property & licensing.',
  ARTISTIC_AND_CREATIVE_PRODUCTS: 'Artistic & creative products.',
  SOFTWARE_AND_TECHNICAL_PRODUCTS: 'Software & technical products.',
  SPIN_OUTS: 'Spin-outs.',
  AWARDS_AND_RECOGNITION: 'Awards & recognition.',
  USE_OF_FACILITIES: 'Use of facilities & resources.',
} satisfies Record<GtrCategory, string>;

export const GtrCategoryEnum = builder.enumType('GtrCategory', {
  description:
    'The outcome categories of UKRI Gateway to Research (fed by Researchfish), the reference taxonomy partner ' +
    'agencies report in.',
  values: Object.fromEntries(
    GTR_CATEGORIES.map((category) => [category, { description: gtrCategoryNames[category] }]),
  ) as Record<GtrCategory, { description: string }>,
});

export const OutcomeCountRef = builder.objectRef<KindCount>('OutcomeCount').implement({
  description: 'How many outcomes of one kind.',
  fields: (t) => ({
    kind: t.expose('kind', { type: OutcomeKindEnum }),
    count: t.exposeInt('count'),
  }),
});

export const OutcomeRef = builder.prismaNode('Outcome', {
  description: 'Something an adopted project produced or achieved, as its Japan or partner side reported it.',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.outcome),
  select: { id: true },
  fields: (t) => ({
    version: t.exposeInt('version', versionField),
    project: t.relation('project'),
    kind: t.expose('kind', { type: OutcomeKindEnum }),
    gtrCategory: t.field({
      type: GtrCategoryEnum,
      nullable: true,
      description:
        'The UKRI Gateway to Research category this outcome is reported under; null where GtR has none (a PhD awarded).',
      select: { kind: true },
      resolve: (outcome) => gtrCategoryOf(outcome.kind),
    }),
    reportedBySide: t.expose('reportedBySide', { type: TeamSideEnum, description: 'Which side reported it.' }),
    occurredOn: t.expose('occurredOn', {
      type: 'Date',
      description: 'When it happened: publication date, event date, date of the award or move.',
    }),
    title: t.exposeString('title', { description: 'As reported, in the language it was reported in.' }),
    description: t.exposeString('description', { nullable: true }),
    doi: t.exposeString('doi', { nullable: true, description: 'DOI of a paper, dataset or other registered output.' }),
    doiUrl: t.string({
      nullable: true,
      description: 'The DOI as a https://doi.org/ link.',
      select: { doi: true },
      resolve: (outcome) => (outcome.doi ? doiUrl(outcome.doi) : null),
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where to read more.' }),
    partnerContributors: t.exposeStringList('partnerContributors', {
      description: 'Partner-side co-authors or co-organisers, as written.',
    }),
    withPartner: t.boolean({
      description:
        'Partner-side researchers contributed (co-authors, co-presenters, co-organisers): the joint outcomes ' +
        'indicator 2-1 counts.',
      select: { partnerContributors: true },
      resolve: (outcome) => isWithPartner(outcome.partnerContributors),
    }),
    attendeeCount: t.exposeInt('attendeeCount', { nullable: true, description: 'Attendees, for events.' }),
  }),
});

export const outcomeOrder = orderInput<'OCCURRED_ON', Prisma.OutcomeOrderByWithRelationInput>(
  'Outcome',
  { OCCURRED_ON: { description: 'By the date it happened.', orderBy: (direction) => [{ occurredOn: direction }] } },
  { field: 'OCCURRED_ON', direction: 'desc' },
);

/** The conditions on outcomes within one project; the root list adds the project. */
const outcomeFilterFields = (t: FilterFieldBuilder) => ({
  kind: t.field({ type: [OutcomeKindEnum], description: 'Only outcomes of these kinds.' }),
  ...dateRangeFields(t, 'occurredOn'),
});

export const ProjectOutcomeFilter = builder.inputType('ProjectOutcomeFilter', {
  description: "Conditions on a project's outcomes; all given must hold.",
  fields: outcomeFilterFields,
});

const OutcomeFilter = builder.inputType('OutcomeFilter', {
  description: 'All conditions given must hold.',
  fields: (t) => ({
    ...outcomeFilterFields(t),
    projectId: t.globalID({ description: 'Only outcomes of this project.' }),
  }),
});

type OutcomeFilterInput = typeof ProjectOutcomeFilter.$inferInput & { projectId?: { typename: string; id: string } | null };

/** Visible outcomes matching a filter: one where for a list and its totalCount. */
export function outcomeWhere(ctx: Context, filter: OutcomeFilterInput | null | undefined): Prisma.OutcomeWhereInput {
  return {
    AND: [
      visible.outcome(ctx),
      {
        kind: filter?.kind ? { in: filter.kind } : undefined,
        projectId: idOf(filter?.projectId, 'Project'),
        occurredOn: dateRange(filter),
      },
    ],
  };
}

builder.queryField('outcomes', (t) =>
  t.prismaConnection({
    description: 'Outcomes of adopted projects, newest first unless ordered otherwise.',
    type: 'Outcome',
    cursor: 'id',
    args: { filter: t.arg({ type: OutcomeFilter }), orderBy: t.arg({ type: outcomeOrder.Input }) },
    resolve: (query, _root, { filter, orderBy }, ctx) =>
      ctx.prisma.outcome.findMany({ ...query, where: outcomeWhere(ctx, filter), orderBy: outcomeOrder.toPrisma(orderBy) }),
    totalCount: (_root, { filter }, ctx) => ctx.prisma.outcome.count({ where: outcomeWhere(ctx, filter) }),
  }),
);

/**
 * Per request: outcome counts by kind for every project asked for in one tick, by one group-by
 * over their visible outcomes (a page of projects costs one statement, not one per project).
 */
export const outcomeCountsLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, KindCount[]>(async (projectIds) => {
      const groups = await ctx.prisma.outcome.groupBy({
        by: ['projectId', 'kind'],
        where: { AND: [visible.outcome(ctx), { projectId: { in: [...projectIds] } }] },
        _count: { _all: true },
      });
      return projectIds.map((projectId) =>
        sortKindCounts(
          groups.filter((group) => group.projectId === projectId).map(({ kind, _count }) => ({ kind, count: _count._all })),
        ),
      );
    }),
);
