// Reads what the program's rules need (src/domain/proposal-rules.ts) from the database: the
// server's only way to a verdict, so it judges exactly what the SDK's copy of the rules would.
// Everything is read for a set of proposals at once, so a page of `ruleCheck`s costs one set of
// queries, and each call's rules are computed once.
import { validateProposal, type CallForRules, type ProposalDraft, type RuleContext, type RuleVerdict } from '../../domain/proposal-rules.js';
import { fiscalYearOf } from '../../domain/fiscal-year.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { CALL_RULE_COLUMNS, rulesOf } from '../calls/call-rules.js';

type Tx = Prisma.TransactionClient;

const CALL_FOR_RULES = {
  ...CALL_RULE_COLUMNS,
  id: true,
  supportStartsOn: true,
  fields: { select: { field: { select: { code: true } } } },
  countries: { select: { country: { select: { code: true } } } },
  milestones: { select: { kind: true, startsAt: true, endsAt: true, side: true } },
} as const;

/** The calls' rules and data as validateProposal takes them, by call id. */
export async function callsForRules(tx: Tx, callIds: readonly string[]): Promise<Map<string, CallForRules>> {
  const calls = await tx.call.findMany({ where: { id: { in: [...new Set(callIds)] } }, select: CALL_FOR_RULES });
  return new Map(
    calls.map((call) => [
      call.id,
      {
        kind: call.kind,
        track: call.track,
        fiscalYear: call.fiscalYear,
        ...rulesOf(call).rules,
        supportStartsOn: call.supportStartsOn,
        milestones: call.milestones,
        eligibleFieldCodes: call.fields.map((f) => f.field.code),
        eligibleCountryCodes: call.countries.map((c) => c.country.code),
      },
    ]),
  );
}

export type StoredDraft = ProposalDraft & { id: string; callId: string };

/** The proposals as drafts, in the order of `proposalIds` (missing ones left out). */
export async function proposalDrafts(tx: Tx, proposalIds: readonly string[]): Promise<StoredDraft[]> {
  const proposals = await tx.proposal.findMany({
    where: { id: { in: [...proposalIds] } },
    include: {
      field: { select: { code: true } },
      // In the order the API lists them, so that field paths index the same list for every reader.
      partnerCountries: { select: { country: { select: { code: true } } }, orderBy: { country: { code: 'asc' } } },
      team: {
        where: { leftOn: null },
        include: {
          organization: { select: { country: { select: { code: true } } } },
        },
        orderBy: [{ role: 'asc' }, { id: 'asc' }],
      },
      budgetLines: { select: { fiscalYear: true, purpose: true, directCostYen: true }, orderBy: [{ fiscalYear: 'asc' }, { purpose: 'asc' }, { id: 'asc' }] },
      attestations: { select: { organizationId: true } },
    },
  });
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  return proposalIds.flatMap((id) => {
    const proposal = byId.get(id);
    if (!proposal) return [];
    return [{
      id: proposal.id,
      callId: proposal.callId,
      fieldCode: proposal.field.code,
      partnerCountryCodes: proposal.partnerCountries.map((p) => p.country.code),
      plannedPeriodMonths: proposal.plannedPeriodMonths,
      team: proposal.team.map((m) => ({
        researcherId: m.researcherId,
        role: m.role,
        organizationId: m.organizationId,
        organizationCountryCode: m.organization.country.code,
        // The application's declaration, not the researcher's private record.
        careerStage: m.careerStage,
        degreeYear: m.degreeYear,
        travelsToPartner: m.travelsToPartner,
        plannedStayMonths: m.plannedStayMonths,
        hasLetterOfIntent: m.letterOfIntentReceivedOn !== null,
      })),
      budget: proposal.budgetLines,
      attestedOrganizationIds: proposal.attestations.map((a) => a.organizationId),
    }];
  });
}

const applicantIdsOf = (draft: ProposalDraft) => draft.team.filter((m) => m.role === 'PI' || m.role === 'CO_PI').map((m) => m.researcherId);

/** The other applications and ongoing projects of each proposal's PI and Co-PIs, by proposal id. */
export async function ruleContexts(tx: Tx, drafts: readonly StoredDraft[], now: Date, forSubmission: boolean): Promise<Map<string, RuleContext>> {
  const applicantIds = [...new Set(drafts.flatMap(applicantIdsOf))];
  const [applications, led] = applicantIds.length
    ? await Promise.all([
        tx.teamMember.findMany({
          where: { researcherId: { in: applicantIds }, role: { in: ['PI', 'CO_PI'] } },
          select: { researcherId: true, role: true, proposalId: true, proposal: { select: { status: true, call: { select: { fiscalYear: true, kind: true } } } } },
        }),
        tx.teamMember.findMany({
          where: { researcherId: { in: applicantIds }, role: 'PI', leftOn: null, proposal: { project: { status: { in: ['ACTIVE', 'SUSPENDED'] } } } },
          select: { researcherId: true, proposal: { select: { call: { select: { kind: true, track: true } }, project: { select: { endsOn: true } } } } },
        }),
      ])
    : [[], []];
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
  const [calls, contexts] = await Promise.all([
    callsForRules(tx, drafts.map((d) => d.callId)),
    ruleContexts(tx, drafts, now, forSubmission),
  ]);
  return new Map(drafts.map((draft) => [draft.id, validateProposal(draft, calls.get(draft.callId)!, contexts.get(draft.id)!)]));
}

/** The program's verdict on one proposal as it is stored now. */
export async function proposalVerdict(tx: Tx, proposalId: string, now: Date, forSubmission: boolean): Promise<RuleVerdict> {
  const verdict = (await proposalVerdicts(tx, [proposalId], now, forSubmission)).get(proposalId);
  if (!verdict) throw new Error(`No proposal ${proposalId}`);
  return verdict;
}
