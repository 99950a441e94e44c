// Reads what the program's rules need (src/domain/proposal-rules.ts) from the database: the
// server's only way to a verdict, so it judges exactly what the SDK's copy of the rules would.
// Everything is read for a set of proposals at once, so a page of `ruleCheck`s costs one set of
// queries, and each call's rules are computed once.
import { validateProposal, type CallForRules, type ProposalDraft, type RuleContext, type RuleVerdict } from '../../domain/proposal-rules.js';
import { fiscalYearOf } from '../../domain/fiscal-year.js';
import type { Milestone } from '../../domain/call-status.js';
import { Prisma, type BudgetPurpose } from '../../generated/prisma/client.js';
import { CALL_RULE_COLUMNS, rulesOf, type CallRuleRow } from '../calls/call-rules.js';

type Tx = Prisma.TransactionClient;

// Each read below is one statement, its lists gathered as JSON beside the row: through Prisma the
// draft took nine statements and the call six, most of the CPU of a write's warnings.

const CALL_COLUMNS = Prisma.raw(Object.keys(CALL_RULE_COLUMNS).map((c) => `c."${c}"`).join(', '));

type CallRow = CallRuleRow & {
  id: string;
  supportStartsOn: Date | null;
  eligibleFieldCodes: string[];
  eligibleCountryCodes: string[];
  milestones: { kind: Milestone['kind']; startsAt: string; endsAt: string | null; side: Milestone['side'] }[];
};

/** The calls' rules and data as validateProposal takes them, by call id. */
export async function callsForRules(tx: Tx, callIds: readonly string[]): Promise<Map<string, CallForRules>> {
  const calls = await tx.$queryRaw<CallRow[]>`
    SELECT c.id, c."supportStartsOn", ${CALL_COLUMNS},
      COALESCE((SELECT json_agg(f.code) FROM "CallField" cf JOIN "ResearchField" f ON f.id = cf."fieldId" WHERE cf."callId" = c.id), '[]') AS "eligibleFieldCodes",
      COALESCE((SELECT json_agg(k.code) FROM "CallCountry" cc JOIN "Country" k ON k.id = cc."countryId" WHERE cc."callId" = c.id), '[]') AS "eligibleCountryCodes",
      COALESCE((SELECT json_agg(json_build_object('kind', m.kind, 'startsAt', m."startsAt", 'endsAt', m."endsAt", 'side', m.side))
                FROM "CallMilestone" m WHERE m."callId" = c.id), '[]') AS milestones
    FROM "Call" c WHERE c.id = ANY(${[...new Set(callIds)]}::uuid[])`;
  return new Map(
    calls.map((call) => [
      call.id,
      {
        kind: call.kind,
        track: call.track,
        fiscalYear: call.fiscalYear,
        ...rulesOf(call).rules,
        supportStartsOn: call.supportStartsOn,
        milestones: call.milestones.map((m) => ({ ...m, startsAt: new Date(m.startsAt), endsAt: m.endsAt === null ? null : new Date(m.endsAt) })),
        eligibleFieldCodes: call.eligibleFieldCodes,
        eligibleCountryCodes: call.eligibleCountryCodes,
      },
    ]),
  );
}

export type StoredDraft = ProposalDraft & { id: string; callId: string };

type DraftRow = Omit<StoredDraft, 'budget'> & { budget: { fiscalYear: number; purpose: BudgetPurpose; directCostYen: string }[] };

/** The proposals as drafts, in the order of `proposalIds` (missing ones left out). */
export async function proposalDrafts(tx: Tx, proposalIds: readonly string[]): Promise<StoredDraft[]> {
  // Lists in the order the API lists them, so that field paths index the same list for every reader.
  const rows = await tx.$queryRaw<DraftRow[]>`
    SELECT p.id, p."callId", p."plannedPeriodMonths", f.code AS "fieldCode",
      COALESCE((SELECT json_agg(k.code ORDER BY k.code) FROM "ProposalPartnerCountry" pc JOIN "Country" k ON k.id = pc."countryId"
                WHERE pc."proposalId" = p.id), '[]') AS "partnerCountryCodes",
      COALESCE((SELECT json_agg(json_build_object(
                  'researcherId', m."researcherId", 'role', m.role, 'organizationId', m."organizationId", 'organizationCountryCode', k.code,
                  -- The application's declaration, not the researcher's private record.
                  'careerStage', m."careerStage", 'degreeYear', m."degreeYear", 'travelsToPartner', m."travelsToPartner",
                  'plannedStayMonths', m."plannedStayMonths", 'hasLetterOfIntent', m."letterOfIntentReceivedOn" IS NOT NULL) ORDER BY m.role, m.id)
                FROM "TeamMember" m JOIN "Organization" o ON o.id = m."organizationId" JOIN "Country" k ON k.id = o."countryId"
                WHERE m."proposalId" = p.id AND m."leftOn" IS NULL), '[]') AS team,
      COALESCE((SELECT json_agg(json_build_object('fiscalYear', b."fiscalYear", 'purpose', b.purpose, 'directCostYen', b."directCostYen"::text)
                  ORDER BY b."fiscalYear", b.purpose, b.id)
                FROM "BudgetLine" b WHERE b."proposalId" = p.id), '[]') AS budget,
      COALESCE((SELECT json_agg(a."organizationId") FROM "ResearchSecurityAttestation" a WHERE a."proposalId" = p.id), '[]') AS "attestedOrganizationIds"
    FROM "Proposal" p JOIN "ResearchField" f ON f.id = p."fieldId"
    WHERE p.id = ANY(${[...proposalIds]}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return proposalIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, budget: row.budget.map((line) => ({ ...line, directCostYen: BigInt(line.directCostYen) })) }] : [];
  });
}

const applicantIdsOf = (draft: ProposalDraft) => draft.team.filter((m) => m.role === 'PI' || m.role === 'CO_PI').map((m) => m.researcherId);

/** The other applications and ongoing projects of each proposal's PI and Co-PIs, by proposal id. */
export async function ruleContexts(tx: Tx, drafts: readonly StoredDraft[], now: Date, forSubmission: boolean): Promise<Map<string, RuleContext>> {
  const applicantIds = [...new Set(drafts.flatMap(applicantIdsOf))];
  // One after the other, as everything on a transaction's connection: it runs one query at a time.
  const applications = applicantIds.length
    ? await tx.teamMember.findMany({
        where: { researcherId: { in: applicantIds }, role: { in: ['PI', 'CO_PI'] } },
        select: { researcherId: true, role: true, proposalId: true, proposal: { select: { status: true, call: { select: { fiscalYear: true, kind: true } } } } },
      })
    : [];
  const led = applicantIds.length
    ? await tx.teamMember.findMany({
        where: { researcherId: { in: applicantIds }, role: 'PI', leftOn: null, proposal: { project: { status: { in: ['ACTIVE', 'SUSPENDED'] } } } },
        select: { researcherId: true, proposal: { select: { call: { select: { kind: true, track: true } }, project: { select: { endsOn: true } } } } },
      })
    : [];
  const ongoing = led.map((o) => ({
    researcherId: o.researcherId,
    kind: o.proposal.call.kind,
    track: o.proposal.call.track,
    finalFiscalYear: fiscalYearOf(o.proposal.project!.endsOn),
  }));
  return new Map(
    drafts.map((draft) => {
      const mine = new Set(applicantIdsOf(draft));
      const context: RuleContext = {
        now,
        forSubmission,
        otherApplications: applications
          .filter((o) => mine.has(o.researcherId) && o.proposalId !== draft.id)
          .map((o) => ({
            researcherId: o.researcherId,
            role: o.role as 'PI' | 'CO_PI',
            callFiscalYear: o.proposal.call.fiscalYear,
            callKind: o.proposal.call.kind,
            status: o.proposal.status,
          })),
        ongoingProjects: ongoing.filter((o) => mine.has(o.researcherId)),
      };
      return [draft.id, context];
    }),
  );
}

/**
 * Locks the proposal's PI and Co-PIs until commit. The rules that read an applicant's other
 * proposals (one application, one adoption, no PI twice) are judged under these locks at
 * submission and adoption, so two proposals sharing an applicant never both pass where only one
 * may. Locks go in key order, as lockNames takes them (no deadlock between two such writes).
 */
export async function lockApplicants(tx: Tx, proposalId: string): Promise<void> {
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(k)
    FROM (SELECT DISTINCT hashtextextended('applicant:' || "researcherId"::text, 0) AS k
          FROM "TeamMember" WHERE "proposalId" = ${proposalId}::uuid AND role IN ('PI', 'CO_PI')) t
    ORDER BY k`;
}

/** The program's verdicts on proposals as they are stored now, by proposal id: one set of queries for all. */
export async function proposalVerdicts(tx: Tx, proposalIds: readonly string[], now: Date, forSubmission: boolean): Promise<Map<string, RuleVerdict>> {
  const drafts = await proposalDrafts(tx, proposalIds);
  const calls = await callsForRules(tx, drafts.map((d) => d.callId));
  const contexts = await ruleContexts(tx, drafts, now, forSubmission);
  return new Map(drafts.map((draft) => [draft.id, validateProposal(draft, calls.get(draft.callId)!, contexts.get(draft.id)!)]));
}

/** The program's verdict on one proposal as it is stored now. */
export async function proposalVerdict(tx: Tx, proposalId: string, now: Date, forSubmission: boolean): Promise<RuleVerdict> {
  const verdict = (await proposalVerdicts(tx, [proposalId], now, forSubmission)).get(proposalId);
  if (!verdict) throw new Error(`No proposal ${proposalId}`);
  return verdict;
}
