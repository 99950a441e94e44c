// Writing the program's indicators and their reported actuals (admins only; no GraphQL here).
// An actual belongs to its indicator: the audit trail records the indicator with its actuals, and
// a change to an actual is a change of the indicator (its version moves too).
import type { Indicator, IndicatorActual } from '../../generated/prisma/client.js';
import { checkVersion, lockRow, type Tx, type Writer } from '../../writes/transaction.js';
import { notFound, refuse } from '../../writes/user-errors.js';
import { checkFree, checkShape, given, Problems, recordChange } from '../reference/write-checks.js';

type Columns<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
export type IndicatorContent = Columns<Indicator>;
export type ActualContent = Omit<Columns<IndicatorActual>, 'indicatorId'>;

/** The indicator and its actuals, as the audit trail records it. */
async function indicatorRecord(tx: Tx, id: string) {
  return tx.indicator.findUniqueOrThrow({
    where: { id },
    include: {
      actuals: {
        select: { id: true, value: true, qualitativeEn: true, qualitativeJa: true, scopeEn: true, scopeJa: true, reportedOn: true, sourceEn: true },
        orderBy: [{ reportedOn: 'asc' }, { id: 'asc' }],
      },
    },
  });
}

async function checkIndicator(tx: Tx, input: Partial<IndicatorContent>, selfId?: string): Promise<void> {
  const problems = new Problems();
  checkShape(problems, 'code', input.code, ['code']);
  if (input.code !== undefined) checkFree(problems, await tx.indicator.findUnique({ where: { code: input.code }, select: { id: true } }), selfId, 'code', ['code']);
  problems.throwIfAny();
}

export async function createIndicator(writer: Writer, input: Partial<IndicatorContent> & Omit<IndicatorContent, 'targetValue' | 'targetFiscalYear' | 'unitEn' | 'unitJa' | 'sortOrder'>): Promise<Indicator> {
  await checkIndicator(writer.tx, input);
  const indicator = await writer.tx.indicator.create({ data: input });
  recordChange(writer, 'INDICATOR', null, await indicatorRecord(writer.tx, indicator.id));
  return indicator;
}

export async function updateIndicator(writer: Writer, { id, version, ...input }: Partial<IndicatorContent> & { id: string; version: number }): Promise<Indicator> {
  const { tx } = writer;
  await lockRow(tx, 'Indicator', id);
  const current = await tx.indicator.findUnique({ where: { id } });
  if (!current) notFound('indicator', ['id']);
  checkVersion(current, version);
  await checkIndicator(tx, input, id);
  const before = await indicatorRecord(tx, id);
  const indicator = await tx.indicator.update({ where: { id }, data: { ...input, version: { increment: 1 } } });
  recordChange(writer, 'INDICATOR', before, await indicatorRecord(tx, id));
  return indicator;
}

/** An actual is a figure or, for a qualitative report, words (in English at least). */
function checkActual(next: Pick<ActualContent, 'value' | 'qualitativeEn'>): void {
  if (next.value === null && next.qualitativeEn === null) refuse('INVALID_VALUE', 'Give the figure (value) or, for a qualitative report, qualitativeEn.', ['value']);
}

/** Writes an actual as a change of its indicator: one audit event, the indicator's version moves. */
async function writeActual<T>(writer: Writer, indicatorId: string, write: () => Promise<T>): Promise<T> {
  const { tx } = writer;
  const before = await indicatorRecord(tx, indicatorId);
  const result = await write();
  await tx.indicator.update({ where: { id: indicatorId }, data: { version: { increment: 1 } } });
  recordChange(writer, 'INDICATOR', before, await indicatorRecord(tx, indicatorId));
  return result;
}

export async function createIndicatorActual(
  writer: Writer,
  input: Partial<ActualContent> & Pick<ActualContent, 'scopeEn' | 'reportedOn'> & { indicatorId: string },
): Promise<IndicatorActual> {
  const { tx } = writer;
  if (!(await tx.indicator.count({ where: { id: input.indicatorId } }))) notFound('indicator', ['indicatorId']);
  checkActual({ value: input.value ?? null, qualitativeEn: input.qualitativeEn ?? null });
  return writeActual(writer, input.indicatorId, () => tx.indicatorActual.create({ data: input }));
}

export async function updateIndicatorActual(writer: Writer, { id, version, ...input }: Partial<ActualContent> & { id: string; version: number }): Promise<IndicatorActual> {
  const { tx } = writer;
  await lockRow(tx, 'IndicatorActual', id);
  const current = await tx.indicatorActual.findUnique({ where: { id } });
  if (!current) notFound('indicator actual', ['id']);
  checkVersion(current, version);
  checkActual({ ...current, ...given(input) });
  return writeActual(writer, current.indicatorId, () => tx.indicatorActual.update({ where: { id }, data: { ...input, version: { increment: 1 } } }));
}
