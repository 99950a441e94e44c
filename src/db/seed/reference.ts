import type { Prisma } from '../../generated/prisma/client.js';
import {
  CALLS,
  COUNTRIES,
  FIELD_PHASES,
  FUNDING_AGENCIES,
  FY2025_UNDER_REVIEW,
  INDICATORS,
  MID_TERM_EVALUATION,
  RESEARCH_FIELDS,
  type AgencySeed,
} from './reference-data.js';

/** Maps codes to the ids the database assigned; an unknown code is a bug in reference-data.ts. */
function idsByCode(table: string, rows: readonly { id: string; code: string }[]): (code: string) => string {
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  return (code) => {
    const id = ids.get(code);
    if (!id) throw new Error(`reference data: no ${table} with code ${code}`);
    return id;
  };
}

/**
 * Inserts the program's reference data (reference-data.ts) into an empty database and returns
 * row counts per table. One statement per table (two for agencies: parents first), because it
 * runs on embedded WASM Postgres where round trips are expensive.
 */
export async function loadReferenceData(tx: Prisma.TransactionClient): Promise<{ [table: string]: number }> {
  const select = { id: true, code: true } as const;

  const countries = await tx.country.createManyAndReturn({
    data: COUNTRIES.map(({ code, nameEn, nameJa }) => ({ code, nameEn, nameJa })),
    select,
  });
  const countryId = idsByCode('Country', countries);

  const fields = await tx.researchField.createManyAndReturn({
    data: RESEARCH_FIELDS.map(({ code }, index) => ({ code, sortOrder: index + 1 })),
    select,
  });
  const fieldId = idsByCode('ResearchField', fields);

  const phases = await tx.researchFieldPhase.createMany({
    data: RESEARCH_FIELDS.flatMap((field) =>
      field.phases.map(({ examples = [], ...text }, index) => ({
        fieldId: fieldId(field.code),
        ...FIELD_PHASES[index]!,
        ...text,
        examplesJa: examples.map(([ja]) => ja),
        examplesEn: examples.map(([, en]) => en),
      })),
    ),
  });

  // A parent agency must exist before its children: insert level by level.
  const agencyIds = new Map<string, string>();
  let pending: readonly AgencySeed[] = FUNDING_AGENCIES;
  while (pending.length > 0) {
    const ready = pending.filter((a) => !a.parentCode || agencyIds.has(a.parentCode));
    if (ready.length === 0) throw new Error('reference data: funding agencies with unknown parents');
    const rows = await tx.fundingAgency.createManyAndReturn({
      data: ready.map(({ countryCode, parentCode, ...agency }) => ({
        ...agency,
        countryId: countryId(countryCode),
        parentId: parentCode ? agencyIds.get(parentCode) : null,
      })),
      select,
    });
    for (const row of rows) agencyIds.set(row.code, row.id);
    pending = pending.filter((a) => !agencyIds.has(a.code));
  }
  const agencyId = idsByCode('FundingAgency', [...agencyIds].map(([code, id]) => ({ code, id })));

  const calls = await tx.call.createManyAndReturn({
    data: CALLS.map(({ agencies: _a, fields: _f, countries: _c, milestones: _m, ...call }) => call),
    select,
  });
  const callId = idsByCode('Call', calls);

  const callAgencies = await tx.callAgency.createMany({
    data: CALLS.flatMap((call) =>
      call.agencies.map(({ code, role }) => ({ callId: callId(call.code), agencyId: agencyId(code), role })),
    ),
  });
  const callFields = await tx.callField.createMany({
    data: CALLS.flatMap((call) => call.fields.map((code) => ({ callId: callId(call.code), fieldId: fieldId(code) }))),
  });
  const callCountries = await tx.callCountry.createMany({
    data: CALLS.flatMap((call) =>
      call.countries.map((code) => ({ callId: callId(call.code), countryId: countryId(code) })),
    ),
  });
  const milestones = await tx.callMilestone.createMany({
    data: CALLS.flatMap((call) => call.milestones.map((milestone) => ({ callId: callId(call.code), ...milestone }))),
  });

  const indicators = await tx.indicator.createManyAndReturn({
    data: INDICATORS.map(({ actual: _actual, ...indicator }) => indicator),
    select,
  });
  const indicatorId = idsByCode('Indicator', indicators);
  const actuals = await tx.indicatorActual.createMany({
    data: INDICATORS.map(({ code, actual }) => ({ indicatorId: indicatorId(code), ...actual })),
  });

  return {
    Country: countries.length,
    ResearchField: fields.length,
    ResearchFieldPhase: phases.count,
    FundingAgency: agencyIds.size,
    Call: calls.length,
    CallAgency: callAgencies.count,
    CallField: callFields.count,
    CallCountry: callCountries.count,
    CallMilestone: milestones.count,
    Indicator: indicators.length,
    IndicatorActual: actuals.count,
  };
}

/**
 * What the mid-term evaluation (seed 002) adds to the reference data, loaded once into new and
 * existing databases alike: the program's evaluation (grades and findings), and the FY2025 calls'
 * review as of its report (a call an administrator has removed is skipped).
 */
export async function loadMidTermEvaluation(tx: Prisma.TransactionClient): Promise<{ [table: string]: number }> {
  const { grades, findings, ...evaluation } = MID_TERM_EVALUATION;
  const { id: evaluationId } = await tx.programEvaluation.create({ data: evaluation, select: { id: true } });
  const gradeRows = await tx.programEvaluationGrade.createMany({ data: grades.map((g, i) => ({ ...g, evaluationId, sortOrder: i + 1 })) });
  const findingRows = await tx.programEvaluationFinding.createMany({ data: findings.map((f, i) => ({ ...f, evaluationId, sortOrder: i + 1 })) });
  const calls = await tx.call.findMany({
    where: { code: { in: [...FY2025_UNDER_REVIEW.callCodes] }, milestones: { none: { kind: 'DOCUMENT_REVIEW' } } },
    select: { id: true },
  });
  const milestones = await tx.callMilestone.createMany({ data: calls.map((c) => ({ ...FY2025_UNDER_REVIEW.milestone, callId: c.id })) });
  return { ProgramEvaluation: 1, ProgramEvaluationGrade: gradeRows.count, ProgramEvaluationFinding: findingRows.count, CallMilestone: milestones.count };
}
