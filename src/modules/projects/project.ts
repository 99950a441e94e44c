import { PROPOSAL_DETAIL_NOTE, proposalDetail } from '../../auth/field-access.js';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { visible, visibleById } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { doiUrl } from '../../domain/doi.js';
import { periodMonths } from '../../domain/periods.js';
import { currentPi } from '../../domain/project-team.js';
import { ProjectStatus, type Prisma, type Project } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { localizedText } from '../../schema/localized.js';
import { versionField } from '../../schema/mutations.js';
import { orderInput } from '../../schema/ordering.js';
import { TeamMemberRef } from '../proposals/team-member.js';
import { mobilityOrder, mobilityWhere, ProjectMobilityFilter } from './mobility.js';
import { outcomeCountsLoader, OutcomeCountRef, outcomeOrder, ProjectOutcomeFilter } from './outcome.js';
import { outcomeCountSelection, projectOutcomes, ProjectOutcomeRef } from './project-outcomes.js';
import { idOf } from './shared.js';

export const ProjectStatusEnum = builder.enumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Where an adopted project stands.',
  values: {
    ACTIVE: { description: 'Supported and running.' },
    SUSPENDED: { description: 'Support is paused.' },
    COMPLETED: { description: 'Ran to the end of its period.' },
    TERMINATED: { description: 'Support ended before the end of the planned period.' },
  },
});

/**
 * The whole visible team of the project's proposal, Japan side first, then by role. `pi` and
 * `team` select it with the same arguments so that the two merge into one query (a team is a few
 * dozen people at most, so `team` pages through it in memory).
 */
function teamQuery(ctx: Context) {
  return {
    where: visible.teamMember(ctx),
    orderBy: [{ side: 'asc' as const }, { role: 'asc' as const }, { id: 'asc' as const }],
  };
}

/** Tells the query planner that the team connection's `nodes` and `edges.node` are team members. */
const teamNodesInclude = {
  pothosIndirectInclude: {
    getType: () => 'TeamMember',
    paths: [[{ name: 'nodes' }], [{ name: 'edges' }, { name: 'node' }]],
  },
};

/** The proposal's text fields a project shows as its own. */
const proposalTitle = { proposal: { select: { titleJa: true, titleEn: true } } } as const;
type WithProposalTitle = { proposal: { titleJa: string | null; titleEn: string } };

export const ProjectRef = builder.prismaNode('Project', {
  description:
    'An adopted proposal (採択課題): the joint research JST supports on the Japan side, with its team, researcher ' +
    'mobility, outcomes and evaluations. Call, field, title, countries and team are those of its proposal.',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.project),
  // The proposal details' access rule reads proposalId.
  select: { id: true, proposalId: true },
  fields: (t) => ({
    version: t.exposeInt('version', versionField),
    proposal: t.relation('proposal', {
      ...proposalDetail<Pick<Project, 'proposalId'>>((p) => p.proposalId),
      description: `The proposal the project was adopted from. ${PROPOSAL_DETAIL_NOTE}`,
    }),
    call: t.prismaField({
      type: 'Call',
      description: 'The call the proposal was adopted in.',
      select: (_args, _ctx, nestedSelection) => ({ proposal: { select: { call: nestedSelection(true) } } }),
      resolve: (_query, project) => project.proposal.call,
    }),
    field: t.prismaField({
      type: 'ResearchField',
      description: 'The research field of the proposal.',
      select: (_args, _ctx, nestedSelection) => ({ proposal: { select: { field: nestedSelection(true) } } }),
      resolve: (_query, project) => project.proposal.field,
    }),
    leadOrganization: t.prismaField({
      type: 'Organization',
      description: "The PI's organisation, which holds the project on the Japan side.",
      select: (_args, _ctx, nestedSelection) => ({ proposal: { select: { leadOrganization: nestedSelection(true) } } }),
      resolve: (_query, project) => project.proposal.leadOrganization,
    }),
    pi: t.prismaField({
      type: 'Researcher',
      nullable: true,
      description: 'The principal investigator (研究代表者); the current one if the PI has changed.',
      select: (_args, ctx, nestedSelection) => ({
        proposal: { select: { team: { ...teamQuery(ctx), include: { researcher: nestedSelection(true) } } } },
      }),
      resolve: (_query, project) => currentPi(project.proposal.team)?.researcher ?? null,
    }),
    title: t.string({
      ...localizedText<WithProposalTitle>((p) => ({ ja: p.proposal.titleJa, en: p.proposal.titleEn }), 'Title in the requested language.'),
      select: proposalTitle,
    }),
    titleJa: t.string({ nullable: true, select: proposalTitle, resolve: (project) => project.proposal.titleJa }),
    titleEn: t.string({ select: proposalTitle, resolve: (project) => project.proposal.titleEn }),
    partnerCountries: t.prismaField({
      type: ['Country'],
      description: 'The partner countries/regions of the joint research, by code.',
      select: (_args, _ctx, nestedSelection) => ({
        proposal: {
          select: {
            partnerCountries: { select: { country: nestedSelection(true) }, orderBy: { country: { code: 'asc' } } },
          },
        },
      }),
      resolve: (_query, project) => project.proposal.partnerCountries.map(({ country }) => country),
    }),
    grantNumber: t.exposeString('grantNumber', { nullable: true, description: "JST's grant number, where assigned." }),
    grantDoi: t.exposeString('grantDoi', { nullable: true, description: 'Grant DOI where JST registered one, e.g. 10.52926/….' }),
    grantDoiUrl: t.string({
      nullable: true,
      description: 'The grant DOI as a https://doi.org/ link.',
      select: { grantDoi: true },
      resolve: (project) => (project.grantDoi ? doiUrl(project.grantDoi) : null),
    }),
    startsOn: t.expose('startsOn', { type: 'Date', description: 'First day of support.' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: 'Last day of support (inclusive).' }),
    periodMonths: t.int({
      description: 'Length of the support period in months, a started month counting as a whole one.',
      select: { startsOn: true, endsOn: true },
      resolve: (project) => periodMonths(project.startsOn, project.endsOn),
    }),
    status: t.expose('status', { type: ProjectStatusEnum }),
    reReviewRequired: t.exposeBoolean('reReviewRequired', {
      ...proposalDetail<Pick<Project, 'proposalId'>>((p) => p.proposalId),
      description:
        'Budget and team are to be reviewed again, e.g. after a Co-PI left on being adopted in another project. ' +
        PROPOSAL_DETAIL_NOTE,
    }),
    reReviewReason: t.exposeString('reReviewReason', {
      ...proposalDetail<Pick<Project, 'proposalId'>>((p) => p.proposalId),
      description: PROPOSAL_DETAIL_NOTE,
    }),
    team: t.connection(
      {
        type: TeamMemberRef,
        description: "The proposal's team, both sides: Japan side first, then by role (PI, Co-PI, ...).",
        select: (_args, ctx, nestedSelection) => ({
          proposal: { select: { team: { ...teamQuery(ctx), ...nestedSelection(true) } } },
        }),
        resolve: (project, args) => ({
          ...resolveArrayConnection({ args }, project.proposal.team),
          totalCount: project.proposal.team.length,
        }),
      },
      {
        name: 'ProjectTeamConnection',
        extensions: teamNodesInclude,
        fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }),
      },
    ),
    outcomes: t.connection(
      {
        type: ProjectOutcomeRef,
        description: 'What the project produced, newest first unless ordered otherwise.',
        args: { filter: t.arg({ type: ProjectOutcomeFilter }), orderBy: t.arg({ type: outcomeOrder.Input }) },
        select: (args, ctx) => outcomeCountSelection(args, ctx),
        resolve: (project, args, ctx, info) => projectOutcomes(project, args, ctx, info),
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }) },
    ),
    outcomeCounts: t.field({
      type: [OutcomeCountRef],
      description: "How many of the project's outcomes there are of each kind, in kind order; kinds with none left out.",
      resolve: (project, _args, ctx) => outcomeCountsLoader(ctx).load(project.id),
    }),
    mobilities: t.relatedConnection('mobilities', {
      description: 'Researchers dispatched and invited under the project, latest first unless ordered otherwise.',
      cursor: 'id',
      totalCount: true,
      args: { filter: t.arg({ type: ProjectMobilityFilter }), orderBy: t.arg({ type: mobilityOrder.Input }) },
      query: ({ filter, orderBy }, ctx) => ({ where: mobilityWhere(ctx, filter), orderBy: mobilityOrder.toPrisma(orderBy) }),
    }),
    evaluations: t.relation('evaluations', {
      description: 'Mid-term and final evaluations, in date order.',
      query: (_args, ctx) => ({ where: visible.evaluation(ctx), orderBy: [{ evaluatedOn: 'asc' }, { id: 'asc' }] }),
    }),
  }),
});

const ProjectFilter = builder.inputType('ProjectFilter', {
  description: 'All conditions given must hold.',
  fields: (t) => ({
    callId: t.globalID({ description: 'Only projects adopted in this call.' }),
    fieldId: t.globalID({ description: 'Only projects in this research field.' }),
    countryId: t.globalID({ description: 'Only projects with this partner country/region.' }),
    status: t.field({ type: [ProjectStatusEnum], description: 'Only projects in one of these states.' }),
    organizationId: t.globalID({ description: "Only projects this organisation takes part in: as the PI's organisation or as any team member's affiliation.",
    }),
  }),
});

type ProjectFilterInput = typeof ProjectFilter.$inferInput;

/** Visible projects matching a filter: one where for the list and its totalCount. */
export function projectWhere(ctx: Context, filter: ProjectFilterInput | null | undefined): Prisma.ProjectWhereInput {
  const callId = idOf(filter?.callId, 'Call');
  const fieldId = idOf(filter?.fieldId, 'ResearchField');
  const countryId = idOf(filter?.countryId, 'Country');
  const organizationId = idOf(filter?.organizationId, 'Organization');
  const proposal: Prisma.ProposalWhereInput = {
    callId,
    fieldId,
    partnerCountries: countryId ? { some: { countryId } } : undefined,
    OR: organizationId
      ? [{ leadOrganizationId: organizationId }, { team: { some: { AND: [visible.teamMember(ctx), { organizationId }] } } }]
      : undefined,
  };
  return {
    AND: [
      visible.project(ctx),
      {
        status: filter?.status ? { in: filter.status } : undefined,
        // Only when asked: an empty condition on the proposal would still join it.
        proposal: callId || fieldId || countryId || organizationId ? proposal : undefined,
      },
    ],
  };
}

const projectOrder = orderInput<'STARTS_ON' | 'TITLE', Prisma.ProjectOrderByWithRelationInput>(
  'Project',
  {
    STARTS_ON: { description: 'By the first day of support.', orderBy: (direction) => [{ startsOn: direction }] },
    TITLE: { description: 'By English title.', orderBy: (direction) => [{ proposal: { titleEn: direction } }] },
  },
  { field: 'STARTS_ON', direction: 'desc' },
);

builder.queryField('projects', (t) =>
  t.prismaConnection({
    description: 'Adopted projects, the most recently started first unless ordered otherwise.',
    type: 'Project',
    cursor: 'id',
    args: { filter: t.arg({ type: ProjectFilter }), orderBy: t.arg({ type: projectOrder.Input }) },
    resolve: (query, _root, { filter, orderBy }, ctx) =>
      ctx.prisma.project.findMany({ ...query, where: projectWhere(ctx, filter), orderBy: projectOrder.toPrisma(orderBy) }),
    totalCount: (_root, { filter }, ctx) => ctx.prisma.project.count({ where: projectWhere(ctx, filter) }),
  }),
);
