import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Prisma, TeamMember } from '../../generated/prisma/client.js';
import { visible, visibleById } from '../../auth/visibility.js';
import type { RuleVerdict } from '../../domain/proposal-rules.js';
import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { RuleVerdictRef, versionField } from '../../schema/mutations.js';
import { proposalVerdicts } from './rule-inputs.js';
import { localizedColumns } from '../../schema/localized.js';
import { ProposalBudgetRef } from './budget.js';
import { ProposalStatusEnum, TeamRoleEnum, TeamSideEnum } from './enums.js';
import './review.js';
import './team-member.js';

export const ProposalRef = builder.prismaNode('Proposal', {
  description:
    'A proposal to a call: a Japan-side team led by a PI (研究代表者) and a partner-side team led by one or more ' +
    'partner PIs, with a Japan-side budget. Once adopted it becomes a project.',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.proposal),
  select: { id: true },
  // Lists and node lookups already filter; this catches any path that reaches a proposal by a
  // relation instead.
  authScopes: (proposal) => ({ seesProposal: proposal.id }),
  fields: (t) => ({
    call: t.relation('call'),
    field: t.relation('field', { description: 'The research field the proposal is submitted in.' }),
    leadOrganization: t.relation('leadOrganization', {
      description: 'The PI’s organisation, which owns the proposal on the Japan side.',
    }),
    title: t.string(localizedColumns('title', 'Title in the requested language.')),
    titleJa: t.exposeString('titleJa', { nullable: true }),
    titleEn: t.exposeString('titleEn'),
    abstract: t.string(
      localizedColumns('abstract', 'Abstract in the requested language.'),
    ),
    abstractJa: t.exposeString('abstractJa', { nullable: true }),
    abstractEn: t.exposeString('abstractEn', { nullable: true }),
    status: t.expose('status', { type: ProposalStatusEnum }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true, description: 'Null while a draft.' }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the final decision (adopted or not) was made; null before it.',
    }),
    plannedPeriodMonths: t.exposeInt('plannedPeriodMonths', {
      nullable: true,
      description: 'Planned project period in months (up to 60 in the Top track, 36 in the Rising track).',
    }),
    partnerCountries: t.prismaField({
      type: ['Country'],
      description: 'Countries/regions of the partner side, by code.',
      select: (_args, _ctx, nestedSelection) => ({
        partnerCountries: { select: { country: nestedSelection(true) }, orderBy: { country: { code: 'asc' } } },
      }),
      resolve: (_query, proposal) => proposal.partnerCountries.map(({ country }) => country),
    }),
    team: t.relatedConnection('team', {
      cursor: 'id',
      totalCount: true,
      description: 'The team: Japan side first (PI, Co-PIs, then participants), then the partner side.',
      args: {
        side: t.arg({ type: TeamSideEnum, description: 'Only this side.' }),
        role: t.arg({ type: [TeamRoleEnum], description: 'Only these roles.' }),
      },
      query: (args, ctx) => ({
        where: {
          AND: [
            visible.teamMember(ctx),
            args.side ? { side: args.side } : {},
            args.role ? { role: { in: args.role } } : {},
          ],
        },
        // Roles sort in their declared order: PI, Co-PI, Japan-side participants, then partner roles.
        orderBy: [{ role: 'asc' }, { id: 'asc' }],
      }),
    }),
    pi: t.prismaField({
      type: 'TeamMember',
      nullable: true,
      description: 'The PI (研究代表者): the one team member with role PI. Null while a draft names none.',
      resolve: (query, proposal, _args, ctx) => piLoader(ctx, query).load(proposal.id),
    }),
    budget: t.variant(ProposalBudgetRef, { description: 'The Japan-side budget and the totals derived from it.' }),
    researchSecurityAttestations: t.relation('attestations', {
      description:
        'Research-security attestations, one per organisation of the PI and Co-PIs (required from the FY2026 calls).',
      query: { orderBy: [{ attestedAt: 'asc' }, { id: 'asc' }] },
    }),
    decisions: t.relation('decisions', {
      description: 'Review decisions, in the order they were made.',
      query: { orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }] },
    }),
    project: t.relation('project', { nullable: true, description: 'The project, once the proposal is adopted.' }),
    version: t.exposeInt('version', versionField),
    ruleCheck: t.field({
      type: RuleVerdictRef,
      description:
        'The program’s rules checked against the proposal as stored, as they would be at submission now: errors block ' +
        'submission, warnings do not. The SDK’s `validateProposal` gives the same verdict for the same data.',
      resolve: (proposal, _args, ctx) => ruleCheckLoader(ctx).load(proposal.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

// Per request, every ruleCheck of a page comes from one set of queries (rule-inputs.ts), judged
// at the same instant.
const ruleCheckLoader = createContextCache((ctx: Context) => {
  const now = new Date();
  return new DataLoader<string, RuleVerdict>(async (ids) => {
    const verdicts = await proposalVerdicts(ctx.prisma, ids, now, true);
    return ids.map((id) => verdicts.get(id) ?? new Error(`No proposal ${id}`));
  });
});

type TeamMemberQuery = { include?: Prisma.TeamMemberInclude; select?: Prisma.TeamMemberSelect };

// Per request, one loader per selection under `pi`: every PI of a page comes from one query (and
// one per nested relation asked for). A `select` of `team` in the proposal's own query would clash
// with the arguments of the `team` connection beside it and fall back to a query per proposal.
const piLoaders = createContextCache((_ctx: Context) => new Map<string, DataLoader<string, TeamMember | null>>());

function piLoader(ctx: Context, query: TeamMemberQuery): DataLoader<string, TeamMember | null> {
  const loaders = piLoaders(ctx);
  const key = JSON.stringify(query);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(async (proposalIds) => {
      const pis = await ctx.prisma.teamMember.findMany({
        ...query,
        ...(query.select && { select: { ...query.select, proposalId: true } }),
        where: { AND: [visible.teamMember(ctx), { role: 'PI', proposalId: { in: [...proposalIds] } }] },
      });
      // The rows hold at least the columns and relations the selection asks for.
      const byProposal = new Map(pis.map((pi) => [pi.proposalId, pi as TeamMember]));
      return proposalIds.map((id) => byProposal.get(id) ?? null);
    });
    loaders.set(key, loader);
  }
  return loader;
}
