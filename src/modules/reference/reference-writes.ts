// Writing reference data: countries, funding agencies, research fields and their phases. Only
// admins write these (the mutations say so); no GraphQL here.
import type { Country, FundingAgency, ResearchField, ResearchFieldPhase } from '../../generated/prisma/client.js';
import { checkVersion, diff, lockRow, type Tx, type Writer } from '../../writes/transaction.js';
import { notFound } from '../../writes/user-errors.js';
import { checkExisting, checkFree, checkRepeats, checkShape, Problems, recordChange } from './write-checks.js';

type Columns<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
export type Update<T> = Partial<T> & { id: string; version: number };

// ───────────── countries ─────────────

export type CountryContent = Columns<Country>;

async function checkCountry(tx: Tx, input: Partial<CountryContent>, selfId?: string): Promise<void> {
  const problems = new Problems();
  checkShape(problems, 'countryCode', input.code, ['code']);
  if (input.code !== undefined) checkFree(problems, await tx.country.findUnique({ where: { code: input.code }, select: { id: true } }), selfId, 'code', ['code']);
  problems.throwIfAny();
}

export async function createCountry(writer: Writer, input: CountryContent): Promise<Country> {
  await checkCountry(writer.tx, input);
  const country = await writer.tx.country.create({ data: input });
  recordChange(writer, 'COUNTRY', null, country);
  return country;
}

export async function updateCountry(writer: Writer, { id, version, ...input }: Update<CountryContent>): Promise<Country> {
  await lockRow(writer.tx, 'Country', id);
  const before = await writer.tx.country.findUnique({ where: { id } });
  if (!before) notFound('country', ['id']);
  checkVersion(before, version);
  await checkCountry(writer.tx, input, id);
  const after = await writer.tx.country.update({ where: { id }, data: { ...input, version: { increment: 1 } } });
  recordChange(writer, 'COUNTRY', before, after);
  return after;
}

// ───────────── funding agencies ─────────────

export type AgencyContent = Columns<FundingAgency>;

/** Whether making `parentId` the parent of `agencyId` would close a loop (UKRI ⊃ BBSRC ⊃ UKRI). */
async function makesLoop(tx: Tx, agencyId: string, parentId: string): Promise<boolean> {
  for (let at: string | null = parentId, steps = 0; at && steps < 100; steps++) {
    if (at === agencyId) return true;
    at = (await tx.fundingAgency.findUnique({ where: { id: at }, select: { parentId: true } }))?.parentId ?? null;
  }
  return false;
}

async function checkAgency(tx: Tx, input: Partial<AgencyContent>, selfId?: string): Promise<void> {
  const problems = new Problems();
  const holder = (where: { code: string } | { rorId: string } | { crossrefFunderId: string }) => tx.fundingAgency.findUnique({ where, select: { id: true } });
  checkShape(problems, 'code', input.code, ['code']);
  checkShape(problems, 'ror', input.rorId, ['rorId']);
  checkShape(problems, 'crossrefFunderId', input.crossrefFunderId, ['crossrefFunderId']);
  checkShape(problems, 'url', input.website, ['website']);
  if (input.code != null) checkFree(problems, await holder({ code: input.code }), selfId, 'code', ['code']);
  if (input.rorId != null) checkFree(problems, await holder({ rorId: input.rorId }), selfId, 'ROR id', ['rorId']);
  if (input.crossrefFunderId != null) checkFree(problems, await holder({ crossrefFunderId: input.crossrefFunderId }), selfId, 'Crossref funder id', ['crossrefFunderId']);
  await checkExisting(problems, 'country', [{ id: input.countryId, field: ['countryId'] }], (ids) => tx.country.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  await checkExisting(problems, 'funding agency', [{ id: input.parentId, field: ['parentId'] }], (ids) => tx.fundingAgency.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  if (selfId && input.parentId && (await makesLoop(tx, selfId, input.parentId))) {
    problems.add('INVALID_VALUE', 'An agency cannot belong to itself or to one of the agencies that belong to it.', ['parentId']);
  }
  problems.throwIfAny();
}

export async function createFundingAgency(writer: Writer, input: Partial<AgencyContent> & Pick<AgencyContent, 'code' | 'nameEn' | 'countryId'>): Promise<FundingAgency> {
  await checkAgency(writer.tx, input);
  const agency = await writer.tx.fundingAgency.create({ data: input });
  recordChange(writer, 'FUNDING_AGENCY', null, agency);
  return agency;
}

export async function updateFundingAgency(writer: Writer, { id, version, ...input }: Update<AgencyContent>): Promise<FundingAgency> {
  await lockRow(writer.tx, 'FundingAgency', id);
  const before = await writer.tx.fundingAgency.findUnique({ where: { id } });
  if (!before) notFound('funding agency', ['id']);
  checkVersion(before, version);
  await checkAgency(writer.tx, input, id);
  const after = await writer.tx.fundingAgency.update({ where: { id }, data: { ...input, version: { increment: 1 } } });
  recordChange(writer, 'FUNDING_AGENCY', before, after);
  return after;
}

// ───────────── research fields ─────────────

export type PhaseContent = Omit<Columns<ResearchFieldPhase>, 'fieldId'>;
export type FieldContent = Columns<ResearchField> & {
  /** Replaces the phases when given; a phase keeps its record when its number stays. */
  phases?: readonly PhaseContent[];
};

/** The field and its phases, as the audit trail records it. */
async function fieldRecord(tx: Tx, id: string) {
  return tx.researchField.findUniqueOrThrow({
    where: { id },
    include: {
      phases: {
        select: { phase: true, fromFiscalYear: true, toFiscalYear: true, nameJa: true, nameEn: true, scopeJa: true, scopeEn: true, examplesJa: true, examplesEn: true },
        orderBy: { phase: 'asc' },
      },
    },
  });
}

function checkPhases(problems: Problems, phases: readonly PhaseContent[] | undefined): void {
  checkRepeats(problems, phases, (p) => String(p.phase), 'phases', 'This phase');
  (phases ?? []).forEach((p, i) => {
    if (p.toFiscalYear !== null && p.toFiscalYear < p.fromFiscalYear) {
      problems.add('DATES_OUT_OF_ORDER', 'The phase ends before it starts.', ['phases', String(i), 'toFiscalYear']);
    }
  });
  // A call's fiscal year must find one phase: their years may not overlap.
  const byStart = [...(phases ?? [])].sort((a, b) => a.fromFiscalYear - b.fromFiscalYear);
  byStart.slice(1).forEach((p, i) => {
    const previous = byStart[i]!;
    if (previous.toFiscalYear === null || previous.toFiscalYear >= p.fromFiscalYear) {
      problems.add('INVALID_VALUE', `Phase ${p.phase} starts before phase ${previous.phase} ends.`, ['phases', String(phases!.indexOf(p)), 'fromFiscalYear']);
    }
  });
}

async function checkField(tx: Tx, input: Partial<FieldContent>, selfId?: string): Promise<void> {
  const problems = new Problems();
  checkShape(problems, 'code', input.code, ['code']);
  if (input.code !== undefined) checkFree(problems, await tx.researchField.findUnique({ where: { code: input.code }, select: { id: true } }), selfId, 'code', ['code']);
  checkPhases(problems, input.phases);
  problems.throwIfAny();
}

async function writePhases(tx: Tx, fieldId: string, phases: readonly PhaseContent[]): Promise<void> {
  const stored = new Map((await tx.researchFieldPhase.findMany({ where: { fieldId } })).map((p) => [p.phase, p]));
  await tx.researchFieldPhase.deleteMany({ where: { fieldId, phase: { notIn: phases.map((p) => p.phase) } } });
  for (const phase of phases) {
    const match = stored.get(phase.phase);
    if (!match) await tx.researchFieldPhase.create({ data: { ...phase, fieldId } });
    else if (Object.keys(diff(match, { ...match, ...phase })).length) {
      await tx.researchFieldPhase.update({ where: { id: match.id }, data: { ...phase, version: { increment: 1 } } });
    }
  }
}

export async function createResearchField(writer: Writer, input: Partial<FieldContent> & Pick<FieldContent, 'code'>): Promise<ResearchField> {
  const { tx } = writer;
  await checkField(tx, input);
  const { phases, ...columns } = input;
  const field = await tx.researchField.create({ data: columns });
  if (phases) await writePhases(tx, field.id, phases);
  recordChange(writer, 'RESEARCH_FIELD', null, await fieldRecord(tx, field.id));
  return field;
}

export async function updateResearchField(writer: Writer, { id, version, ...input }: Update<FieldContent>): Promise<ResearchField> {
  const { tx } = writer;
  await lockRow(tx, 'ResearchField', id);
  const current = await tx.researchField.findUnique({ where: { id } });
  if (!current) notFound('research field', ['id']);
  checkVersion(current, version);
  await checkField(tx, input, id);
  const before = await fieldRecord(tx, id);
  const { phases, ...columns } = input;
  const field = await tx.researchField.update({ where: { id }, data: { ...columns, version: { increment: 1 } } });
  if (phases) await writePhases(tx, id, phases);
  recordChange(writer, 'RESEARCH_FIELD', before, await fieldRecord(tx, id));
  return field;
}
