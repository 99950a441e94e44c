// Writing a proposal: its content while a draft, then the moves of its review. No GraphQL here:
// the mutations and the partner sync both write through these functions.
import { teamSideOf, type TeamRoleName } from '../../domain/proposal-rules.js';
import { isEditableProposal, proposalTransition, type DecisionResultName, type ProposalAction } from '../../domain/proposal-status.js';
import { readsResearcherRecord } from '../../auth/visibility.js';
import type { BudgetPurpose, CareerStage, Proposal, TeamMember } from '../../generated/prisma/client.js';
import { changesNothing, checkVersion, type Tx, type Writer } from '../../writes/transaction.js';
import { assertMayManageCall, isPartyToProposal } from '../../writes/tenancy.js';
import { notFound, refuse, UserFailure, type UserError } from '../../writes/user-errors.js';

export interface LetterOfIntent {
  receivedOn: Date;
  program: string;
  reference?: string | null;
}

export interface TeamMemberContent {
  researcherId: string;
  role: TeamRoleName;
  /** Affiliation for this proposal; the researcher's current one when left out. */
  organizationId?: string | null;
  travelsToPartner?: boolean | null;
  plannedStayMonths?: number | null;
  letterOfIntent?: LetterOfIntent | null;
  /**
   * The application's declaration of the member (see teamDeclaration); left out: kept as declared
   * before, or for a new member taken from the researcher's record when the writer may read it.
   */
  careerStage?: CareerStage | null;
  degreeYear?: number | null;
}

type Declaration = Pick<TeamMember, 'careerStage' | 'degreeYear'>;

/**
 * What an application declares of a member's career stage and degree year. The researcher's
 * record is copied only for a writer who may read it (staff, the researcher's institution):
 * naming someone on a team must never make their record readable through the team.
 */
export function teamDeclaration(
  writer: Writer,
  given: { careerStage?: CareerStage | null; degreeYear?: number | null },
  before: Declaration | undefined,
  researcher: Declaration & { organizationId: string | null },
): Declaration {
  const fallback = before ?? (readsResearcherRecord(writer.actor.tenant, researcher) ? researcher : { careerStage: null, degreeYear: null });
  return {
    careerStage: given.careerStage !== undefined ? given.careerStage : fallback.careerStage,
    degreeYear: given.degreeYear !== undefined ? given.degreeYear : fallback.degreeYear,
  };
}

/** A degree awarded after now is not a declaration anyone can make. */
export function checkDegreeYear(writer: Writer, degreeYear: number | null | undefined, field: string[]): void {
  if (degreeYear != null && degreeYear > writer.now.getUTCFullYear()) refuse('INVALID_VALUE', 'The degree year is in the future.', field);
}

export interface ProposalContent {
  fieldId?: string;
  titleEn?: string;
  titleJa?: string | null;
  abstractEn?: string | null;
  abstractJa?: string | null;
  plannedPeriodMonths?: number | null;
  /** Lists replace what is stored when given; left out, they stay as they are. */
  partnerCountryIds?: readonly string[];
  team?: readonly TeamMemberContent[];
  budget?: readonly { fiscalYear: number; purpose: BudgetPurpose; directCostYen: bigint }[];
  researchSecurityAttestations?: readonly { organizationId: string; attestedAt: Date; attestedByName: string; note?: string | null }[];
}

/** The proposal and what belongs to it alone, as the audit trail records it. */
export async function proposalRecord(tx: Tx, id: string) {
  const p = await tx.proposal.findUniqueOrThrow({
    where: { id },
    include: {
      partnerCountries: { select: { countryId: true }, orderBy: { countryId: 'asc' } },
      budgetLines: { select: { fiscalYear: true, purpose: true, directCostYen: true }, orderBy: [{ fiscalYear: 'asc' }, { purpose: 'asc' }] },
      attestations: { select: { organizationId: true, attestedAt: true, attestedByName: true, note: true }, orderBy: { organizationId: 'asc' } },
    },
  });
  const { partnerCountries, budgetLines, attestations, ...row } = p;
  return { ...row, partnerCountryIds: partnerCountries.map((c) => c.countryId), budget: budgetLines, researchSecurityAttestations: attestations };
}

type ProposalRecord = Awaited<ReturnType<typeof proposalRecord>>;

/**
 * Records a write of a proposal. One that leaves its lists as they are may record the rows alone
 * (the lists, absent on both sides, are no change), so the lists are read only when replaced.
 */
export function recordProposal(writer: Writer, before: ProposalRecord | Proposal | null, after: ProposalRecord | Proposal) {
  writer.record({ recordType: 'PROPOSAL', recordId: after.id, version: after.version, callId: after.callId, before, after });
}

/**
 * The proposal if the writer may see it (else NOT_FOUND, as for a missing one) and may change it:
 * staff any, an agency those of the joint calls it co-runs, an institution those it leads.
 */
export async function proposalToWrite(writer: Writer, id: string, field: string[] = ['id']): Promise<Proposal> {
  // Every write to a proposal or its team comes through here: writes to one proposal queue.
  const proposal = await writer.lockedRow<Proposal>('PROPOSAL', id);
  if (!proposal) return notFound('proposal', field);
  if (!(await isPartyToProposal(writer, proposal))) notFound('proposal', field);
  const { tenant } = writer.actor;
  if (tenant.role === 'INSTITUTION' && proposal.leadOrganizationId !== tenant.organizationId) {
    refuse('NOT_PERMITTED', 'Only the PI’s organisation, which leads the proposal, changes it.', field);
  }
  return proposal;
}

/** Ids the input names that are not in the database, as NOT_FOUND errors at their paths. */
async function missingReferences(writer: Writer, content: ProposalContent): Promise<UserError[]> {
  const { tx } = writer;
  const errors: UserError[] = [];
  const check = async (what: string, ids: (string | null | undefined)[], paths: string[][], find: (ids: string[]) => Promise<{ id: string }[]>) => {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return;
    const found = new Set((await find(wanted)).map((row) => row.id));
    ids.forEach((id, i) => {
      if (id && !found.has(id)) errors.push({ code: 'NOT_FOUND', message: `No ${what} with this id.`, field: paths[i]! });
    });
  };
  const select = { id: true } as const;
  // Fields and countries are reference data no proposal write changes: read once per transaction.
  await check('research field', [content.fieldId], [['fieldId']], (ids) =>
    writer.memo(`fields:${ids}`, () => tx.researchField.findMany({ where: { id: { in: ids } }, select })),
  );
  const countries = content.partnerCountryIds ?? [];
  await check('country', [...countries], countries.map((_, i) => ['partnerCountryIds', String(i)]), (ids) =>
    writer.memo(`countries:${ids}`, () => tx.country.findMany({ where: { id: { in: ids } }, select })),
  );
  const team = content.team ?? [];
  await check('researcher', team.map((m) => m.researcherId), team.map((_, i) => ['team', String(i), 'researcherId']), (ids) => tx.researcher.findMany({ where: { id: { in: ids } }, select }));
  const orgIds = [...team.map((m) => m.organizationId), ...(content.researchSecurityAttestations ?? []).map((a) => a.organizationId)];
  const orgPaths = [...team.map((_, i) => ['team', String(i), 'organizationId']), ...(content.researchSecurityAttestations ?? []).map((_, i) => ['researchSecurityAttestations', String(i), 'organizationId'])];
  await check('organisation', orgIds, orgPaths, (ids) => tx.organization.findMany({ where: { id: { in: ids } }, select }));
  return errors;
}

/**
 * Whether the organisation exists, asked once per transaction: writes never remove organisations,
 * and one created in a savepoint rolled back is named by nothing that follows (its id went with it).
 */
export function organizationExists(writer: Writer, id: string): Promise<boolean> {
  return writer.memo(`organization:${id}`, async () => (await writer.tx.organization.count({ where: { id } })) > 0);
}

/** Whether the organisation is in Japan, asked once per transaction: writes move no organisation to another country. */
export function isOrganizationInJapan(writer: Writer, id: string): Promise<boolean> {
  return writer.memo(`in-japan:${id}`, async () => (await writer.tx.organization.count({ where: { id, country: { code: 'JP' } } })) > 0);
}

/**
 * Answers organizationExists and isOrganizationInJapan for organisations a write knows already:
 * those it created, or read together up front (`loadOrganizations`).
 */
export function rememberOrganizations(writer: Writer, organizations: readonly { id: string; countryCode: string }[]): void {
  for (const { id, countryCode } of organizations) {
    writer.remember(`organization:${id}`, true);
    writer.remember(`in-japan:${id}`, countryCode === 'JP');
  }
}

/** Reads, in one statement, what a batch will ask of the organisations it names. */
export async function loadOrganizations(writer: Writer, ids: Iterable<string>): Promise<void> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return;
  const found = await writer.tx.organization.findMany({ where: { id: { in: wanted } }, select: { id: true, country: { select: { code: true } } } });
  rememberOrganizations(writer, found.map((o) => ({ id: o.id, countryCode: o.country.code })));
}

/** What a draft may not hold even while it breaks the program's rules: the shape of the records. */
function shapeErrors(content: ProposalContent): UserError[] {
  const errors: UserError[] = [];
  const duplicates = <T>(items: readonly T[] | undefined, key: (item: T) => string, path: string, what: string) =>
    (items ?? []).forEach((item, i) => {
      if ((items ?? []).findIndex((other) => key(other) === key(item)) !== i) {
        errors.push({ code: 'ALREADY_EXISTS', message: `${what} is listed twice.`, field: [path, String(i)] });
      }
    });
  duplicates(content.team, (m) => m.researcherId, 'team', 'This researcher');
  duplicates(content.budget, (b) => `${b.fiscalYear}/${b.purpose}`, 'budget', 'This fiscal year and purpose');
  duplicates(content.researchSecurityAttestations, (a) => a.organizationId, 'researchSecurityAttestations', 'This organisation');
  duplicates(content.partnerCountryIds, (id) => id, 'partnerCountryIds', 'This country');
  if ((content.team ?? []).filter((m) => m.role === 'PI').length > 1) {
    errors.push({ code: 'PI_REQUIRED', message: 'A proposal has exactly one PI (研究代表者).', field: ['team'] });
  }
  return errors;
}

async function teamRecordsBefore(tx: Tx, proposalId: string): Promise<Map<string, TeamMember>> {
  const members = await tx.teamMember.findMany({ where: { proposalId } });
  return new Map(members.map((m) => [m.researcherId, m]));
}

/** Makes the team what the input lists: members matched by researcher keep their record (and external ids). */
async function writeTeam(writer: Writer, proposal: Proposal, team: readonly TeamMemberContent[]): Promise<void> {
  const { tx } = writer;
  const existing = await teamRecordsBefore(tx, proposal.id);
  const researchers = new Map(
    (
      await tx.researcher.findMany({
        where: { id: { in: team.map((m) => m.researcherId) } },
        select: { id: true, organizationId: true, careerStage: true, degreeYear: true },
      })
    ).map((r) => [r.id, r]),
  );
  const wanted = new Set(team.map((m) => m.researcherId));
  // Removals first, so that a PI handed to someone else never makes two PIs at once.
  for (const [researcherId, member] of existing) {
    if (wanted.has(researcherId)) continue;
    await tx.teamMember.delete({ where: { id: member.id } });
    await writer.recordDeletion({ recordType: 'TEAM_MEMBER', before: member, callId: proposal.callId });
  }
  const ordered = [...team].sort((a, b) => Number(b.role !== 'PI') - Number(a.role !== 'PI'));
  for (const content of ordered) {
    const index = team.indexOf(content);
    const researcher = researchers.get(content.researcherId)!;
    const organizationId = content.organizationId ?? researcher.organizationId;
    if (!organizationId) refuse('INVALID_VALUE', 'The researcher has no affiliation on record: give organizationId.', ['team', String(index), 'organizationId']);
    checkDegreeYear(writer, content.degreeYear, ['team', String(index), 'degreeYear']);
    const before = existing.get(content.researcherId);
    const data = {
      ...teamDeclaration(writer, content, before, researcher),
      role: content.role,
      side: teamSideOf(content.role),
      organizationId,
      travelsToPartner: content.travelsToPartner ?? false,
      plannedStayMonths: content.plannedStayMonths ?? null,
      letterOfIntentReceivedOn: content.letterOfIntent?.receivedOn ?? null,
      letterOfIntentProgram: content.letterOfIntent?.program ?? null,
      letterOfIntentReference: content.letterOfIntent?.reference ?? null,
    };
    if (before) {
      if (changesNothing(before, data)) continue;
      const after = await tx.teamMember.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
      writer.record({ recordType: 'TEAM_MEMBER', recordId: after.id, version: after.version, callId: proposal.callId, before, after });
    } else {
      const created = writer.insert('TeamMember', { ...data, proposalId: proposal.id, researcherId: content.researcherId });
      writer.record({ recordType: 'TEAM_MEMBER', recordId: created.id, version: created.version, callId: proposal.callId, before: null, after: created });
    }
  }
}

async function checkContent(writer: Writer, content: ProposalContent): Promise<void> {
  const errors = [...shapeErrors(content), ...(await missingReferences(writer, content))];
  if (errors.length) throw new UserFailure(errors);
}

/** Writes the lists that belong to the proposal alone (the team has records of its own). */
async function writeLists(writer: Writer, proposal: Proposal, content: ProposalContent, fresh = false): Promise<void> {
  const { tx } = writer;
  // A new proposal has nothing to replace.
  const clear = (remove: () => Promise<unknown>) => (fresh ? undefined : remove());
  if (content.partnerCountryIds) {
    await clear(() => tx.proposalPartnerCountry.deleteMany({ where: { proposalId: proposal.id } }));
    for (const countryId of content.partnerCountryIds) writer.insert('ProposalPartnerCountry', { proposalId: proposal.id, countryId });
  }
  if (content.budget) {
    await clear(() => tx.budgetLine.deleteMany({ where: { proposalId: proposal.id } }));
    for (const line of content.budget) writer.insert('BudgetLine', { ...line, proposalId: proposal.id });
  }
  if (content.researchSecurityAttestations) {
    await clear(() => tx.researchSecurityAttestation.deleteMany({ where: { proposalId: proposal.id } }));
    for (const a of content.researchSecurityAttestations) writer.insert('ResearchSecurityAttestation', { ...a, proposalId: proposal.id });
  }
}

const columns = (content: ProposalContent) => ({
  fieldId: content.fieldId,
  titleEn: content.titleEn,
  titleJa: content.titleJa,
  abstractEn: content.abstractEn,
  abstractJa: content.abstractJa,
  plannedPeriodMonths: content.plannedPeriodMonths,
});

export async function createProposal(
  writer: Writer,
  input: ProposalContent & { callId: string; fieldId: string; titleEn: string; leadOrganizationId?: string | null },
): Promise<Proposal> {
  const { tx, actor } = writer;
  const { tenant } = actor;
  const call = await writer.memo(`call:${input.callId}`, () => tx.call.findUnique({ where: { id: input.callId }, select: { id: true } }));
  if (!call) notFound('call', ['callId']);
  let leadOrganizationId = input.leadOrganizationId;
  if (tenant.role === 'INSTITUTION') {
    if (leadOrganizationId && leadOrganizationId !== tenant.organizationId) {
      refuse('NOT_PERMITTED', 'An institution drafts proposals that its own organisation leads.', ['leadOrganizationId']);
    }
    leadOrganizationId = tenant.organizationId;
  } else {
    if (tenant.role === 'AGENCY') await assertMayManageCall(writer, input.callId, ['callId']);
    if (!leadOrganizationId) refuse('INVALID_VALUE', 'Name the organisation that leads the proposal (the PI’s).', ['leadOrganizationId']);
    if (!(await organizationExists(writer, leadOrganizationId))) notFound('organisation', ['leadOrganizationId']);
  }
  await checkContent(writer, input);
  const proposal = writer.insert('Proposal', { ...columns(input), fieldId: input.fieldId, titleEn: input.titleEn, callId: input.callId, leadOrganizationId: leadOrganizationId! });
  await writeLists(writer, proposal, input, true);
  // The proposal's own record goes first, so a feed reader meets it before its team. What was
  // just written is the record: no need to read it back.
  recordProposal(writer, null, {
    ...proposal,
    partnerCountryIds: [...(input.partnerCountryIds ?? [])],
    budget: [...(input.budget ?? [])],
    researchSecurityAttestations: (input.researchSecurityAttestations ?? []).map((a) => ({ ...a, note: a.note ?? null })),
  });
  // A team member sent next in a batch writes to it: it is this transaction's own until commit.
  writer.hold('PROPOSAL', proposal);
  if (input.team) await writeTeam(writer, proposal, input.team);
  return proposal;
}

export async function updateProposal(writer: Writer, input: ProposalContent & { id: string; version?: number | null }): Promise<Proposal> {
  const { tx } = writer;
  const proposal = await proposalToWrite(writer, input.id);
  checkVersion(proposal, input.version);
  if (!isEditableProposal(proposal.status)) {
    refuse('NOT_EDITABLE', `Only a draft can be edited; this proposal is ${proposal.status}.`, ['id']);
  }
  await checkContent(writer, input);
  const replaced = input.partnerCountryIds || input.budget || input.researchSecurityAttestations;
  // The row is held as read under its lock; the lists are read only when replaced, before and after.
  const before = replaced ? await proposalRecord(tx, proposal.id) : proposal;
  const updated = await tx.proposal.update({ where: { id: proposal.id }, data: { ...columns(input), version: { increment: 1 } } });
  await writeLists(writer, proposal, input);
  recordProposal(writer, before, replaced ? await proposalRecord(tx, proposal.id) : updated);
  if (input.team) await writeTeam(writer, proposal, input.team);
  return updated;
}

/**
 * Moves a proposal through its review (proposal-status.ts). `decidedAt` is kept only by a move
 * that ends the review; `closesWith` is the final decision a failed review step brings.
 */
export async function moveProposal(
  writer: Writer,
  proposal: Proposal,
  action: ProposalAction,
  data: { submittedAt?: Date; decidedAt?: Date } = {},
): Promise<{ proposal: Proposal; closesWith?: DecisionResultName }> {
  const { tx } = writer;
  const decided = await tx.decision.findMany({ where: { proposalId: proposal.id }, select: { stage: true, result: true } });
  const transition = proposalTransition(proposal.status, action, decided);
  if (!transition.ok) refuse('INVALID_TRANSITION', transition.message, action.type === 'DECIDE' ? ['stage'] : ['id']);
  const ends = transition.status === 'ADOPTED' || transition.status === 'REJECTED';
  const moved = await tx.proposal.update({
    where: { id: proposal.id },
    data: { status: transition.status, submittedAt: data.submittedAt, decidedAt: ends ? data.decidedAt : undefined, version: { increment: 1 } },
  });
  // A move changes the row alone: the proposal as held before it, and the row it returned.
  recordProposal(writer, proposal, moved);
  return { proposal: moved, closesWith: transition.closesWith };
}
