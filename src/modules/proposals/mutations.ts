import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { payloadOf, performWrite, text, yenAmount, type GlobalId } from '../../schema/mutations.js';
import { OrganizationRef } from '../people/organization.js';
import { ResearcherRef } from '../people/researcher.js';
import { CountryRef } from '../reference/country.js';
import { ResearchFieldRef } from '../reference/research-field.js';
import { checkVersion } from '../../writes/transaction.js';
import { UserFailure } from '../../writes/user-errors.js';
import { CallRef } from '../calls/call.js';
import { beginDocumentReview, decideProposal } from './decisions.js';
import { createProposal, moveProposal, proposalToWrite, updateProposal, type ProposalContent } from './drafts.js';
import { CareerStageEnum } from '../people/enums.js';
import { BudgetPurposeEnum, DecisionResultEnum, DecisionStageEnum, TeamRoleEnum } from './enums.js';
import { ProposalRef } from './proposal.js';
import { lockApplicants, proposalVerdict } from './rule-inputs.js';

const longText = text(20_000);

export const LetterOfIntentInput = builder.inputType('LetterOfIntentInput', {
  description: 'A partner PI’s letter of intent from a program of the partner country or region.',
  fields: (t) => ({
    receivedOn: t.field({ type: 'Date', required: true }),
    program: t.string({ required: true, validate: text(300) }),
    reference: t.string({ validate: text(200) }),
  }),
});

/**
 * The application's declaration of a member, read with the proposal (not the researcher's record,
 * which stays private to their organisation).
 */
export function declarationFields(t: InputBuilder) {
  return {
    careerStage: t.field({
      type: CareerStageEnum,
      description:
        'The member’s career stage as the application declares it. Left out: kept as declared before; for a new member, ' +
        'the researcher’s record when you may read it (JST staff, their institution), else not declared.',
    }),
    degreeYear: t.int({
      validate: z.number().int().min(1900, 'must be 1900 or later').max(2100, 'must be 2100 or earlier'),
      description: 'The year of the member’s highest degree as the application declares it; defaults as careerStage does.',
    }),
  };
}

export const ProposalTeamMemberInput = builder.inputType('ProposalTeamMemberInput', {
  description: 'A member of the team. The side follows from the role.',
  fields: (t) => ({
    researcherId: t.globalID({ required: true, for: ResearcherRef }),
    role: t.field({ type: TeamRoleEnum, required: true }),
    organizationId: t.globalID({ for: OrganizationRef, description: 'Affiliation for this proposal; the researcher’s current one when left out.' }),
    travelsToPartner: t.boolean({ description: 'Travels to the other side: a Japan-side member to the partner side (for the young-traveller rule), a partner-side member to Japan.' }),
    plannedStayMonths: t.int({
      validate: z.number().int().min(1, 'must be at least 1').max(120, 'must be at most 120'),
      description: 'A traveller’s planned stay on the other side, in months (young travellers: about a year where the call says so).',
    }),
    letterOfIntent: t.field({ type: LetterOfIntentInput, description: 'Partner PIs: the letter of intent.' }),
    ...declarationFields(t),
  }),
});

const BudgetLineInput = builder.inputType('BudgetLineInput', {
  description: 'Japan-side direct cost planned for one fiscal year and purpose; indirect cost is derived.',
  fields: (t) => ({
    fiscalYear: t.field({ type: 'FiscalYear', required: true }),
    purpose: t.field({ type: BudgetPurposeEnum, required: true }),
    directCost: t.field({ type: 'Yen', required: true, validate: yenAmount }),
  }),
});

const AttestationInput = builder.inputType('ResearchSecurityAttestationInput', {
  description: 'An organisation of the PI or a Co-PI attests research-security risk management (from FY2026).',
  fields: (t) => ({
    organizationId: t.globalID({ required: true, for: OrganizationRef }),
    attestedAt: t.field({ type: 'DateTime', required: true }),
    attestedByName: t.string({ required: true, validate: text(200) }),
    note: t.string({ validate: longText }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The content of a draft, the same fields for creating and editing it. */
function contentFields(t: InputBuilder) {
  return {
    titleJa: t.string({ validate: text(500) }),
    abstractEn: t.string({ validate: longText }),
    abstractJa: t.string({ validate: longText }),
    plannedPeriodMonths: t.int({ validate: z.number().int().min(1).max(120), description: 'Planned project period in months.' }),
    partnerCountryIds: t.globalIDList({ for: CountryRef, description: 'Partner countries or regions; replaces the list when given.' }),
    team: t.field({ type: [ProposalTeamMemberInput], description: 'The whole team, both sides; replaces the team when given (members are matched by researcher).' }),
    budget: t.field({ type: [BudgetLineInput], description: 'The whole budget plan; replaces it when given.' }),
    researchSecurityAttestations: t.field({ type: [AttestationInput], description: 'Replaces the attestations when given.' }),
  };
}

type ContentInput = {
  titleJa?: string | null;
  abstractEn?: string | null;
  abstractJa?: string | null;
  plannedPeriodMonths?: number | null;
  partnerCountryIds?: GlobalId[] | null;
  team?: { researcherId: GlobalId; role: ProposalContent['team'] extends readonly (infer M)[] | undefined ? M extends { role: infer R } ? R : never : never; organizationId?: GlobalId | null; travelsToPartner?: boolean | null; plannedStayMonths?: number | null; letterOfIntent?: { receivedOn: Date; program: string; reference?: string | null } | null; careerStage?: NonNullable<ProposalContent['team']>[number]['careerStage']; degreeYear?: number | null }[] | null;
  budget?: { fiscalYear: number; purpose: NonNullable<ProposalContent['budget']>[number]['purpose']; directCost: bigint }[] | null;
  researchSecurityAttestations?: { organizationId: GlobalId; attestedAt: Date; attestedByName: string; note?: string | null }[] | null;
};

/** Input as the write functions take it: row ids, yen as bigint, lists left out when not given. */
export function proposalContent(input: ContentInput & { fieldId?: GlobalId | null; titleEn?: string | null }): ProposalContent {
  return {
    fieldId: input.fieldId?.id,
    titleEn: input.titleEn ?? undefined,
    titleJa: input.titleJa,
    abstractEn: input.abstractEn,
    abstractJa: input.abstractJa,
    plannedPeriodMonths: input.plannedPeriodMonths,
    partnerCountryIds: input.partnerCountryIds?.map((id) => id.id),
    team: input.team?.map((m) => ({ ...m, researcherId: m.researcherId.id, organizationId: m.organizationId?.id })),
    budget: input.budget?.map((line) => ({ fiscalYear: line.fiscalYear, purpose: line.purpose, directCostYen: line.directCost })),
    researchSecurityAttestations: input.researchSecurityAttestations?.map((a) => ({ ...a, organizationId: a.organizationId.id })),
  };
}

const proposalPayload = (what: string) => payloadOf('proposal', ProposalRef, what);
const writers = { authScopes: { authenticated: true } } as const;

builder.relayMutationField(
  'createProposal',
  {
    description: 'A new draft. Institutions draft for their own organisation; staff and partner agencies name the lead organisation.',
    inputFields: (t) => ({
      callId: t.globalID({ required: true, for: CallRef }),
      fieldId: t.globalID({ required: true, for: ResearchFieldRef }),
      leadOrganizationId: t.globalID({ for: OrganizationRef, description: 'The PI’s organisation; an institution’s own when left out.' }),
      titleEn: t.string({ required: true, validate: text(500) }),
      ...contentFields(t),
    }),
  },
  {
    ...writers,
    description: 'Drafts a proposal. A draft may break the program’s rules (see `ruleCheck`); submission may not.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const content = proposalContent(input);
        const proposal = await createProposal(writer, {
          ...content,
          fieldId: content.fieldId!,
          titleEn: input.titleEn,
          callId: input.callId.id,
          leadOrganizationId: input.leadOrganizationId?.id,
        });
        return { result: proposal, warnings: (await proposalVerdict(writer.tx, proposal.id, writer.now, false)).warnings };
      }),
  },
  proposalPayload('The new draft.'),
);

builder.relayMutationField(
  'updateProposal',
  {
    description: 'Changes to a draft; fields left out stay as they are.',
    inputFields: (t) => ({
      id: t.globalID({ required: true, for: ProposalRef }),
      version: t.int({ required: true, description: 'The version you read: the update is refused if it changed since.' }),
      fieldId: t.globalID({ for: ResearchFieldRef }),
      titleEn: t.string({ validate: text(500) }),
      ...contentFields(t),
    }),
  },
  {
    ...writers,
    description: 'Edits a draft (only drafts are edited).',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const proposal = await updateProposal(writer, { ...proposalContent(input), id: input.id.id, version: input.version });
        return { result: proposal, warnings: (await proposalVerdict(writer.tx, proposal.id, writer.now, false)).warnings };
      }),
  },
  proposalPayload('The draft as it is now.'),
);

const ProposalVersionInput = (t: InputBuilder) => ({
  id: t.globalID({ required: true, for: ProposalRef }),
  version: t.int({ required: true, description: 'The version you read.' }),
});

builder.relayMutationField(
  'submitProposal',
  { description: 'Submits a draft.', inputFields: (t) => ProposalVersionInput(t) },
  {
    ...writers,
    description:
      'Submits a draft: every hard rule of the call must hold, and the call must be open. No submission after the deadline, whatever the reason.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const proposal = await proposalToWrite(writer, input.id.id);
        checkVersion(proposal, input.version);
        await lockApplicants(writer.tx, proposal.id);
        const verdict = await proposalVerdict(writer.tx, proposal.id, writer.now, true);
        if (!verdict.ok) throw new UserFailure(verdict.errors, verdict.warnings);
        const { proposal: submitted } = await moveProposal(writer, proposal, { type: 'SUBMIT' }, { submittedAt: writer.now });
        return { result: submitted, warnings: verdict.warnings };
      }),
  },
  proposalPayload('The submitted proposal.'),
);

builder.relayMutationField(
  'withdrawProposal',
  { description: 'Withdraws a proposal before its final decision.', inputFields: (t) => ProposalVersionInput(t) },
  {
    ...writers,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => {
        const proposal = await proposalToWrite(writer, input.id.id);
        checkVersion(proposal, input.version);
        return { result: (await moveProposal(writer, proposal, { type: 'WITHDRAW' })).proposal };
      }),
  },
  proposalPayload('The withdrawn proposal.'),
);

const AdoptedProjectInput = builder.inputType('AdoptedProjectInput', {
  description: 'The project an adoption creates. Dates default to the call’s support period.',
  fields: (t) => ({
    startsOn: t.field({ type: 'Date' }),
    endsOn: t.field({ type: 'Date' }),
    grantNumber: t.string({ validate: text(64) }),
  }),
});

builder.relayMutationField(
  'decideProposal',
  {
    description: 'A review decision. Adoption creates the project in the same transaction.',
    inputFields: (t) => ({
      ...ProposalVersionInput(t),
      stage: t.field({ type: DecisionStageEnum, required: true }),
      result: t.field({ type: DecisionResultEnum, required: true, description: 'PASSED or FAILED for document review and interview; ADOPTED or REJECTED for the final decision.' }),
      decidedAt: t.field({ type: 'DateTime', description: 'When it was decided; now when left out.' }),
      note: t.string({ validate: longText }),
      project: t.field({ type: AdoptedProjectInput, description: 'On adoption: the project’s period, where the call does not set it.' }),
    }),
  },
  {
    ...writers,
    description:
      'Records a decision and moves the proposal on: document review passed → interview, failed → rejected; ' +
      'interview failed → rejected; final adopted → adopted (the project is created, and a Co-PI of an ongoing project ' +
      'leaves it, flagging it for re-review), final rejected → rejected. Staff, and partner agencies for their joint calls.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await decideProposal(writer, { ...input, id: input.id.id }) })),
  },
  proposalPayload('The proposal after the decision.'),
);

builder.relayMutationField(
  'beginDocumentReview',
  {
    description: 'Starts document review of a call whose submissions have closed.',
    inputFields: (t) => ({ callId: t.globalID({ required: true, for: CallRef }) }),
  },
  {
    ...writers,
    description: 'Moves every submitted proposal of the call into document review, in one transaction.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: (await beginDocumentReview(writer, input.callId.id)).call })),
  },
  payloadOf('call', CallRef, 'The call.'),
);
