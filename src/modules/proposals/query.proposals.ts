import type { Prisma } from '../../generated/prisma/client.js';
import { visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { orderInput } from '../../schema/ordering.js';
import { CallRef } from '../calls/call.js';
import { OrganizationRef } from '../people/organization.js';
import { ResearcherRef } from '../people/researcher.js';
import { CountryRef } from '../reference/country.js';
import { ResearchFieldRef } from '../reference/research-field.js';
import { ProposalStatusEnum } from './enums.js';

const ProposalFilter = builder.inputType('ProposalFilter', {
  description: 'Conditions a proposal must all meet. Ids are global ids of the named type; another type’s is refused.',
  fields: (t) => ({
    callId: t.globalID({ for: CallRef, description: 'Proposals to this call (a Call id).' }),
    status: t.field({ type: [ProposalStatusEnum], description: 'Proposals in any of these statuses.' }),
    fieldId: t.globalID({ for: ResearchFieldRef, description: 'Proposals in this research field (a ResearchField id).' }),
    partnerCountryId: t.globalID({
      for: CountryRef,
      description: 'Proposals with this partner country/region (a Country id).',
    }),
    organizationId: t.globalID({
      for: OrganizationRef,
      description:
        'Proposals led by this organisation, or with a team member affiliated to it for the proposal (an Organization id).',
    }),
    researcherId: t.globalID({
      for: ResearcherRef,
      description: 'Proposals with this researcher on the team, in any role (a Researcher id).',
    }),
  }),
});

type ProposalFilterInput = typeof ProposalFilter.$inferInput;

/** The one where-clause of a proposals list: its rows and its totalCount both come from here. */
export function proposalWhere(filter: ProposalFilterInput | null | undefined, ctx: Context): Prisma.ProposalWhereInput {
  const conditions: Prisma.ProposalWhereInput[] = [visible.proposal(ctx)];
  const onTeam = (where: Prisma.TeamMemberWhereInput) => ({ team: { some: { AND: [visible.teamMember(ctx), where] } } });
  const callId = filter?.callId?.id;
  const fieldId = filter?.fieldId?.id;
  const countryId = filter?.partnerCountryId?.id;
  const organizationId = filter?.organizationId?.id;
  const researcherId = filter?.researcherId?.id;
  if (callId) conditions.push({ callId });
  if (filter?.status) conditions.push({ status: { in: filter.status } });
  if (fieldId) conditions.push({ fieldId });
  if (countryId) conditions.push({ partnerCountries: { some: { countryId } } });
  if (organizationId) conditions.push({ OR: [{ leadOrganizationId: organizationId }, onTeam({ organizationId })] });
  if (researcherId) conditions.push(onTeam({ researcherId }));
  return { AND: conditions };
}

export const ProposalOrder = orderInput<'SUBMITTED_AT' | 'CREATED_AT' | 'TITLE', Prisma.ProposalOrderByWithRelationInput>(
  'Proposal',
  {
    SUBMITTED_AT: {
      description: 'When submitted; drafts, which have no submission time, come last.',
      orderBy: (direction) => [{ submittedAt: { sort: direction, nulls: 'last' } }],
    },
    CREATED_AT: {
      description: 'When the proposal was first recorded.',
      orderBy: (direction) => [{ createdAt: direction }],
    },
    TITLE: {
      description: 'English title.',
      orderBy: (direction) => [{ titleEn: direction }],
    },
  },
  { field: 'SUBMITTED_AT', direction: 'desc' },
);

builder.queryField('proposals', (t) =>
  t.prismaConnection({
    type: 'Proposal',
    cursor: 'id',
    description: 'Proposals, most recently submitted first unless `orderBy` says otherwise.',
    args: {
      filter: t.arg({ type: ProposalFilter }),
      orderBy: t.arg({ type: ProposalOrder.Input }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.proposal.findMany({
        ...query,
        where: proposalWhere(args.filter, ctx),
        orderBy: ProposalOrder.toPrisma(args.orderBy),
      }),
    totalCount: (_root, args, ctx) => ctx.prisma.proposal.count({ where: proposalWhere(args.filter, ctx) }),
  }),
);
