import type { Context } from '../context.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Principal } from './principal.js';

/**
 * The one place per type that decides which rows a request may see. Every root list, nested list,
 * count, aggregate and node lookup of these types filters through it.
 *
 * - ADMIN and STAFF see everything.
 * - AGENCY sees the proposals of the calls it runs or co-runs (their teams, decisions, budgets,
 *   mobility and evaluations), and the public view of everything else.
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
const ADOPTED: Prisma.ProposalWhereInput = { project: { isNot: null } };

/** Proposals the caller sees in full (not merely as part of the public view of a project). */
function privateProposal(tenant: Tenant): Prisma.ProposalWhereInput | null {
  switch (tenant.role) {
    case 'STAFF':
      return {};
    case 'AGENCY':
      return { call: { agencies: { some: { agencyId: tenant.agencyId } } } };
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

/**
 * privateProposal as an SQL condition on the proposal aliased `p`, for the loaders that page
 * nested lists per parent in SQL (Prisma cannot limit per parent). The same rule: keep the two in
 * step (test/read-statements.test.ts compares them for every tenant).
 */
export function privateProposalSql(ctx: Context): Prisma.Sql {
  const tenant = tenantOf(ctx.principal);
  switch (tenant.role) {
    case 'STAFF':
      return Prisma.sql`TRUE`;
    case 'AGENCY':
      return Prisma.sql`EXISTS (SELECT 1 FROM "CallAgency" ca WHERE ca."callId" = p."callId" AND ca."agencyId" = ${tenant.agencyId}::uuid)`;
    case 'INSTITUTION':
      return Prisma.sql`(p."leadOrganizationId" = ${tenant.organizationId}::uuid OR EXISTS (
        SELECT 1 FROM "TeamMember" tm WHERE tm."proposalId" = p.id AND tm."organizationId" = ${tenant.organizationId}::uuid
        AND tm.role IN ('PI', 'CO_PI')))`;
    case 'PUBLIC':
      return Prisma.sql`FALSE`;
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

/** Whether the caller sees this proposal in full (its private fields, its review information). */
export async function seesProposal(ctx: Context, proposalId: string): Promise<boolean> {
  const ids = await privateProposalIds(ctx);
  return ids === 'all' || ids.has(proposalId);
}

/**
 * A node's `findUnique`: the row with this id only if the request may see it, so `node(id:)`
 * answers a hidden row exactly as a missing one (null).
 */
export function visibleById<Where>(rule: (ctx: Context) => Where) {
  return (id: string, ctx: Context) => ({ id, AND: [rule(ctx)] });
}

/**
 * Whether the caller may see a researcher's personal data beyond name, ORCID and affiliation
 * (e-Rad number, career stage, degree year): staff, an institution for its own people, and
 * anyone who sees in full a proposal the researcher is on.
 */
export async function seesResearcherDetails(
  ctx: Context,
  researcher: { id: string; organizationId: string | null },
): Promise<boolean> {
  const tenant = tenantOf(ctx.principal);
  if (tenant.role === 'STAFF') return true;
  if (tenant.role === 'PUBLIC') return false;
  if (tenant.role === 'INSTITUTION' && researcher.organizationId === tenant.organizationId) return true;
  const cache = ctx as Context & { privateResearcherIds?: Promise<ReadonlySet<string>> };
  cache.privateResearcherIds ??= ctx.prisma.teamMember
    .findMany({ where: { proposal: visible.proposal(ctx) }, select: { researcherId: true }, distinct: ['researcherId'] })
    .then((rows) => new Set(rows.map((row) => row.researcherId)));
  return (await cache.privateResearcherIds).has(researcher.id);
}
