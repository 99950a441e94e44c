// Reads what the program's rules need (src/domain/proposal-rules.ts) from the database: the
// server's only way to a verdict, so it judges exactly what the SDK's copy of the rules would.
import { validateProposal, type CallForRules, type ProposalDraft, type RuleContext, type RuleVerdict } from '../../domain/proposal-rules.js';
import { fiscalYearOf } from '../../domain/fiscal-year.js';
import type { Prisma } from '../../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

export async function callForRules(tx: Tx, callId: string): Promise<CallForRules> {
  const call = await tx.call.findUniqueOrThrow({
    where: { id: callId },
    include: {
      fields: { select: { field: { select: { code: true } } } },
      countries: { select: { country: { select: { code: true } } } },
      milestones: { select: { kind: true, startsAt: true, endsAt: true, side: true } },
    },
  });
  return {
    ...call,
    eligibleFieldCodes: call.fields.map((f) => f.field.code),
    eligibleCountryCodes: call.countries.map((c) => c.country.code),
  };
}

export async function proposalDraft(tx: Tx, proposalId: string): Promise<ProposalDraft & { callId: string }> {
  const proposal = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
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
      budgetLines: { select: { fiscalYear: true, purpose: true, directCostYen: true } },
      attestations: { select: { organizationId: true } },
    },
  });
  return {
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
      hasLetterOfIntent: m.letterOfIntentReceivedOn !== null,
    })),
    budget: proposal.budgetLines,
    attestedOrganizationIds: proposal.attestations.map((a) => a.organizationId),
  };
}

/** The other applications and ongoing projects of a proposal's PI and Co-PIs. */
export async function ruleContext(tx: Tx, proposalId: string, draft: ProposalDraft, now: Date, forSubmission: boolean): Promise<RuleContext> {
  const applicantIds = draft.team.filter((m) => m.role === 'PI' || m.role === 'CO_PI').map((m) => m.researcherId);
  const [others, led] = await Promise.all([
    tx.teamMember.findMany({
      where: { researcherId: { in: applicantIds }, role: { in: ['PI', 'CO_PI'] }, proposalId: { not: proposalId } },
      select: { researcherId: true, role: true, proposal: { select: { status: true, call: { select: { fiscalYear: true, kind: true } } } } },
    }),
    tx.teamMember.findMany({
      where: { researcherId: { in: applicantIds }, role: 'PI', leftOn: null, proposal: { project: { status: { in: ['ACTIVE', 'SUSPENDED'] } } } },
      select: { researcherId: true, proposal: { select: { call: { select: { kind: true, track: true } }, project: { select: { endsOn: true } } } } },
    }),
  ]);
  return {
    now,
    forSubmission,
    otherApplications: others.map((o) => ({
      researcherId: o.researcherId,
      role: o.role as 'PI' | 'CO_PI',
      callFiscalYear: o.proposal.call.fiscalYear,
      callKind: o.proposal.call.kind,
      status: o.proposal.status,
    })),
    ongoingProjects: led.map((o) => ({
      researcherId: o.researcherId,
      kind: o.proposal.call.kind,
      track: o.proposal.call.track,
      finalFiscalYear: fiscalYearOf(o.proposal.project!.endsOn),
    })),
  };
}

/** The program's verdict on a proposal as it is stored now. */
export async function proposalVerdict(tx: Tx, proposalId: string, now: Date, forSubmission: boolean): Promise<RuleVerdict> {
  const draft = await proposalDraft(tx, proposalId);
  const [call, context] = await Promise.all([callForRules(tx, draft.callId), ruleContext(tx, proposalId, draft, now, forSubmission)]);
  return validateProposal(draft, call, context);
}
