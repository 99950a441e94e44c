import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Principal } from './principal.js';

/**
 * The one place per type that decides which rows a request may see. Every root list, nested list,
 * count, aggregate and node lookup of these types filters through it.
 *
 * - ADMIN and STAFF see everything.
 * - AGENCY sees the proposals of the joint calls it co-runs as a partner agency (their teams,
 *   decisions, budgets, mobility and evaluations), and the public view of everything else.
 * - INSTITUTION sees its organisation's proposals — those it leads or where one of its people is
 *   PI or Co-PI — in every status, with their projects' mobility and evaluations.
 * - Anyone, anonymous included, sees the public view: reference data, calls, adopted projects with
 *   their outcomes, and the teams, people and organisations of adopted projects. Proposals as
 *   such (drafts, rejected ones, budgets, review information) are never public.
 * Reference data (countries, fields, agencies, indicators) has no rule: it is public.
 */
export type Tenant = { role: 'STAFF' } | { role: 'AGENCY'; agencyId: string } | { role: 'INSTITUTION'; organizationId: string } | { role: 'PUBLIC' };

export function tenantOf(principal: Principal): Tenant {
  if (principal.kind === 'anonymous') return { role: 'PUBLIC' };
  switch (principal.role) {
    case 'ADMIN':
    case 'STAFF':
      return { role: 'STAFF' };
    case 'AGENCY':
      return principal.agencyId ? { role: 'AGENCY', agencyId: principal.agencyId } : { role: 'PUBLIC' };
    case 'INSTITUTION':
      return principal.organizationId ? { role: 'INSTITUTION', organizationId: principal.organizationId } : { role: 'PUBLIC' };
  }
}

const NOTHING = { id: { in: [] as string[] } };

/**
 * The calls an agency acts on: joint calls it takes part in as a partner agency. The lead agency
 * (JST) runs every call through staff keys, never as an agency.
 */
export function partnerCalls(agencyId: string): Prisma.CallWhereInput {
  return { kind: 'JOINT', agencies: { some: { agencyId, role: 'PARTNER' } } };
}
const ADOPTED: Prisma.ProposalWhereInput = { project: { isNot: null } };

/** Proposals the caller sees in full (not merely as part of the public view of a project). */
function privateProposal(tenant: Tenant): Prisma.ProposalWhereInput | null {
  switch (tenant.role) {
    case 'STAFF':
      return {};
    case 'AGENCY':
      return { call: partnerCalls(tenant.agencyId) };
    case 'INSTITUTION':
      return {
        OR: [
          { leadOrganizationId: tenant.organizationId },
          { team: { some: { organizationId: tenant.organizationId, role: { in: ['PI', 'CO_PI'] } } } },
        ],
      };
    case 'PUBLIC':
      return null;
  }
}

function teamMember(ctx: Context): Prisma.TeamMemberWhereInput {
  const own = privateProposal(tenantOf(ctx.principal));
  if (own && Object.keys(own).length === 0) return {};
  return { proposal: own ? { OR: [own, ADOPTED] } : ADOPTED };
}

function researcher(ctx: Context): Prisma.ResearcherWhereInput {
  const tenant = tenantOf(ctx.principal);
  if (tenant.role === 'STAFF') return {};
  const members = { memberships: { some: teamMember(ctx) } };
  return tenant.role === 'INSTITUTION' ? { OR: [members, { organizationId: tenant.organizationId }] } : members;
}

/** Rows that hang off a proposal the caller sees in full (budgets, decisions, attestations). */
function throughProposal(ctx: Context): { proposal: Prisma.ProposalWhereInput } | Record<string, never> {
  const own = privateProposal(tenantOf(ctx.principal));
  if (own === null) return { proposal: NOTHING };
  return Object.keys(own).length === 0 ? {} : { proposal: own };
}

function throughProject(ctx: Context): Prisma.MobilityWhereInput & Prisma.EvaluationWhereInput {
  const own = privateProposal(tenantOf(ctx.principal));
  if (own === null) return NOTHING;
  return Object.keys(own).length === 0 ? {} : { project: { proposal: own } };
}

export const visible = {
  call: (_ctx: Context): Prisma.CallWhereInput => ({}),
  proposal: (ctx: Context): Prisma.ProposalWhereInput => privateProposal(tenantOf(ctx.principal)) ?? NOTHING,
  budgetLine: (ctx: Context): Prisma.BudgetLineWhereInput => throughProposal(ctx),
  decision: (ctx: Context): Prisma.DecisionWhereInput => throughProposal(ctx),
  attestation: (ctx: Context): Prisma.ResearchSecurityAttestationWhereInput => throughProposal(ctx),
  teamMember,
  researcher,
  organization(ctx: Context): Prisma.OrganizationWhereInput {
    const tenant = tenantOf(ctx.principal);
    if (tenant.role === 'STAFF') return {};
    const own = privateProposal(tenant);
    return {
      OR: [
        { proposals: { some: own ? { OR: [own, ADOPTED] } : ADOPTED } },
        { memberships: { some: teamMember(ctx) } },
        { researchers: { some: researcher(ctx) } },
        ...(tenant.role === 'INSTITUTION' ? [{ id: tenant.organizationId }] : []),
      ],
    };
  },
  /** Every project is an adopted proposal, and adopted projects are public. */
  project: (_ctx: Context): Prisma.ProjectWhereInput => ({}),
  /** Outcomes of adopted projects are public research output. */
  outcome: (_ctx: Context): Prisma.OutcomeWhereInput => ({}),
  /** Who travelled where and when is personal data: the project's own parties only. */
  mobility: (ctx: Context): Prisma.MobilityWhereInput => throughProject(ctx),
  /** Evaluations are review information. */
  evaluation: (ctx: Context): Prisma.EvaluationWhereInput => throughProject(ctx),
};

/** Proposal ids the caller sees in full, read once per request; 'all' for staff. */
export function privateProposalIds(ctx: Context): Promise<ReadonlySet<string> | 'all'> {
  const cache = ctx as Context & { privateProposalIds?: Promise<ReadonlySet<string> | 'all'> };
  cache.privateProposalIds ??= (async () => {
    const own = privateProposal(tenantOf(ctx.principal));
    if (own === null) return new Set<string>();
    if (Object.keys(own).length === 0) return 'all';
    const rows = await ctx.prisma.proposal.findMany({ where: own, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  })();
  return cache.privateProposalIds;
}

/**
 * Which of the proposals asked in one turn the caller sees in full, in one statement bounded by
 * them: reading every proposal the caller sees (privateProposalIds) cost a partner agency's feed
 * 20 ms a page at 10,000 proposals, to check the few on the page.
 */
const seenProposals = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, boolean>(async (ids) => {
      const own = privateProposal(tenantOf(ctx.principal));
      if (own === null) return ids.map(() => false);
      if (Object.keys(own).length === 0) return ids.map(() => true);
      const rows = await ctx.prisma.proposal.findMany({ where: { AND: [own, { id: { in: [...ids] } }] }, select: { id: true } });
      const seen = new Set(rows.map((row) => row.id));
      return ids.map((id) => seen.has(id));
    }),
);

/** Whether the caller sees this proposal in full (its private fields, its review information). */
export function seesProposal(ctx: Context, proposalId: string): Promise<boolean> {
  return seenProposals(ctx).load(proposalId);
}

/**
 * A node's `findUnique`: the row with this id only if the request may see it, so `node(id:)`
 * answers a hidden row exactly as a missing one (null).
 */
export function visibleById<Where>(rule: (ctx: Context) => Where) {
  return (id: string, ctx: Context) => ({ id, AND: [rule(ctx)] });
}

/**
 * Whether a tenant may read a researcher's own record beyond name, ORCID and affiliation (e-Rad
 * number, career stage, degree year): staff, and the institution the researcher is affiliated
 * with. Naming a researcher on a team opens none of it: what an application says of its members
 * is the membership's own declaration (TeamMember.careerStage, degreeYear), read with the proposal.
 */
export function readsResearcherRecord(tenant: Tenant, researcher: { organizationId: string | null }): boolean {
  if (tenant.role === 'STAFF') return true;
  return tenant.role === 'INSTITUTION' && researcher.organizationId !== null && researcher.organizationId === tenant.organizationId;
}

export function seesResearcherDetails(ctx: Context, researcher: { organizationId: string | null }): boolean {
  return readsResearcherRecord(tenantOf(ctx.principal), researcher);
}
