// The program's rules, the very functions the server enforces (src/domain), so a client can check
// a proposal before it sends it. Dates are Date objects and money is bigint yen, as on the server.
import type { CallForRules, ProposalDraft, TeamMemberDraft } from '../../src/domain/proposal-rules.js';
import { AspireError } from './errors.js';
import type { CallForRulesFragment, ProposalForRulesFragment } from './generated/graphql.js';

export * from '../../src/domain/proposal-rules.js';
export {
  programRules,
  effectiveCallRules,
  PROGRAM_FACTS,
  type CallKey,
  type CallRuleName,
  type CallRuleOverrides,
  type CallRules,
  type EffectiveCallRules,
  type EffectiveRule,
} from '../../src/domain/program-rules.js';
export {
  budgetTotals,
  directCostByFiscalYear,
  indirectCost,
  NETWORK_AND_YOUTH_PURPOSES,
  type BudgetLineInput,
  type BudgetPurpose,
  type BudgetTotals,
} from '../../src/domain/budget.js';
export { callStatusAt, submissionDeadline, type CallStatus, type Milestone, type MilestoneKind } from '../../src/domain/call-status.js';
export { fiscalYearOf, fiscalYearRange, type FiscalYearRange } from '../../src/domain/fiscal-year.js';

const yen = (amount: string | null): bigint | null => (amount === null ? null : BigInt(amount));

/**
 * A call as the CallForRules fragment reads it (`client.callForRules({ code })`, or a proposal's
 * `call`), in the shape validateProposal takes.
 */
export function callForRules(call: CallForRulesFragment): CallForRules {
  const { rules } = call;
  return {
    ...rules,
    kind: call.kind,
    track: call.track,
    fiscalYear: call.fiscalYear,
    maxDirectCostYen: yen(rules.maxDirectCostYen),
    maxTotalCostYen: yen(rules.maxTotalCostYen),
    supportStartsOn: call.supportStartsOn === null ? null : new Date(call.supportStartsOn),
    eligibleFieldCodes: call.fields.map((f) => f.code),
    eligibleCountryCodes: call.countries.map((c) => c.code),
    milestones: call.milestones.map((m) => ({
      kind: m.kind,
      startsAt: new Date(m.startsAt),
      endsAt: m.endsAt === null ? null : new Date(m.endsAt),
      side: m.side,
    })),
  };
}

/**
 * A stored proposal as the ProposalForRules fragment reads it (`client.proposalForRules({ id })`),
 * in the shape validateProposal takes: the team as it stands (members who left do not count).
 * Throws if the key does not see the proposal in full, since the rules then cannot be judged.
 */
export function proposalDraft(proposal: ProposalForRulesFragment): ProposalDraft {
  if (proposal.team.pageInfo.hasNextPage) {
    throw new AspireError(`The team of proposal ${proposal.id} is longer than one page of the fragment.`);
  }
  const team = proposal.team.nodes
    .filter((member) => member.leftOn === null)
    .map((member): TeamMemberDraft => {
      const { careerStage, degreeYear } = member.researcher;
      // Both are stored for every member: null means hidden from this key.
      if (careerStage === null || member.travelsToPartner === null) {
        throw new AspireError(`This key does not see proposal ${proposal.id} in full, so its rules cannot be checked here.`);
      }
      return {
        researcherId: member.researcher.id,
        role: member.role,
        organizationId: member.organization.id,
        organizationCountryCode: member.organization.country.code,
        careerStage,
        degreeYear,
        travelsToPartner: member.travelsToPartner,
        plannedStayMonths: member.plannedStayMonths,
        // The server counts a letter as received once its date is on record.
        hasLetterOfIntent: member.letterOfIntent?.receivedOn != null,
      };
    });
  return {
    fieldCode: proposal.field.code,
    partnerCountryCodes: proposal.partnerCountries.map((c) => c.code),
    plannedPeriodMonths: proposal.plannedPeriodMonths,
    team,
    budget: proposal.budget.lines.map((line) => ({ ...line, directCostYen: BigInt(line.directCostYen) })),
    attestedOrganizationIds: proposal.researchSecurityAttestations.map((a) => a.organization.id),
  };
}
