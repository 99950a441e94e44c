// Writing an adopted project and what it reports: its administration (period, status, grant,
// re-review), evaluations, outcomes, researcher mobility and partner-side team changes. No
// GraphQL here: the mutations and the partner sync both write through these functions.
import { parseDoi } from '../../domain/doi.js';
import { PARTNER_LEADS, partnerPiEligible, teamSideOf, type TeamRoleName } from '../../domain/proposal-rules.js';
import { projectTransition, type ProjectStatusName } from '../../domain/proposal-status.js';
import type {
  CareerStage,
  Evaluation,
  EvaluationKind,
  Mobility,
  MobilityDirection,
  Outcome,
  OutcomeKind,
  Project,
  TeamMember,
  TeamSide,
} from '../../generated/prisma/client.js';
import { checkVersion, lockRow, type Tx, type Writer } from '../../writes/transaction.js';
import { assertMayManageCall, isPartyToProposal } from '../../writes/tenancy.js';
import { notFound, refuse } from '../../writes/user-errors.js';
import { CALL_RULE_COLUMNS, rulesOf } from '../calls/call-rules.js';
import { checkDegreeYear, teamDeclaration, type LetterOfIntent } from '../proposals/drafts.js';

/** A project with what the permission to write it depends on: its proposal's call and lead. */
interface ProjectOfWrite {
  project: Project;
  callId: string;
  leadOrganizationId: string;
}

/**
 * Who writes what on a project. `manage`: its administration and evaluations, by staff and the
 * partner agencies of its joint call. `report`: outcomes, mobility and partner-side team, also by
 * the institutions that own the project (for the Japan side; an agency reports the partner side).
 */
type Purpose = 'manage' | 'report';

/** The side a writer reports for; null for staff, who report for either. */
type ReportingSide = TeamSide | null;

/** The projects with these ids (those that exist), each with its proposal's call and lead. */
async function findProjects(tx: Tx, ids: string[]): Promise<(ProjectOfWrite & { id: string })[]> {
  const found = await tx.project.findMany({ where: { id: { in: ids } }, include: { proposal: { select: { callId: true, leadOrganizationId: true } } } });
  return found.map(({ proposal, ...project }) => ({ id: project.id, project, ...proposal }));
}

const findProject = async (tx: Tx, id: string) => (await findProjects(tx, [id]))[0] ?? null;

/** Locks the projects a batch is about to write to, and reads them, in a statement each (Writer.lockRows). */
export const lockProjects = (writer: Writer, ids: Iterable<string>) => writer.lockRows('PROJECT', ids, (wanted) => findProjects(writer.tx, wanted));

/** Whether the writer is one of the project's own parties, who see its mobility and evaluations. */
const isParty = (writer: Writer, { project, callId, leadOrganizationId }: ProjectOfWrite) =>
  isPartyToProposal(writer, { id: project.proposalId, callId, leadOrganizationId });

/** Refuses a writer who may see the project but not write it for `purpose`; the side it writes for. */
async function assertMayWrite(writer: Writer, target: ProjectOfWrite, purpose: Purpose, field: string[]): Promise<ReportingSide> {
  const { tenant } = writer.actor;
  if (tenant.role === 'STAFF') return null;
  if (tenant.role === 'AGENCY') {
    await assertMayManageCall(writer, target.callId, field);
    return 'PARTNER';
  }
  if (purpose === 'manage') refuse('NOT_PERMITTED', 'Only JST staff and the partner agencies of its joint call manage a project.', field);
  if (tenant.role === 'INSTITUTION' && (await isParty(writer, target))) return 'JAPAN';
  refuse('NOT_PERMITTED', 'A project reports through the institutions that own it (lead it or have its PI or a Co-PI), the partner agencies of its joint call and JST staff.', field);
}

/** The project named by `id` and the side the writer writes it for; NOT_FOUND when there is none. */
export async function projectToWrite(writer: Writer, id: string, purpose: Purpose, field: string[] = ['projectId']) {
  // Writes to one project and its team queue here.
  const target = await writer.lockedRow('PROJECT', id, () => findProject(writer.tx, id));
  if (!target) return notFound('project', field);
  return { ...target, side: await assertMayWrite(writer, target, purpose, field) };
}

/**
 * A record that hangs off a project, and the side the writer writes it for. A missing record is
 * NOT_FOUND, and so is a private one (mobility, evaluations) of a project the writer is no party to,
 * as for a read; a visible one the writer may not change is NOT_PERMITTED.
 */
async function recordToWrite<R extends { projectId: string }>(
  writer: Writer,
  what: string,
  record: R | null,
  access: { purpose: Purpose; isPrivate: boolean },
  field: string[] = ['id'],
) {
  if (!record) return notFound(what, field);
  const target = (await findProject(writer.tx, record.projectId))!;
  if (access.isPrivate && !(await isParty(writer, target))) notFound(what, field);
  return { record, ...target, side: await assertMayWrite(writer, target, access.purpose, field) };
}

function assertInOrder(startsOn: Date, endsOn: Date, what: string, field: string[]): void {
  if (endsOn < startsOn) refuse('DATES_OUT_OF_ORDER', `${what} ends before it starts.`, field);
}

/** A DOI as stored (bare), or INVALID_VALUE. */
export function bareDoi(value: string, field: string[]): string {
  return parseDoi(value) ?? refuse('INVALID_VALUE', 'A DOI starts with 10., a registrant code and a slash, e.g. 10.52926/….', field);
}

// ───────────────────────────── the project ─────────────────────────────

export interface ProjectChanges {
  id: string;
  version?: number | null;
  startsOn?: Date | null;
  endsOn?: Date | null;
  status?: ProjectStatusName | null;
  /** Null clears; left out, stays. */
  grantNumber?: string | null;
  grantDoi?: string | null;
  /** Setting it needs a reason; clearing it records the re-review as done (the reason goes with it). */
  reReviewRequired?: boolean | null;
  reReviewReason?: string | null;
}

export async function updateProject(writer: Writer, input: ProjectChanges): Promise<Project> {
  const { tx } = writer;
  const { project, callId } = await projectToWrite(writer, input.id, 'manage', ['id']);
  checkVersion(project, input.version);

  const startsOn = input.startsOn ?? project.startsOn;
  const endsOn = input.endsOn ?? project.endsOn;
  assertInOrder(startsOn, endsOn, 'The project', [input.endsOn ? 'endsOn' : 'startsOn']);

  let status = project.status;
  if (input.status) {
    const transition = projectTransition(project.status, input.status);
    if (!transition.ok) refuse('INVALID_TRANSITION', transition.message, ['status']);
    status = transition.status;
  }

  const grantNumber = input.grantNumber === undefined ? project.grantNumber : input.grantNumber;
  if (grantNumber && grantNumber !== project.grantNumber && (await tx.project.count({ where: { grantNumber, id: { not: project.id } } }))) {
    refuse('ALREADY_EXISTS', 'Another project has this grant number.', ['grantNumber']);
  }
  const grantDoi = input.grantDoi === undefined ? project.grantDoi : input.grantDoi === null ? null : bareDoi(input.grantDoi, ['grantDoi']);
  if (
    grantDoi &&
    grantDoi !== project.grantDoi &&
    // DOIs are case-insensitive.
    (await tx.project.count({ where: { grantDoi: { equals: grantDoi, mode: 'insensitive' }, id: { not: project.id } } }))
  ) {
    refuse('ALREADY_EXISTS', 'Another project has this grant DOI.', ['grantDoi']);
  }

  const reReviewRequired = input.reReviewRequired ?? project.reReviewRequired;
  let reReviewReason = input.reReviewReason === undefined ? project.reReviewReason : input.reReviewReason;
  if (!reReviewRequired) {
    if (input.reReviewReason) refuse('INVALID_VALUE', 'A reason is given only while a re-review is required.', ['reReviewReason']);
    reReviewReason = null;
  } else if (!reReviewReason) {
    refuse('INVALID_VALUE', 'Say why the budget and team are to be reviewed again.', ['reReviewReason']);
  }

  const after = await tx.project.update({
    where: { id: project.id },
    data: { startsOn, endsOn, status, grantNumber, grantDoi, reReviewRequired, reReviewReason, version: { increment: 1 } },
  });
  writer.record({ recordType: 'PROJECT', recordId: after.id, version: after.version, callId, before: project, after });
  return after;
}

// ───────────────────────────── evaluations ─────────────────────────────

export interface EvaluationContent {
  kind?: EvaluationKind | null;
  grade?: string | null;
  evaluatedOn?: Date | null;
  summaryJa?: string | null;
  summaryEn?: string | null;
}

async function checkEvaluation(tx: Tx, project: Project, kind: EvaluationKind, evaluatedOn: Date, exceptId?: string): Promise<void> {
  if (await tx.evaluation.count({ where: { projectId: project.id, kind, id: exceptId ? { not: exceptId } : undefined } })) {
    refuse('ALREADY_EXISTS', `The project already has a ${kind} evaluation: update that one.`, ['kind']);
  }
  if (evaluatedOn < project.startsOn) refuse('DATES_OUT_OF_ORDER', 'The evaluation would predate the project.', ['evaluatedOn']);
}

export async function recordEvaluation(
  writer: Writer,
  input: EvaluationContent & { projectId: string; kind: EvaluationKind; grade: string; evaluatedOn: Date },
): Promise<Evaluation> {
  const { tx } = writer;
  const { project, callId } = await projectToWrite(writer, input.projectId, 'manage');
  await checkEvaluation(tx, project, input.kind, input.evaluatedOn);
  const created = writer.insert('Evaluation', {
    projectId: project.id,
    kind: input.kind,
    grade: input.grade,
    evaluatedOn: input.evaluatedOn,
    summaryJa: input.summaryJa,
    summaryEn: input.summaryEn,
  });
  writer.record({ recordType: 'EVALUATION', recordId: created.id, version: created.version, callId, before: null, after: created });
  return created;
}

export async function updateEvaluation(writer: Writer, input: EvaluationContent & { id: string; version?: number | null }): Promise<Evaluation> {
  const { tx } = writer;
  await lockRow(tx, 'Evaluation', input.id);
  const found = await tx.evaluation.findUnique({ where: { id: input.id } });
  const { record: before, project, callId } = await recordToWrite(writer, 'evaluation', found, { purpose: 'manage', isPrivate: true });
  checkVersion(before, input.version);
  await checkEvaluation(tx, project, input.kind ?? before.kind, input.evaluatedOn ?? before.evaluatedOn, before.id);
  const after = await tx.evaluation.update({
    where: { id: before.id },
    data: {
      kind: input.kind ?? undefined,
      grade: input.grade ?? undefined,
      evaluatedOn: input.evaluatedOn ?? undefined,
      summaryJa: input.summaryJa,
      summaryEn: input.summaryEn,
      version: { increment: 1 },
    },
  });
  writer.record({ recordType: 'EVALUATION', recordId: after.id, version: after.version, callId, before, after });
  return after;
}

// ───────────────────────────── outcomes ─────────────────────────────

export interface OutcomeContent {
  kind?: OutcomeKind | null;
  reportedBySide?: TeamSide | null;
  occurredOn?: Date | null;
  title?: string | null;
  description?: string | null;
  doi?: string | null;
  url?: string | null;
  partnerContributors?: readonly string[] | null;
  attendeeCount?: number | null;
}

/** The side an outcome is reported for: the writer's own, or for staff the one they name. */
function sideToReport(own: ReportingSide, requested: TeamSide | null | undefined, required: boolean): TeamSide | undefined {
  if (own === null) {
    if (!requested && required) refuse('INVALID_VALUE', 'Say which side reported the outcome.', ['reportedBySide']);
    return requested ?? undefined;
  }
  if (requested && requested !== own) {
    refuse('NOT_PERMITTED', `You report for the ${own === 'JAPAN' ? 'Japan' : 'partner'} side only.`, ['reportedBySide']);
  }
  return own;
}

function outcomeColumns(input: OutcomeContent) {
  if (input.attendeeCount != null && input.attendeeCount < 0) refuse('INVALID_VALUE', 'A count is never negative.', ['attendeeCount']);
  return {
    kind: input.kind ?? undefined,
    occurredOn: input.occurredOn ?? undefined,
    title: input.title ?? undefined,
    description: input.description,
    doi: input.doi == null ? input.doi : bareDoi(input.doi, ['doi']),
    url: input.url,
    partnerContributors: input.partnerContributors ? [...input.partnerContributors] : undefined,
    attendeeCount: input.attendeeCount,
  };
}

export async function reportOutcome(
  writer: Writer,
  input: OutcomeContent & { projectId: string; kind: OutcomeKind; occurredOn: Date; title: string },
): Promise<Outcome> {
  const { project, callId, side } = await projectToWrite(writer, input.projectId, 'report');
  const reportedBySide = sideToReport(side, input.reportedBySide, true)!;
  const created = writer.insert('Outcome', { ...outcomeColumns(input), kind: input.kind, occurredOn: input.occurredOn, title: input.title, reportedBySide, projectId: project.id });
  writer.record({ recordType: 'OUTCOME', recordId: created.id, version: created.version, callId, before: null, after: created });
  return created;
}

/** An outcome the writer may change: staff any; an institution or agency those its side reported. */
async function outcomeToWrite(writer: Writer, id: string, version: number | null | undefined) {
  await lockRow(writer.tx, 'Outcome', id);
  const found = await writer.tx.outcome.findUnique({ where: { id } });
  const target = await recordToWrite(writer, 'outcome', found, { purpose: 'report', isPrivate: false });
  if (target.side && target.record.reportedBySide !== target.side) {
    refuse('NOT_PERMITTED', 'Each side changes the outcomes it reported; this one the other side reported.', ['id']);
  }
  checkVersion(target.record, version);
  return target;
}

export async function updateOutcome(writer: Writer, input: OutcomeContent & { id: string; version?: number | null }): Promise<Outcome> {
  const { tx } = writer;
  const { record: before, callId, side } = await outcomeToWrite(writer, input.id, input.version);
  const reportedBySide = sideToReport(side, input.reportedBySide, false);
  const after = await tx.outcome.update({
    where: { id: before.id },
    data: { ...outcomeColumns(input), reportedBySide, version: { increment: 1 } },
  });
  writer.record({ recordType: 'OUTCOME', recordId: after.id, version: after.version, callId, before, after });
  return after;
}

/** Deletes an outcome; returns its project. */
export async function deleteOutcome(writer: Writer, input: { id: string; version?: number | null }): Promise<Project> {
  const { tx } = writer;
  const { record: before, project, callId } = await outcomeToWrite(writer, input.id, input.version);
  await tx.outcome.delete({ where: { id: before.id } });
  await writer.recordDeletion({ recordType: 'OUTCOME', before, callId });
  return project;
}

// ───────────────────────────── mobility ─────────────────────────────

export interface MobilityContent {
  researcherId?: string | null;
  direction?: MobilityDirection | null;
  countryId?: string | null;
  hostOrganizationId?: string | null;
  /** The researcher's affiliation on the team when left out of a new record. */
  homeOrganizationId?: string | null;
  startsOn?: Date | null;
  endsOn?: Date | null;
  purpose?: string | null;
}

/** Checks what a mobility record names; the researcher's team membership, for the default home. */
async function checkMobility(tx: Tx, project: Project, input: MobilityContent): Promise<TeamMember | null> {
  const exists = async (found: Promise<number>, what: string, field: string) => {
    if (!(await found)) notFound(what, [field]);
  };
  if (input.countryId) await exists(tx.country.count({ where: { id: input.countryId } }), 'country', 'countryId');
  if (input.hostOrganizationId) await exists(tx.organization.count({ where: { id: input.hostOrganizationId } }), 'organisation', 'hostOrganizationId');
  if (input.homeOrganizationId) await exists(tx.organization.count({ where: { id: input.homeOrganizationId } }), 'organisation', 'homeOrganizationId');
  if (!input.researcherId) return null;
  await exists(tx.researcher.count({ where: { id: input.researcherId } }), 'researcher', 'researcherId');
  const member = await tx.teamMember.findUnique({ where: { proposalId_researcherId: { proposalId: project.proposalId, researcherId: input.researcherId } } });
  if (!member) refuse('INVALID_VALUE', 'Only researchers on the project’s team travel under it: add them to the team first.', ['researcherId']);
  return member;
}

export async function reportMobility(
  writer: Writer,
  input: MobilityContent & { projectId: string; researcherId: string; direction: MobilityDirection; countryId: string; startsOn: Date; endsOn: Date; purpose: string },
): Promise<Mobility> {
  const { tx } = writer;
  const { project, callId } = await projectToWrite(writer, input.projectId, 'report');
  const member = (await checkMobility(tx, project, input))!;
  assertInOrder(input.startsOn, input.endsOn, 'The stay', ['endsOn']);
  const created = writer.insert('Mobility', {
    projectId: project.id,
    researcherId: input.researcherId,
    direction: input.direction,
    countryId: input.countryId,
    hostOrganizationId: input.hostOrganizationId,
    homeOrganizationId: input.homeOrganizationId === undefined ? member.organizationId : input.homeOrganizationId,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    purpose: input.purpose,
  });
  writer.record({ recordType: 'MOBILITY', recordId: created.id, version: created.version, callId, before: null, after: created });
  return created;
}

async function mobilityToWrite(writer: Writer, id: string, version: number | null | undefined) {
  await lockRow(writer.tx, 'Mobility', id);
  const found = await writer.tx.mobility.findUnique({ where: { id } });
  const target = await recordToWrite(writer, 'mobility record', found, { purpose: 'report', isPrivate: true });
  checkVersion(target.record, version);
  return target;
}

export async function updateMobility(writer: Writer, input: MobilityContent & { id: string; version?: number | null }): Promise<Mobility> {
  const { tx } = writer;
  const { record: before, project, callId } = await mobilityToWrite(writer, input.id, input.version);
  await checkMobility(tx, project, input);
  const startsOn = input.startsOn ?? before.startsOn;
  const endsOn = input.endsOn ?? before.endsOn;
  assertInOrder(startsOn, endsOn, 'The stay', [input.endsOn ? 'endsOn' : 'startsOn']);
  const after = await tx.mobility.update({
    where: { id: before.id },
    data: {
      researcherId: input.researcherId ?? undefined,
      direction: input.direction ?? undefined,
      countryId: input.countryId ?? undefined,
      hostOrganizationId: input.hostOrganizationId,
      homeOrganizationId: input.homeOrganizationId,
      startsOn,
      endsOn,
      purpose: input.purpose ?? undefined,
      version: { increment: 1 },
    },
  });
  writer.record({ recordType: 'MOBILITY', recordId: after.id, version: after.version, callId, before, after });
  return after;
}

/** Deletes a mobility record; returns its project. */
export async function deleteMobility(writer: Writer, input: { id: string; version?: number | null }): Promise<Project> {
  const { tx } = writer;
  const { record: before, project, callId } = await mobilityToWrite(writer, input.id, input.version);
  await tx.mobility.delete({ where: { id: before.id } });
  await writer.recordDeletion({ recordType: 'MOBILITY', before, callId });
  return project;
}

// ───────────────────────────── partner-side team ─────────────────────────────

export interface PartnerMemberInput {
  projectId: string;
  researcherId: string;
  role: TeamRoleName;
  /** The researcher's current affiliation when left out. */
  organizationId?: string | null;
  joinedOn: Date;
  letterOfIntent?: LetterOfIntent | null;
  /** The declaration of the member (see teamDeclaration). */
  careerStage?: CareerStage | null;
  degreeYear?: number | null;
}

/**
 * A partner PI joining a running project meets the proposal rules' terms: affiliated in an
 * eligible partner country of the call, with a letter of intent where the call requires one.
 */
export async function assertPartnerLeadAllowed(
  tx: Tx,
  callId: string,
  member: { role: TeamRoleName; organizationId: string; hasLetterOfIntent: boolean },
  fields: { organization: string[]; letterOfIntent: string[] },
): Promise<void> {
  if (!PARTNER_LEADS.has(member.role)) return;
  // One after the other: a transaction's connection runs one query at a time (pg 9 refuses a second one sent meanwhile).
  const call = await tx.call.findUniqueOrThrow({ where: { id: callId }, select: { ...CALL_RULE_COLUMNS, countries: { select: { country: { select: { code: true } } } } } });
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: member.organizationId }, select: { country: { select: { code: true } } } });
  if (!partnerPiEligible(organization.country.code, { eligibleCountryCodes: call.countries.map((c) => c.country.code) })) {
    refuse('PARTNER_PI_NOT_ELIGIBLE', `A partner PI is affiliated in an eligible partner country or region of the call; ${organization.country.code} is not.`, fields.organization);
  }
  if (!member.hasLetterOfIntent && rulesOf(call).rules.requiresPartnerLetterOfIntent) {
    refuse('LETTER_OF_INTENT_REQUIRED', 'A partner PI needs a letter of intent from a program of the partner country or region.', fields.letterOfIntent);
  }
}

function assertRunning(project: Project, field: string[]): void {
  if (project.status === 'COMPLETED' || project.status === 'TERMINATED') {
    refuse('INVALID_TRANSITION', `The team of a ${project.status} project no longer changes.`, field);
  }
}

/**
 * Adds a partner-side member to a running project (partner PIs may be added during the project,
 * each with a letter of intent where the call requires one).
 */
export async function addPartnerTeamMember(writer: Writer, input: PartnerMemberInput): Promise<TeamMember> {
  const { tx } = writer;
  const { project, callId } = await projectToWrite(writer, input.projectId, 'report');
  if (teamSideOf(input.role) !== 'PARTNER') refuse('INVALID_VALUE', 'Only partner-side members are added to a project; the Japan side changes through JST.', ['role']);
  assertRunning(project, ['projectId']);
  const researcher = await tx.researcher.findUnique({
    where: { id: input.researcherId },
    select: { organizationId: true, careerStage: true, degreeYear: true },
  });
  if (!researcher) notFound('researcher', ['researcherId']);
  checkDegreeYear(writer, input.degreeYear, ['degreeYear']);
  const existing = await tx.teamMember.findUnique({ where: { proposalId_researcherId: { proposalId: project.proposalId, researcherId: input.researcherId } } });
  if (existing) {
    refuse('ALREADY_EXISTS', existing.leftOn ? 'The researcher was on the team and left it.' : 'The researcher is already on the team.', ['researcherId']);
  }
  const organizationId = input.organizationId ?? researcher.organizationId;
  if (!organizationId) refuse('INVALID_VALUE', 'The researcher has no affiliation on record: give organizationId.', ['organizationId']);
  if (input.organizationId && !(await tx.organization.count({ where: { id: input.organizationId } }))) notFound('organisation', ['organizationId']);
  await assertPartnerLeadAllowed(tx, callId, { role: input.role, organizationId, hasLetterOfIntent: !!input.letterOfIntent }, {
    organization: input.organizationId ? ['organizationId'] : ['researcherId'],
    letterOfIntent: ['letterOfIntent'],
  });
  if (input.joinedOn > project.endsOn) refuse('DATES_OUT_OF_ORDER', 'The member would join after the project ends.', ['joinedOn']);
  const created = writer.insert('TeamMember', {
    proposalId: project.proposalId,
    researcherId: input.researcherId,
    side: 'PARTNER',
    role: input.role,
    organizationId,
    ...teamDeclaration(writer, input, undefined, researcher),
    joinedOn: input.joinedOn,
    letterOfIntentReceivedOn: input.letterOfIntent?.receivedOn ?? null,
    letterOfIntentProgram: input.letterOfIntent?.program ?? null,
    letterOfIntentReference: input.letterOfIntent?.reference ?? null,
  });
  writer.record({ recordType: 'TEAM_MEMBER', recordId: created.id, version: created.version, callId, before: null, after: created });
  return created;
}

/** A partner-side member of a project's team leaves it on `leftOn`. */
export async function endTeamMembership(writer: Writer, input: { memberId: string; version?: number | null; leftOn: Date }): Promise<TeamMember> {
  const { tx } = writer;
  const field = ['memberId'];
  await lockRow(tx, 'TeamMember', input.memberId);
  const before = await tx.teamMember.findUnique({ where: { id: input.memberId }, include: { proposal: { select: { project: { select: { id: true } } } } } });
  if (!before) return notFound('team member', field);
  const { proposal, ...member } = before;
  // Only projects' teams change here; a draft's team changes with the draft.
  if (!proposal.project) return notFound('project team member', field);
  const { project, callId } = await projectToWrite(writer, proposal.project.id, 'report', field);
  checkVersion(member, input.version);
  if (member.side !== 'PARTNER') refuse('INVALID_VALUE', 'Only partner-side memberships end here; the Japan side changes through JST.', field);
  if (member.leftOn) refuse('INVALID_TRANSITION', 'The member has already left the team.', field);
  assertRunning(project, field);
  if (member.joinedOn && input.leftOn < member.joinedOn) refuse('DATES_OUT_OF_ORDER', 'The member would leave before joining.', ['leftOn']);
  const after = await tx.teamMember.update({ where: { id: member.id }, data: { leftOn: input.leftOn, version: { increment: 1 } } });
  writer.record({ recordType: 'TEAM_MEMBER', recordId: after.id, version: after.version, callId, before: member, after });
  return after;
}
