// A partner agency's batch of records for a joint call, keyed by the agency's own ids. Each record
// goes through the same write functions (and so the same rules) as the single mutations, in the
// batch's one transaction: a rejected record leaves no trace (its writes are rolled back to a
// savepoint, see syncBatch), the valid ones of the batch are applied (the documented policy), and
// a record that changes nothing is reported as unchanged and leaves no trace either.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { DecisionResultName, DecisionStageName } from '../../domain/proposal-status.js';
import type {
  CareerStage,
  MobilityDirection,
  OrganizationKind,
  OutcomeKind,
  SyncedEntity,
  TeamRole,
} from '../../generated/prisma/client.js';
import { teamSideOf } from '../../domain/proposal-rules.js';
import { findTextFault, storable } from '../../schema/safe-strings.js';
import { changesNothing, checkVersion, type Mark, type Writer } from '../../writes/transaction.js';
import { assertMayManageCall } from '../../writes/tenancy.js';
import { notFound, refuse, UserFailure, type UserError } from '../../writes/user-errors.js';
import { assertPartnerLeadAllowed, lockProjects, reportMobility, reportOutcome, updateMobility, updateOutcome } from '../projects/project-writes.js';
import { decideProposal } from '../proposals/decisions.js';
import {
  checkDegreeYear,
  createProposal,
  isOrganizationInJapan,
  loadOrganizations,
  organizationExists,
  proposalToWrite,
  rememberOrganizations,
  teamDeclaration,
  updateProposal,
  type LetterOfIntent,
} from '../proposals/drafts.js';
import { shapeFault } from '../reference/write-checks.js';
import { AgencyIds, namedBy } from './agency-ids.js';

/** Records applied between turns given to other requests (see syncBatch). */
const YIELD_EVERY = 25;

/** The most records one batch may hold: large enough to sync a call in a few requests, small enough for one transaction. */
export const SYNC_BATCH_MAX = 500;

/** An organisation named by our id, by the agency's id or ROR, or described to be created. */
export interface OrganizationMention {
  id?: string | null;
  externalId?: string | null;
  rorId?: string | null;
  nameEn?: string | null;
  nameJa?: string | null;
  countryCode?: string | null;
  kind?: OrganizationKind | null;
}

export interface ResearcherMention {
  id?: string | null;
  externalId?: string | null;
  orcid?: string | null;
  nameEn?: string | null;
  nameJa?: string | null;
  careerStage?: CareerStage | null;
  degreeYear?: number | null;
  organization?: OrganizationMention | null;
}

interface Keyed {
  externalId: string;
  version?: number | null;
}

export type SyncRecord =
  | (Keyed & {
      type: 'PROPOSAL';
      titleEn: string;
      titleJa?: string | null;
      abstractEn?: string | null;
      abstractJa?: string | null;
      fieldCode: string;
      partnerCountryCodes?: readonly string[] | null;
      plannedPeriodMonths?: number | null;
      leadOrganization: OrganizationMention;
    })
  | (Keyed & {
      type: 'TEAM_MEMBER';
      proposalExternalId: string;
      researcher: ResearcherMention;
      role: TeamRole;
      organization?: OrganizationMention | null;
      travelsToPartner?: boolean | null;
      letterOfIntent?: LetterOfIntent | null;
      joinedOn?: Date | null;
    })
  | (Keyed & {
      type: 'DECISION';
      proposalExternalId: string;
      stage: DecisionStageName;
      result: DecisionResultName;
      decidedAt?: Date | null;
      note?: string | null;
      project?: { startsOn?: Date | null; endsOn?: Date | null; grantNumber?: string | null } | null;
    })
  | (Keyed & {
      type: 'OUTCOME';
      proposalExternalId: string;
      kind: OutcomeKind;
      occurredOn: Date;
      title: string;
      description?: string | null;
      doi?: string | null;
      url?: string | null;
      partnerContributors?: readonly string[] | null;
      attendeeCount?: number | null;
    })
  | (Keyed & {
      type: 'MOBILITY';
      proposalExternalId: string;
      researcher: ResearcherMention;
      direction: MobilityDirection;
      countryCode: string;
      startsOn: Date;
      endsOn: Date;
      purpose: string;
    });

export type SyncStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

export interface SyncResult {
  index: number;
  type: SyncedEntity;
  externalId: string;
  status: SyncStatus;
  recordId: string | null;
  version: number | null;
  userErrors: UserError[];
}

interface Applied {
  recordId: string;
  version: number;
  created: boolean;
}

type Scope = { writer: Writer; callId: string; ids: AgencyIds; projects: ReadonlyMap<string, string> };

async function countryIdOf(scope: Scope, code: string, field: string[]): Promise<string> {
  const country = await scope.writer.memo(`country-code:${code}`, () => scope.writer.tx.country.findUnique({ where: { code }, select: { id: true } }));
  return country?.id ?? notFound(`country or region with code ${code}`, field);
}

/** An identifier a mention names a record by must be one: a malformed one names nothing. */
function assertShape(shape: 'ror' | 'orcid', value: string | null | undefined, field: string[]): void {
  const fault = value == null ? null : shapeFault(shape, value);
  if (fault) refuse('INVALID_VALUE', fault, field);
}

/** Finds the organisation the mention names, or creates it from the description. */
async function organizationOf(scope: Scope, mention: OrganizationMention, field: string[]): Promise<string> {
  const { writer, ids } = scope;
  const { tx } = writer;
  if (mention.id) {
    if (!(await organizationExists(writer, mention.id))) notFound('organisation', [...field, 'id']);
    return mention.id;
  }
  assertShape('ror', mention.rorId, [...field, 'rorId']);
  const named = mention.externalId ? ids.recordIdOf('ORGANIZATION', mention.externalId) : null;
  if (named) return named;
  const byRor = mention.rorId ? (await tx.organization.findUnique({ where: { rorId: mention.rorId }, select: { id: true } }))?.id : undefined;
  if (byRor) {
    if (mention.externalId) await ids.link('ORGANIZATION', byRor, mention.externalId, [...field, 'externalId']);
    return byRor;
  }
  if (!mention.nameEn || !mention.countryCode || !mention.kind) {
    refuse('INVALID_VALUE', 'An organisation not known yet needs nameEn, countryCode and kind.', field);
  }
  const created = writer.insert('Organization', {
    nameEn: mention.nameEn,
    nameJa: mention.nameJa,
    kind: mention.kind,
    rorId: mention.rorId,
    countryId: await countryIdOf(scope, mention.countryCode, [...field, 'countryCode']),
  });
  // What later records of the batch ask of it is known: no need to read it back.
  rememberOrganizations(writer, [{ id: created.id, countryCode: mention.countryCode }]);
  writer.record({ recordType: 'ORGANIZATION', recordId: created.id, version: created.version, callId: null, before: null, after: created });
  if (mention.externalId) ids.name('ORGANIZATION', created.id, mention.externalId);
  return created.id;
}

/** Finds the researcher the mention names (our id, the agency's id, ORCID), or creates them (then `isNew`). */
async function researcherOf(scope: Scope, mention: ResearcherMention, field: string[]) {
  const { writer, ids } = scope;
  const { tx } = writer;
  const select = { id: true, organizationId: true, careerStage: true, degreeYear: true } as const;
  if (mention.id) return { ...((await tx.researcher.findUnique({ where: { id: mention.id }, select })) ?? notFound('researcher', [...field, 'id'])), isNew: false };
  assertShape('orcid', mention.orcid, [...field, 'orcid']);
  const namedId = mention.externalId ? ids.recordIdOf('RESEARCHER', mention.externalId) : null;
  const named = namedId ? await tx.researcher.findUnique({ where: { id: namedId }, select }) : null;
  if (named) return { ...named, isNew: false };
  const byOrcid = mention.orcid ? await tx.researcher.findUnique({ where: { orcid: mention.orcid }, select }) : null;
  if (byOrcid) {
    if (mention.externalId) await ids.link('RESEARCHER', byOrcid.id, mention.externalId, [...field, 'externalId']);
    return { ...byOrcid, isNew: false };
  }
  if (!mention.nameEn || !mention.careerStage) refuse('INVALID_VALUE', 'A researcher not known yet needs nameEn and careerStage.', field);
  const { id, organizationId, careerStage, degreeYear } = writer.insert('Researcher', {
    nameEn: mention.nameEn,
    nameJa: mention.nameJa,
    orcid: mention.orcid,
    careerStage: mention.careerStage,
    degreeYear: mention.degreeYear,
    organizationId: mention.organization ? await organizationOf(scope, mention.organization, [...field, 'organization']) : null,
  });
  const created = { id, organizationId, careerStage, degreeYear };
  writer.record({ recordType: 'RESEARCHER', recordId: created.id, version: 1, callId: null, before: null, after: { ...mention, ...created } });
  if (mention.externalId) ids.name('RESEARCHER', created.id, mention.externalId);
  return { ...created, isNew: true };
}

/** The proposal of the batch's call the agency calls `externalId`. */
async function proposalOf(scope: Scope, externalId: string, field: string[]) {
  const id = scope.ids.recordIdOf('PROPOSAL', externalId);
  const proposal = id ? await proposalToWrite(scope.writer, id, field) : null;
  if (!proposal || proposal.callId !== scope.callId) return notFound(`proposal ${externalId} in this call`, field);
  return proposal;
}

async function projectOf(scope: Scope, proposalExternalId: string) {
  const proposal = await proposalOf(scope, proposalExternalId, ['proposalExternalId']);
  // Projects loaded up front; one adopted during the batch is looked up.
  const project = scope.projects.get(proposal.id) ?? (await scope.writer.tx.project.findUnique({ where: { proposalId: proposal.id }, select: { id: true } }))?.id;
  return project ?? refuse('INVALID_TRANSITION', `Proposal ${proposalExternalId} has no project: it has not been adopted.`, ['proposalExternalId']);
}

/** The version to update with: the one sent, or the current one (then a real change is refused below). */
const versionFor = (record: Keyed, current: { version: number }) => record.version ?? current.version;

async function applyProposal(scope: Scope, record: Extract<SyncRecord, { type: 'PROPOSAL' }>): Promise<Applied> {
  const { writer, callId, ids } = scope;
  const { tx } = writer;
  const field = await writer.memo(`field-code:${record.fieldCode}`, () => tx.researchField.findUnique({ where: { code: record.fieldCode }, select: { id: true } }));
  if (!field) notFound(`research field with code ${record.fieldCode}`, ['fieldCode']);
  let partnerCountryIds: string[] | undefined;
  if (record.partnerCountryCodes) {
    // In turn: they share the transaction's connection, which runs one query at a time.
    partnerCountryIds = [];
    for (const [i, code] of record.partnerCountryCodes.entries()) partnerCountryIds.push(await countryIdOf(scope, code, ['partnerCountryCodes', String(i)]));
  }
  const content = {
    fieldId: field.id,
    titleEn: record.titleEn,
    titleJa: record.titleJa,
    abstractEn: record.abstractEn,
    abstractJa: record.abstractJa,
    plannedPeriodMonths: record.plannedPeriodMonths,
    partnerCountryIds,
  };
  if (ids.recordIdOf('PROPOSAL', record.externalId)) {
    const current = await proposalOf(scope, record.externalId, ['externalId']);
    const updated = await updateProposal(writer, { ...content, id: current.id, version: versionFor(record, current) });
    return { recordId: updated.id, version: updated.version, created: false };
  }
  const leadOrganizationId = await organizationOf(scope, record.leadOrganization, ['leadOrganization']);
  const created = await createProposal(writer, { ...content, callId, leadOrganizationId });
  ids.name('PROPOSAL', created.id, record.externalId);
  return { recordId: created.id, version: created.version, created: true };
}

/**
 * A partner agency reports the partner side only: a researcher affiliated in Japan (by their
 * record, or by the affiliation given for the team) is refused, whoever named them and however
 * (our id, ORCID), so that no agency places, and so reads, a Japan-side researcher.
 */
async function assertOutsideJapan(scope: Scope, researcher: { organizationId: string | null }, organizationId: string): Promise<void> {
  const { writer } = scope;
  const ids = [...new Set([researcher.organizationId, organizationId].filter((id): id is string => id !== null))];
  let inJapan = false;
  for (const id of ids) inJapan ||= await isOrganizationInJapan(writer, id);
  if (inJapan) {
    refuse('AFFILIATED_IN_JAPAN', 'A partner agency places on the partner side only researchers affiliated outside Japan.', ['researcher']);
  }
}

/** The partner side's members: the agency reports them, on a proposal or on its project. */
async function applyTeamMember(scope: Scope, record: Extract<SyncRecord, { type: 'TEAM_MEMBER' }>): Promise<Applied> {
  const { writer, callId, ids } = scope;
  const { tx } = writer;
  if (teamSideOf(record.role) !== 'PARTNER') refuse('INVALID_VALUE', 'A partner agency reports the partner side of the team.', ['role']);
  const proposal = await proposalOf(scope, record.proposalExternalId, ['proposalExternalId']);
  const researcher = await researcherOf(scope, record.researcher, ['researcher']);
  const organizationId = record.organization
    ? await organizationOf(scope, record.organization, ['organization'])
    : researcher.organizationId ?? refuse('INVALID_VALUE', 'The researcher has no affiliation on record: give organization.', ['organization']);
  await assertOutsideJapan(scope, researcher, organizationId);
  checkDegreeYear(writer, record.researcher.degreeYear, ['researcher', 'degreeYear']);
  if (proposal.status === 'ADOPTED') {
    await assertPartnerLeadAllowed(tx, callId, { role: record.role, organizationId, hasLetterOfIntent: !!record.letterOfIntent }, {
      organization: record.organization ? ['organization'] : ['researcher'],
      letterOfIntent: ['letterOfIntent'],
    });
  }
  const existingId = ids.recordIdOf('TEAM_MEMBER', record.externalId);
  const before = existingId ? await tx.teamMember.findUniqueOrThrow({ where: { id: existingId } }) : undefined;
  const data = {
    // The mention's career stage and degree year are the agency's declaration for the application.
    ...teamDeclaration(writer, record.researcher, before, researcher),
    role: record.role,
    side: 'PARTNER' as const,
    organizationId,
    travelsToPartner: record.travelsToPartner ?? false,
    joinedOn: record.joinedOn ?? null,
    letterOfIntentReceivedOn: record.letterOfIntent?.receivedOn ?? null,
    letterOfIntentProgram: record.letterOfIntent?.program ?? null,
    letterOfIntentReference: record.letterOfIntent?.reference ?? null,
  };
  if (before) {
    if (before.proposalId !== proposal.id || before.researcherId !== researcher.id) {
      refuse('INVALID_VALUE', 'A team member stays on its proposal and researcher: send a new external id for another.', ['externalId']);
    }
    checkVersion(before, versionFor(record, before));
    if (changesNothing(before, data)) return { recordId: before.id, version: before.version, created: false };
    const after = await tx.teamMember.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
    writer.record({ recordType: 'TEAM_MEMBER', recordId: after.id, version: after.version, callId, before, after });
    return { recordId: after.id, version: after.version, created: false };
  }
  // A researcher created just now is on no team yet.
  if (!researcher.isNew && (await tx.teamMember.count({ where: { proposalId: proposal.id, researcherId: researcher.id } }))) {
    refuse('ALREADY_EXISTS', 'The researcher is already on the team.', ['researcher']);
  }
  const created = writer.insert('TeamMember', { ...data, proposalId: proposal.id, researcherId: researcher.id });
  writer.record({ recordType: 'TEAM_MEMBER', recordId: created.id, version: created.version, callId, before: null, after: created });
  ids.name('TEAM_MEMBER', created.id, record.externalId);
  return { recordId: created.id, version: created.version, created: true };
}

/** Decisions are made once: sending one again is unchanged, a different one for the same id is refused. */
async function applyDecision(scope: Scope, record: Extract<SyncRecord, { type: 'DECISION' }>): Promise<Applied> {
  const { writer, ids } = scope;
  const { tx } = writer;
  const existingId = ids.recordIdOf('DECISION', record.externalId);
  if (existingId) {
    const made = await tx.decision.findUniqueOrThrow({ where: { id: existingId } });
    if (made.stage !== record.stage || made.result !== record.result) {
      refuse('INVALID_TRANSITION', `Decision ${record.externalId} was ${made.stage} ${made.result}; a decision is not changed.`, ['result']);
    }
    return { recordId: made.id, version: made.version, created: false };
  }
  const proposal = await proposalOf(scope, record.proposalExternalId, ['proposalExternalId']);
  await decideProposal(writer, { ...record, id: proposal.id, version: proposal.version });
  const made = await tx.decision.findUniqueOrThrow({ where: { proposalId_stage: { proposalId: proposal.id, stage: record.stage } } });
  ids.name('DECISION', made.id, record.externalId);
  return { recordId: made.id, version: made.version, created: true };
}

async function applyOutcome(scope: Scope, record: Extract<SyncRecord, { type: 'OUTCOME' }>): Promise<Applied> {
  const { writer, ids } = scope;
  const { type: _type, externalId, version: _version, proposalExternalId, ...content } = record;
  const projectId = await projectOf(scope, proposalExternalId);
  const existingId = ids.recordIdOf('OUTCOME', externalId);
  if (existingId) {
    const current = await writer.tx.outcome.findUniqueOrThrow({ where: { id: existingId } });
    if (current.projectId !== projectId) refuse('INVALID_VALUE', 'An outcome stays on its project.', ['proposalExternalId']);
    const updated = await updateOutcome(writer, { ...content, id: existingId, version: versionFor(record, current) });
    return { recordId: updated.id, version: updated.version, created: false };
  }
  const created = await reportOutcome(writer, { ...content, projectId });
  ids.name('OUTCOME', created.id, externalId);
  return { recordId: created.id, version: created.version, created: true };
}

async function applyMobility(scope: Scope, record: Extract<SyncRecord, { type: 'MOBILITY' }>): Promise<Applied> {
  const { writer, ids } = scope;
  const projectId = await projectOf(scope, record.proposalExternalId);
  const researcher = await researcherOf(scope, record.researcher, ['researcher']);
  const content = {
    researcherId: researcher.id,
    direction: record.direction,
    countryId: await countryIdOf(scope, record.countryCode, ['countryCode']),
    startsOn: record.startsOn,
    endsOn: record.endsOn,
    purpose: record.purpose,
  };
  const existingId = ids.recordIdOf('MOBILITY', record.externalId);
  if (existingId) {
    const current = await writer.tx.mobility.findUniqueOrThrow({ where: { id: existingId } });
    if (current.projectId !== projectId) refuse('INVALID_VALUE', 'A mobility record stays on its project.', ['proposalExternalId']);
    const updated = await updateMobility(writer, { ...content, id: existingId, version: versionFor(record, current) });
    return { recordId: updated.id, version: updated.version, created: false };
  }
  const created = await reportMobility(writer, { ...content, projectId });
  ids.name('MOBILITY', created.id, record.externalId);
  return { recordId: created.id, version: created.version, created: true };
}

function apply(scope: Scope, record: SyncRecord): Promise<Applied> {
  switch (record.type) {
    case 'PROPOSAL':
      return applyProposal(scope, record);
    case 'TEAM_MEMBER':
      return applyTeamMember(scope, record);
    case 'DECISION':
      return applyDecision(scope, record);
    case 'OUTCOME':
      return applyOutcome(scope, record);
    case 'MOBILITY':
      return applyMobility(scope, record);
  }
}

/**
 * Locks and reads, in a few statements, the existing proposals the batch names and the projects of
 * those it reports on, so that its records find them held (Writer.lockedRow) instead of each
 * locking and reading them again. Returns each such proposal's project id.
 */
async function lockNamed(writer: Writer, ids: AgencyIds, records: readonly SyncRecord[]): Promise<Map<string, string>> {
  const { tx } = writer;
  const proposalIdOf = (externalId: string) => ids.recordIdOf('PROPOSAL', externalId) ?? [];
  const proposalIds = records.flatMap((r) => proposalIdOf('proposalExternalId' in r ? r.proposalExternalId : r.type === 'PROPOSAL' ? r.externalId : ''));
  await writer.lockRows('PROPOSAL', proposalIds, (wanted) => tx.proposal.findMany({ where: { id: { in: wanted } } }));
  const reported = records.flatMap((r) => (r.type === 'OUTCOME' || r.type === 'MOBILITY' ? proposalIdOf(r.proposalExternalId) : []));
  const projects = reported.length ? await tx.project.findMany({ where: { proposalId: { in: reported } }, select: { id: true, proposalId: true } }) : [];
  await lockProjects(writer, projects.map((p) => p.id));
  return new Map(projects.map((p) => [p.proposalId, p.id]));
}

/**
 * Applies a batch for the joint call `callId`, record by record in order (a record may name one
 * sent earlier in the same batch). `fieldOf(i)` is where record i sits in the input, for paths.
 */
export async function syncBatch(
  writer: Writer,
  agencyId: string,
  callId: string,
  records: readonly SyncRecord[],
  fieldOf: (index: number) => string[],
): Promise<SyncResult[]> {
  await assertMayManageCall(writer, callId, ['callId']);
  const named = records.flatMap(namedBy);
  const ids = await AgencyIds.load(writer, agencyId, named);
  await loadOrganizations(writer, named.flatMap(([entity, externalId]) => (entity === 'ORGANIZATION' ? ids.recordIdOf(entity, externalId) ?? [] : [])));
  const scope = { writer, callId, ids, projects: await lockNamed(writer, ids, records) };
  const savepoint = 'sync_record';
  const results: SyncResult[] = [];
  // The records run under one savepoint while each is applied (the common case: two statements a
  // batch, not two a record). The first that must leave no trace rolls the run back; the records
  // before it are applied again, as they were, and the rest go each in a savepoint of its own.
  let run: { start: number; mark: Mark; idsMark: number } | null = null;
  let recordByRecord = false;
  for (let index = 0; index < records.length; index++) {
    // Records mostly apply without I/O (new rows are held, repeated reads memoised), so a batch
    // would hold the event loop for its whole run: other requests get a turn every few records.
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    if (recordByRecord) await writer.savepoint(savepoint);
    else if (!run) {
      await writer.savepoint(savepoint);
      run = { start: index, mark: writer.mark(), idsMark: ids.mark() };
    }
    const attempt = await attemptRecord(scope, records, index, fieldOf);
    if (attempt.kept) {
      if (recordByRecord) await writer.releaseSavepoint(savepoint);
      results.push(attempt.result);
      continue;
    }
    await writer.rollbackToSavepoint(savepoint, run ? run.mark : attempt.mark);
    if (run) {
      ids.rollbackTo(run.idsMark);
      results.splice(run.start);
      for (let again = run.start; again < index; again++) {
        const replayed = await attemptRecord(scope, records, again, fieldOf);
        // Applied from the same state as before, a record cannot fail now: if it does, the batch does.
        if (!replayed.kept) throw new Error(`Sync record ${again} applied once but not again`);
        results.push(replayed.result);
      }
      await writer.releaseSavepoint(savepoint);
      run = null;
      recordByRecord = true;
    } else {
      ids.rollbackTo(attempt.idsMark);
    }
    results.push(await attempt.result());
  }
  if (run) await writer.releaseSavepoint(savepoint);
  ids.write();
  return results;
}

type Attempt =
  | { kept: true; result: SyncResult }
  /** Once the record's writes are rolled back (to `mark`), `result` says why it left no trace. */
  | { kept: false; mark: Mark; idsMark: number; result: () => Promise<SyncResult> };

/** Applies one record; a record that is rejected or changes nothing is to be rolled back by the caller. */
async function attemptRecord(scope: Scope, records: readonly SyncRecord[], index: number, fieldOf: (index: number) => string[]): Promise<Attempt> {
  const { writer, ids } = scope;
  const record = records[index]!;
  const mark = writer.mark();
  const idsMark = ids.mark();
  // The answer is stored as JSON, which cannot hold what the record's own id may hold.
  const result = { index, type: record.type, externalId: storable(record.externalId) };
  try {
    const fault = findTextFault(record);
    if (fault) refuse('INVALID_VALUE', `This text ${fault.fault}.`, fault.path);
    const applied = await apply(scope, record);
    const changed = writer.changedSince(mark);
    if (changed && record.version == null && !applied.created) {
      refuse('VERSION_REQUIRED', 'This changes a record you synced before: send the version you last read.', ['version']);
    }
    if (changed) {
      return { kept: true, result: { ...result, status: applied.created ? 'CREATED' : 'UPDATED', recordId: applied.recordId, version: applied.version, userErrors: [] } };
    }
    // An update that changed nothing may still have bumped a version: it is undone, and the version read after.
    return {
      kept: false,
      mark,
      idsMark,
      result: async () => {
        const version = applied.created ? applied.version : await currentVersion(writer, record.type, applied.recordId);
        return { ...result, status: 'UNCHANGED', recordId: applied.recordId, version, userErrors: [] };
      },
    };
  } catch (error) {
    if (!(error instanceof UserFailure)) throw error;
    const userErrors = error.userErrors.map((e) => ({ ...e, field: [...fieldOf(index), ...e.field] }));
    return { kept: false, mark, idsMark, result: async () => ({ ...result, status: 'REJECTED', recordId: null, version: null, userErrors }) };
  }
}

async function currentVersion(writer: Writer, type: SyncedEntity, id: string): Promise<number | null> {
  const where = { where: { id }, select: { version: true } } as const;
  const { tx } = writer;
  const row = await {
    PROPOSAL: () => tx.proposal.findUnique(where),
    TEAM_MEMBER: () => tx.teamMember.findUnique(where),
    DECISION: () => tx.decision.findUnique(where),
    OUTCOME: () => tx.outcome.findUnique(where),
    MOBILITY: () => tx.mobility.findUnique(where),
    CALL: () => tx.call.findUnique(where),
    ORGANIZATION: () => tx.organization.findUnique(where),
    RESEARCHER: () => tx.researcher.findUnique(where),
    PROJECT: () => tx.project.findUnique(where),
  }[type]();
  return row?.version ?? null;
}
