import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * The one place per type that decides which rows a request may see. Every root list, nested list,
 * count, aggregate and node lookup of these types filters through it, so access rules are added
 * here and nowhere else. Reference data (countries, fields, agencies, indicators) is public.
 * Until API keys and roles exist every read is open.
 */
export const visible = {
  call: (_ctx: Context): Prisma.CallWhereInput => ({}),
  organization: (_ctx: Context): Prisma.OrganizationWhereInput => ({}),
  researcher: (_ctx: Context): Prisma.ResearcherWhereInput => ({}),
  proposal: (_ctx: Context): Prisma.ProposalWhereInput => ({}),
  teamMember: (_ctx: Context): Prisma.TeamMemberWhereInput => ({}),
  project: (_ctx: Context): Prisma.ProjectWhereInput => ({}),
  outcome: (_ctx: Context): Prisma.OutcomeWhereInput => ({}),
  mobility: (_ctx: Context): Prisma.MobilityWhereInput => ({}),
  evaluation: (_ctx: Context): Prisma.EvaluationWhereInput => ({}),
};
