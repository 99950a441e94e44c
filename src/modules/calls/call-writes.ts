// Writing a call: its own columns and the lists that belong to it alone (eligible fields and
// countries, agencies, schedule). No GraphQL here: the mutations and any sync write through these.
import type { Call, CallAgencyRole, CallMilestone, DatePrecision, MilestoneKind, TeamSide } from '../../generated/prisma/client.js';
import { CALL_RULE_NAMES, contradictions, overridesToStore, type CallKey, type CallRuleOverrides } from '../../domain/program-rules.js';
import type { RuleViolation } from '../../domain/proposal-rules.js';
import type { Written } from '../../schema/mutations.js';
import { checkVersion, diff, lockRow, type Tx, type Writer } from '../../writes/transaction.js';
import { overridesOf, rulesOf } from './call-rules.js';
import { assertMayManageCall } from '../../writes/tenancy.js';
import { notFound, refuse } from '../../writes/user-errors.js';
import { checkExisting, checkFree, checkRepeats, checkShape, given, pathOf, Problems } from '../reference/write-checks.js';

/** The columns a write sets; everything but the bookkeeping ones. */
export type CallColumns = Omit<Call, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export interface MilestoneContent {
  kind: MilestoneKind;
  side?: TeamSide | null;
  startsAt: Date;
  endsAt?: Date | null;
  precision?: DatePrecision | null;
  timeZone: string;
  noteJa?: string | null;
  noteEn?: string | null;
}

export interface CallContent extends Partial<CallColumns> {
  /** Lists replace what is stored when given; left out, they stay as they are. */
  eligibleFieldIds?: readonly string[];
  eligibleCountryIds?: readonly string[];
  agencies?: readonly { agencyId: string; role: CallAgencyRole }[];
  milestones?: readonly MilestoneContent[];
}

const MILESTONE_COLUMNS = {
  id: true,
  kind: true,
  side: true,
  startsAt: true,
  endsAt: true,
  precision: true,
  timeZone: true,
  noteJa: true,
  noteEn: true,
} as const;

/** The call and the lists that belong to it alone, as the audit trail records it. */
export async function callRecord(tx: Tx, id: string) {
  const call = await tx.call.findUniqueOrThrow({
    where: { id },
    include: {
      fields: { select: { fieldId: true }, orderBy: { fieldId: 'asc' } },
      countries: { select: { countryId: true }, orderBy: { countryId: 'asc' } },
      agencies: { select: { agencyId: true, role: true }, orderBy: { agencyId: 'asc' } },
      milestones: { select: MILESTONE_COLUMNS, orderBy: [{ startsAt: 'asc' }, { kind: 'asc' }, { id: 'asc' }] },
    },
  });
  const { fields, countries, ...row } = call;
  return { ...row, eligibleFieldIds: fields.map((f) => f.fieldId), eligibleCountryIds: countries.map((c) => c.countryId) };
}

type CallRecord = Awaited<ReturnType<typeof callRecord>>;

function recordCall(writer: Writer, before: CallRecord | null, after: CallRecord): void {
  writer.record({ recordType: 'CALL', recordId: after.id, version: after.version, callId: after.id, before, after });
}

/** An IANA zone name (Asia/Tokyo, Europe/London, UTC), not an offset: Intl knows it. */
function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const DAY = (d: Date | null) => d?.getTime() ?? null;

/**
 * What a call may not be, checked on the call as it would be after the write (`next`), so that an
 * update that gives one side of a pair is checked against the stored other side. These are the
 * database's checks, said as errors the caller can act on.
 */
function checkColumns(problems: Problems, input: CallContent, next: CallColumns): void {
  if (next.kind === 'SOLO' && next.track === null) problems.add('INVALID_VALUE', 'A solo call has a track, TOP or RISING.', ['track']);
  if (next.kind === 'JOINT' && next.track !== null) problems.add('INVALID_VALUE', 'A joint call has no track: send track: null.', ['track']);
  // The caps and periods as the call would enforce them: its own over the program's.
  const caps = rulesOf(next).rules;
  if (caps.maxDirectCostYen !== null && caps.maxTotalCostYen !== null && caps.maxTotalCostYen < caps.maxDirectCostYen) {
    problems.add('INVALID_VALUE', 'The cap including indirect cost is below the cap on direct cost.', pathOf(input, 'maxDirectCostYen', 'maxTotalCostYen'));
  }
  if (caps.minPeriodMonths !== null && caps.maxPeriodMonths !== null && caps.minPeriodMonths > caps.maxPeriodMonths) {
    problems.add('INVALID_VALUE', 'The shortest period is longer than the longest.', pathOf(input, 'minPeriodMonths', 'maxPeriodMonths'));
  }
  if (next.publishedProposalCount !== null && next.publishedAdoptionCount !== null && next.publishedAdoptionCount > next.publishedProposalCount) {
    problems.add('INVALID_VALUE', 'More adoptions than proposals.', pathOf(input, 'publishedProposalCount', 'publishedAdoptionCount'));
  }
  checkShape(problems, 'code', input.code, ['code']);
  checkShape(problems, 'currency', input.partnerCurrency, ['partnerCurrency']);
  if (next.partnerMaxAmount !== null && next.partnerCurrency === null) {
    problems.add('INVALID_VALUE', 'The partner side’s cap needs its currency.', ['partnerCurrency']);
  }
  const starts = DAY(next.supportStartsOn);
  for (const end of ['japanSideEndsOn', 'partnerSideEndsOn'] as const) {
    if (starts !== null && DAY(next[end]) !== null && DAY(next[end])! < starts) {
      problems.add('DATES_OUT_OF_ORDER', 'A side’s support ends before support starts.', pathOf(input, 'supportStartsOn', end));
    }
  }
  const japanEnds = DAY(next.japanSideEndsOn) ?? starts;
  if (japanEnds !== null && DAY(next.mobilityExtensionEndsOn) !== null && DAY(next.mobilityExtensionEndsOn)! < japanEnds) {
    problems.add('DATES_OUT_OF_ORDER', 'The extension for mobility ends before the Japan side’s support.', pathOf(input, 'japanSideEndsOn', 'mobilityExtensionEndsOn'));
  }
}

function checkMilestones(problems: Problems, milestones: readonly MilestoneContent[] | undefined): void {
  (milestones ?? []).forEach((m, i) => {
    const at = (field: string) => ['milestones', String(i), field];
    if (m.endsAt && m.endsAt < m.startsAt) problems.add('DATES_OUT_OF_ORDER', 'The period ends before it starts.', at('endsAt'));
    if (!isTimeZone(m.timeZone)) problems.add('INVALID_VALUE', `"${m.timeZone}" is not an IANA time zone such as Asia/Tokyo.`, at('timeZone'));
  });
}

/** The lists: ids that name something, nothing twice, agencies in roles the call's kind allows. */
async function checkLists(writer: Writer, problems: Problems, input: CallContent, kind: Call['kind'], storedAgencies: readonly { role: CallAgencyRole }[]) {
  const { tx } = writer;
  const select = { id: true } as const;
  const listed = (path: string, ids: readonly string[] | undefined) => (ids ?? []).map((id, i) => ({ id, field: [path, String(i)] }));
  checkRepeats(problems, input.eligibleFieldIds, (id) => id, 'eligibleFieldIds', 'This research field');
  checkRepeats(problems, input.eligibleCountryIds, (id) => id, 'eligibleCountryIds', 'This country');
  checkRepeats(problems, input.agencies, (a) => a.agencyId, 'agencies', 'This agency');
  await checkExisting(problems, 'research field', listed('eligibleFieldIds', input.eligibleFieldIds), (ids) => tx.researchField.findMany({ where: { id: { in: ids } }, select }));
  await checkExisting(problems, 'country', listed('eligibleCountryIds', input.eligibleCountryIds), (ids) => tx.country.findMany({ where: { id: { in: ids } }, select }));
  const agencies = input.agencies ?? [];
  await checkExisting(problems, 'funding agency', agencies.map((a, i) => ({ id: a.agencyId, field: ['agencies', String(i), 'agencyId'] })), (ids) => tx.fundingAgency.findMany({ where: { id: { in: ids } }, select }));
  if (kind === 'SOLO') {
    // A partner agency co-runs joint calls only.
    (input.agencies ?? storedAgencies).forEach((a, i) => {
      if (a.role === 'PARTNER') problems.add('INVALID_VALUE', 'A solo call has no partner agency.', input.agencies ? ['agencies', String(i), 'role'] : ['kind']);
    });
  }
  checkMilestones(problems, input.milestones);
}

/**
 * A partner agency writes only joint calls it co-runs, as a partner, and may not write itself out
 * of one (it would lose the call it is writing). Staff write any call.
 */
function checkAgencyTenancy(writer: Writer, input: CallContent, kind: Call['kind'], creating: boolean): void {
  const { tenant } = writer.actor;
  if (tenant.role === 'STAFF') return;
  if (tenant.role !== 'AGENCY') refuse('NOT_PERMITTED', 'Only JST staff and the partner agencies of a joint call manage it.', []);
  if (kind !== 'JOINT') refuse('NOT_PERMITTED', 'A partner agency manages joint calls only.', ['kind']);
  const agencies = input.agencies;
  if (agencies === undefined && !creating) return;
  if (!agencies?.some((a) => a.agencyId === tenant.agencyId && a.role === 'PARTNER')) {
    refuse('NOT_PERMITTED', 'A partner agency lists itself among the call’s agencies, as PARTNER.', ['agencies']);
  }
}

/** What a new call holds where the input says nothing: the nullable columns start empty. */
const CREATE_DEFAULTS: Partial<Record<keyof CallColumns, null>> = {
  track: null,
  maxDirectCostYen: null,
  maxTotalCostYen: null,
  partnerMaxAmount: null,
  partnerCurrency: null,
  minPeriodMonths: null,
  maxPeriodMonths: null,
  supportStartsOn: null,
  japanSideEndsOn: null,
  partnerSideEndsOn: null,
  mobilityExtensionEndsOn: null,
  publishedProposalCount: null,
  publishedAdoptionCount: null,
};

function columnsOf(input: CallContent): Partial<CallColumns> {
  const { eligibleFieldIds: _fields, eligibleCountryIds: _countries, agencies: _agencies, milestones: _milestones, ...columns } = input;
  return columns;
}

async function checkCall(writer: Writer, input: CallContent, current: (Call & { agencies: { role: CallAgencyRole }[] }) | null): Promise<void> {
  const next = { ...CREATE_DEFAULTS, ...current, ...given(columnsOf(input)) } as CallColumns;
  checkAgencyTenancy(writer, input, next.kind, current === null);
  const problems = new Problems();
  if (input.code !== undefined) checkFree(problems, await writer.tx.call.findUnique({ where: { code: input.code }, select: { id: true } }), current?.id, 'code', ['code']);
  checkColumns(problems, input, next);
  await checkLists(writer, problems, input, next.kind, current?.agencies ?? []);
  problems.throwIfAny();
}

const milestoneKey = (m: { kind: MilestoneKind; side?: TeamSide | null }) => `${m.kind}/${m.side ?? ''}`;

function milestoneData(m: MilestoneContent) {
  return {
    kind: m.kind,
    side: m.side ?? null,
    startsAt: m.startsAt,
    endsAt: m.endsAt ?? null,
    precision: m.precision ?? 'MINUTE',
    timeZone: m.timeZone,
    noteJa: m.noteJa ?? null,
    noteEn: m.noteEn ?? null,
  } satisfies Partial<CallMilestone>;
}

/**
 * Makes the schedule what the input lists. A milestone of the same kind and side keeps its record
 * (and so its id) when it moves; the others are removed or added.
 */
async function writeMilestones(tx: Tx, callId: string, milestones: readonly MilestoneContent[]): Promise<void> {
  const stored = await tx.callMilestone.findMany({ where: { callId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
  const byKey = new Map<string, CallMilestone[]>();
  for (const m of stored) byKey.set(milestoneKey(m), [...(byKey.get(milestoneKey(m)) ?? []), m]);
  const plan = milestones.map((m) => ({ data: milestoneData(m), match: byKey.get(milestoneKey(m))?.shift() }));
  const kept = plan.flatMap((p) => (p.match ? [p.match.id] : []));
  await tx.callMilestone.deleteMany({ where: { callId, id: { notIn: kept } } });
  for (const { data, match } of plan) {
    if (!match) await tx.callMilestone.create({ data: { ...data, callId } });
    else if (Object.keys(diff(match, { ...match, ...data })).length) {
      await tx.callMilestone.update({ where: { id: match.id }, data: { ...data, version: { increment: 1 } } });
    }
  }
}

async function writeLists(tx: Tx, callId: string, input: CallContent): Promise<void> {
  if (input.eligibleFieldIds) {
    await tx.callField.deleteMany({ where: { callId } });
    await tx.callField.createMany({ data: input.eligibleFieldIds.map((fieldId) => ({ callId, fieldId })) });
  }
  if (input.eligibleCountryIds) {
    await tx.callCountry.deleteMany({ where: { callId } });
    await tx.callCountry.createMany({ data: input.eligibleCountryIds.map((countryId) => ({ callId, countryId })) });
  }
  if (input.agencies) {
    await tx.callAgency.deleteMany({ where: { callId } });
    await tx.callAgency.createMany({ data: input.agencies.map((a) => ({ callId, agencyId: a.agencyId, role: a.role })) });
  }
  if (input.milestones) await writeMilestones(tx, callId, input.milestones);
}

/**
 * The call stores a rule only where it differs from the program's table for its fiscal year,
 * kind and track (src/domain/program-rules.ts); null sends a rule back to the program's.
 */
function storedRules(input: CallContent, key: CallKey): Partial<CallColumns> {
  const wanted = Object.fromEntries(CALL_RULE_NAMES.filter((name) => input[name] !== undefined).map((name) => [name, input[name]]));
  return overridesToStore(wanted as CallRuleOverrides, key) as Partial<CallColumns>;
}

/** Warnings for every rule the call now states against the program's table; they do not block. */
function contradictionWarnings(call: Call): RuleViolation[] {
  return contradictions(overridesOf(call), call).map(({ rule, message }) => ({
    code: 'CALL_RULE_CONTRADICTS_PROGRAM',
    severity: 'WARNING',
    field: [rule],
    message,
  }));
}

export async function createCall(writer: Writer, input: CallContent & Pick<CallColumns, 'code' | 'titleEn' | 'kind' | 'fiscalYear'>): Promise<Written<Call>> {
  const { tx } = writer;
  await checkCall(writer, input, null);
  const key = { kind: input.kind, track: input.track ?? null, fiscalYear: input.fiscalYear };
  const call = await tx.call.create({
    data: { ...columnsOf(input), ...storedRules(input, key), code: input.code, titleEn: input.titleEn, kind: input.kind, fiscalYear: input.fiscalYear },
  });
  await writeLists(tx, call.id, input);
  recordCall(writer, null, await callRecord(tx, call.id));
  return { result: call, warnings: contradictionWarnings(call) };
}

export async function updateCall(writer: Writer, input: CallContent & { id: string; version: number }): Promise<Written<Call>> {
  const { tx } = writer;
  const { id, version, ...content } = input;
  await lockRow(tx, 'Call', id);
  const current = await tx.call.findUnique({ where: { id }, include: { agencies: { select: { role: true } } } });
  if (!current) notFound('call', ['id']);
  await assertMayManageCall(writer, id, ['id']);
  checkVersion(current, version);
  await checkCall(writer, content, current);
  const before = await callRecord(tx, id);
  const key = { kind: content.kind ?? current.kind, track: content.track === undefined ? current.track : content.track, fiscalYear: content.fiscalYear ?? current.fiscalYear };
  await tx.call.update({ where: { id }, data: { ...columnsOf(content), ...storedRules(content, key), version: { increment: 1 } } });
  await writeLists(tx, id, content);
  recordCall(writer, before, await callRecord(tx, id));
  const call = await tx.call.findUniqueOrThrow({ where: { id } });
  return { result: call, warnings: contradictionWarnings(call) };
}
