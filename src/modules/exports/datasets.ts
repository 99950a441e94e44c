// The bulk exports: each a GraphQL list read whole, in chunks. Rows come from the list's own
// where (visibility included) and the values from the same rules and loaders its fields use, so
// an export equals its list for every caller (test/exports.test.ts checks it, role by role).
import { encodeGlobalID } from '@pothos/plugin-relay';
// The modules' types refer to one another: load them in the schema's order before using any.
import '../../schema/index.js';
import { privateProposalIds, visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { budgetTotals } from '../../domain/budget.js';
import { callStatistics } from '../../domain/call-statistics.js';
import { submissionDeadline } from '../../domain/call-status.js';
import { gtrCategoryOf, isWithPartner } from '../../domain/outcomes.js';
import { periodMonths } from '../../domain/periods.js';
import { currentPi } from '../../domain/project-team.js';
import type { Prisma, RecordType } from '../../generated/prisma/client.js';
import { SCHEDULE_COLUMNS } from '../calls/call-parts.js';
import { CALL_RULE_COLUMNS, rulesOf } from '../calls/call-rules.js';
import { callWhere } from '../calls/query.calls.js';
import { publishedFigures, recordCountsLoader } from '../calls/statistics.js';
import { outcomeWhere } from '../projects/outcome.js';
import { projectWhere } from '../projects/project.js';

/** A value as the GraphQL field serialises it: Yen as a decimal string, Date as YYYY-MM-DD. */
export type Value = string | number | boolean | null | readonly string[];

export interface Column<Row> {
  name: string;
  /** The GraphQL field of the list's node it equals (a path), for the dictionary and the tests. */
  graphql: string;
  description: string;
  value: (row: Row) => Value;
}

interface Dataset<Row extends { id: string }> {
  name: string;
  description: string;
  /** The GraphQL root list the export equals. */
  list: string;
  columns: readonly Column<Row>[];
  /** Up to `take` rows with an id after `after` (keyset pagination by id), in id order. */
  chunk(ctx: Context, after: string | undefined, take: number): Promise<Row[]>;
  /** The record types whose changes can alter the export (its validators, see validators.ts). */
  recordTypes: readonly RecordType[];
}

/** A dataset as the writers see it: rows already turned into their columns' values. */
export interface TableExport {
  name: string;
  description: string;
  list: string;
  columns: readonly Omit<Column<never>, 'value'>[];
  recordTypes: readonly RecordType[];
  /** The next rows after the row id `after`, each with its values in column order. */
  chunk(ctx: Context, after: string | undefined, take: number): Promise<{ id: string; values: Value[] }[]>;
}

function table<Row extends { id: string }>(dataset: Dataset<Row>): TableExport {
  return {
    ...dataset,
    async chunk(ctx, after, take) {
      const rows = await dataset.chunk(ctx, after, take);
      return rows.map((row) => ({ id: row.id, values: dataset.columns.map((c) => c.value(row)) }));
    },
  };
}

const date = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);
const yen = (value: bigint | null | undefined): string | null => (value == null ? null : value.toString());

/** Keyset pagination: the next `take` rows of `where` after the id `after`. */
function page<Where>(where: Where, after: string | undefined, take: number) {
  return { where: { AND: [where, ...(after ? [{ id: { gt: after } }] : [])] }, orderBy: { id: 'asc' as const }, take };
}

const column = <Row>(name: string, graphql: string, description: string, value: (row: Row) => Value): Column<Row> => ({
  name,
  graphql,
  description,
  value,
});

// ───────────────────────────── calls ─────────────────────────────

const callInclude = {
  agencies: { select: { role: true, agency: { select: { code: true } } }, orderBy: [{ role: 'asc' }, { agency: { code: 'asc' } }] },
  fields: { select: { field: { select: { code: true } } }, orderBy: { field: { sortOrder: 'asc' } } },
  countries: { select: { country: { select: { code: true } } }, orderBy: { country: { code: 'asc' } } },
  milestones: { select: SCHEDULE_COLUMNS },
} satisfies Prisma.CallInclude;
type CallRow = Prisma.CallGetPayload<{ include: typeof callInclude }>;

async function callChunk(ctx: Context, after: string | undefined, take: number) {
  return ctx.prisma.call.findMany({ ...page(await callWhere(undefined, ctx), after, take), include: callInclude });
}

const calls: Dataset<CallRow> = {
  name: 'calls',
  description: 'Calls for proposals, public to everyone.',
  list: 'calls',
  recordTypes: ['CALL', 'FUNDING_AGENCY', 'RESEARCH_FIELD', 'COUNTRY'],
  chunk: callChunk,
  columns: [
    column('id', 'id', 'Global id, as in the GraphQL API.', (c) => encodeGlobalID('Call', c.id)),
    column('code', 'code', 'Stable code, e.g. FY2026-SOLO-TOP.', (c) => c.code),
    column('fiscalYear', 'fiscalYear', 'Japanese fiscal year of the call (FY2026: April 2026 – March 2027).', (c) => c.fiscalYear),
    column('kind', 'kind', 'SOLO or JOINT.', (c) => c.kind),
    column('track', 'track', 'TOP or RISING for solo calls; empty for joint calls.', (c) => c.track),
    column('titleEn', 'titleEn', 'Title in English.', (c) => c.titleEn),
    column('titleJa', 'titleJa', 'Title in Japanese, where there is one.', (c) => c.titleJa),
    column('agencies', 'agencies.agency.code', 'Codes of the agencies running the call, the lead first (";"-separated in CSV).', (c) =>
      c.agencies.map((a) => a.agency.code),
    ),
    column('fields', 'fields.code', 'Codes of the eligible research fields.', (c) => c.fields.map((f) => f.field.code)),
    column('countries', 'countries.code', 'Eligible partner countries/regions (ISO 3166-1 alpha-2, EU).', (c) =>
      c.countries.map((f) => f.country.code),
    ),
    // The caps and periods the call enforces: its own values over the program's rules.
    column('maxDirectCostYen', 'maxDirectCostYen', 'Japan-side cap on direct cost per project, yen; empty where none.', (c) => yen(rulesOf(c).rules.maxDirectCostYen)),
    column('maxTotalCostYen', 'maxTotalCostYen', 'Japan-side cap including indirect cost, yen; empty where none.', (c) => yen(rulesOf(c).rules.maxTotalCostYen)),
    column('indirectRatePercent', 'indirectRatePercent', 'Indirect cost as a percentage of direct cost.', (c) => rulesOf(c).rules.indirectRatePercent),
    column('minPeriodMonths', 'minPeriodMonths', 'Shortest project period, months.', (c) => rulesOf(c).rules.minPeriodMonths),
    column('maxPeriodMonths', 'maxPeriodMonths', 'Longest project period, months.', (c) => rulesOf(c).rules.maxPeriodMonths),
    column('supportStartsOn', 'supportStartsOn', 'Fixed start of support, where set (YYYY-MM-DD).', (c) => date(c.supportStartsOn)),
    column('japanSideEndsOn', 'japanSideEndsOn', 'Fixed end of the Japan side, where set.', (c) => date(c.japanSideEndsOn)),
    column('submissionDeadline', 'submissionDeadline(side: JAPAN)', 'Japan-side submission deadline, ISO 8601 UTC; empty if not on record.', (c) =>
      submissionDeadline(c.milestones, 'JAPAN')?.toISOString() ?? null,
    ),
    column('expectedAdoptions', 'expectedAdoptions', 'About how many projects the call expects to adopt.', (c) => c.expectedAdoptions),
    column('version', 'version', 'Version of the record (increases with every change).', (c) => c.version),
  ],
};

// ───────────────────────────── call statistics ─────────────────────────────

type StatisticsRow = CallRow & { statistics: ReturnType<typeof callStatistics> };

const callStatisticsDataset: Dataset<StatisticsRow> = {
  name: 'call-statistics',
  description:
    "Each call's proposals received, adopted and adoption rate, counted over the proposals the caller may see, else as " +
    'published (source tells which): what `Call.statistics` answers.',
  list: 'calls',
  recordTypes: ['CALL', 'PROPOSAL'],
  async chunk(ctx, after, take) {
    const rows = await callChunk(ctx, after, take);
    // The loader GraphQL's Call.statistics uses: one group-by for the whole chunk.
    const counts = await Promise.all(rows.map((call) => recordCountsLoader(ctx).load(call.id)));
    return rows.map((call, i) => ({ ...call, statistics: callStatistics(counts[i]!, publishedFigures(call)) }));
  },
  columns: [
    column('callId', 'id', 'Global id of the call.', (c) => encodeGlobalID('Call', c.id)),
    column('callCode', 'code', 'Code of the call.', (c) => c.code),
    column('fiscalYear', 'fiscalYear', 'Fiscal year of the call.', (c) => c.fiscalYear),
    column('proposalCount', 'statistics.proposalCount', 'Proposals received; empty when unknown (never 0 for unknown).', (c) => c.statistics.proposalCount),
    column('adoptionCount', 'statistics.adoptionCount', 'Proposals adopted; empty when unknown.', (c) => c.statistics.adoptionCount),
    column('adoptionRate', 'statistics.adoptionRate', 'Adopted per 100 proposals, one decimal; empty when unknown.', (c) => c.statistics.adoptionRate),
    column('source', 'statistics.source', 'RECORDS (counted from proposals on record), PUBLISHED or NONE.', (c) => c.statistics.source),
    column('asOf', 'statistics.asOf', 'Date of published figures; empty for records.', (c) => date(c.statistics.asOf)),
    column('sourceNote', 'statistics.sourceNote', 'Where published figures come from.', (c) => c.statistics.sourceNote),
  ],
};

// ───────────────────────────── projects ─────────────────────────────

const projectInclude = (ctx: Context) =>
  ({
    proposal: {
      select: {
        titleEn: true,
        titleJa: true,
        abstractEn: true,
        abstractJa: true,
        decidedAt: true,
        call: { select: { ...CALL_RULE_COLUMNS, id: true, code: true, titleEn: true, agencies: { select: { role: true, agency: true } } } },
        field: { select: { code: true } },
        leadOrganization: { select: { id: true, nameEn: true, rorId: true, country: { select: { code: true } } } },
        partnerCountries: { select: { country: { select: { code: true } } }, orderBy: { country: { code: 'asc' } } },
        team: {
          where: { AND: [visible.teamMember(ctx), { role: 'PI' as const }] },
          select: { role: true, leftOn: true, researcher: { select: { nameEn: true, orcid: true } } },
        },
        // Budget lines by the same rule as `Proposal.budget`; whether they are shown is seesProposal's.
        budgetLines: { where: visible.budgetLine(ctx), select: { fiscalYear: true, purpose: true, directCostYen: true } },
      },
    },
  }) satisfies Prisma.ProjectInclude;
type ProjectRecord = Prisma.ProjectGetPayload<{ include: ReturnType<typeof projectInclude> }>;
export type ProjectRow = ProjectRecord & {
  /** Null unless the caller sees the proposal in full, as `Project.proposal` is. */
  budget: ReturnType<typeof budgetTotals> | null;
};

/** Projects with their budget totals where the caller sees them, by the rule GraphQL's `Project.proposal` applies. */
export async function projectRows(ctx: Context, where: Prisma.ProjectWhereInput, after: string | undefined, take: number): Promise<ProjectRow[]> {
  const [rows, seen] = await Promise.all([
    ctx.prisma.project.findMany({ ...page(where, after, take), include: projectInclude(ctx) }),
    privateProposalIds(ctx),
  ]);
  return rows.map((row) => ({
    ...row,
    budget:
      seen === 'all' || seen.has(row.proposalId)
        ? budgetTotals(row.proposal.budgetLines, rulesOf(row.proposal.call).rules.indirectRatePercent)
        : null,
  }));
}

const projects: Dataset<ProjectRow> = {
  name: 'projects',
  description:
    'Adopted projects with their call, field, partner countries, PI and period; budget totals only where the caller sees ' +
    'the proposal in full (as `Project.proposal.budget`).',
  list: 'projects',
  recordTypes: ['PROJECT', 'PROPOSAL', 'TEAM_MEMBER', 'RESEARCHER', 'ORGANIZATION', 'CALL', 'RESEARCH_FIELD', 'COUNTRY'],
  chunk: (ctx, after, take) => projectRows(ctx, projectWhere(ctx, undefined), after, take),
  columns: [
    column('id', 'id', 'Global id, as in the GraphQL API.', (p) => encodeGlobalID('Project', p.id)),
    column('callCode', 'call.code', 'Code of the call the project was adopted in.', (p) => p.proposal.call.code),
    column('fieldCode', 'field.code', 'Research field code (AI, BIO, ENERGY, …).', (p) => p.proposal.field.code),
    column('titleEn', 'titleEn', 'Title in English.', (p) => p.proposal.titleEn),
    column('titleJa', 'titleJa', 'Title in Japanese, where there is one.', (p) => p.proposal.titleJa),
    column('leadOrganization', 'leadOrganization.nameEn', "The PI's organisation (English name).", (p) => p.proposal.leadOrganization.nameEn),
    column('leadOrganizationRorId', 'leadOrganization.rorId', "Its ROR id, where known.", (p) => p.proposal.leadOrganization.rorId),
    column('piName', 'pi.nameEn', 'The current PI (English name).', (p) => currentPi(p.proposal.team)?.researcher.nameEn ?? null),
    column('piOrcid', 'pi.orcid', "The PI's ORCID iD, where known.", (p) => currentPi(p.proposal.team)?.researcher.orcid ?? null),
    column('partnerCountries', 'partnerCountries.code', 'Partner countries/regions (ISO 3166-1 alpha-2, EU), ";"-separated in CSV.', (p) =>
      p.proposal.partnerCountries.map((c) => c.country.code),
    ),
    column('startsOn', 'startsOn', 'First day of support.', (p) => date(p.startsOn)),
    column('endsOn', 'endsOn', 'Last day of support (inclusive).', (p) => date(p.endsOn)),
    column('periodMonths', 'periodMonths', 'Length of support in months, a started month counting whole.', (p) => periodMonths(p.startsOn, p.endsOn)),
    column('status', 'status', 'ACTIVE, SUSPENDED, COMPLETED or TERMINATED.', (p) => p.status),
    column('grantNumber', 'grantNumber', "JST's grant number, where assigned.", (p) => p.grantNumber),
    column('grantDoi', 'grantDoi', 'Grant DOI, where registered.', (p) => p.grantDoi),
    column('directCostYen', 'proposal.budget.directCostYen', 'Japan-side direct cost over all budget lines, yen; empty unless the caller sees the proposal in full.', (p) =>
      yen(p.budget?.directCostYen),
    ),
    column('indirectCostYen', 'proposal.budget.indirectCostYen', "Indirect cost at the call's rate, yen; empty likewise.", (p) => yen(p.budget?.indirectCostYen)),
    column('totalCostYen', 'proposal.budget.totalCostYen', 'Direct plus indirect cost, yen; empty likewise.', (p) => yen(p.budget?.totalCostYen)),
    column('version', 'version', 'Version of the record.', (p) => p.version),
  ],
};

// ───────────────────────────── outcomes ─────────────────────────────

const outcomes: Dataset<Prisma.OutcomeGetPayload<object>> = {
  name: 'outcomes',
  description: 'Outcomes of adopted projects (papers, presentations, events, careers, GtR categories).',
  list: 'outcomes',
  recordTypes: ['OUTCOME', 'PROJECT'],
  chunk: (ctx, after, take) => ctx.prisma.outcome.findMany(page(outcomeWhere(ctx, undefined), after, take)),
  columns: [
    column('id', 'id', 'Global id, as in the GraphQL API.', (o) => encodeGlobalID('Outcome', o.id)),
    column('projectId', 'project.id', 'Global id of the project.', (o) => encodeGlobalID('Project', o.projectId)),
    column('kind', 'kind', 'Outcome kind (CO_AUTHORED_PAPER, WORKSHOP, …).', (o) => o.kind),
    column('gtrCategory', 'gtrCategory', 'UKRI Gateway to Research category; empty where GtR has none.', (o) => gtrCategoryOf(o.kind)),
    column('reportedBySide', 'reportedBySide', 'JAPAN or PARTNER.', (o) => o.reportedBySide),
    column('occurredOn', 'occurredOn', 'When it happened (YYYY-MM-DD).', (o) => date(o.occurredOn)),
    column('title', 'title', 'As reported.', (o) => o.title),
    column('description', 'description', 'As reported.', (o) => o.description),
    column('doi', 'doi', 'DOI of the output, where registered.', (o) => o.doi),
    column('url', 'url', 'Where to read more.', (o) => o.url),
    column('partnerContributors', 'partnerContributors', 'Partner-side co-authors or co-organisers.', (o) => o.partnerContributors),
    column('withPartner', 'withPartner', 'Partner-side researchers contributed (indicator 2-1).', (o) => isWithPartner(o.partnerContributors)),
    column('attendeeCount', 'attendeeCount', 'Attendees, for events.', (o) => o.attendeeCount),
    column('version', 'version', 'Version of the record.', (o) => o.version),
  ],
};

export const TABLES: readonly TableExport[] = [table(calls), table(projects), table(outcomes), table(callStatisticsDataset)];
