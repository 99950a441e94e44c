import { indicatorProgress, type IndicatorProgress } from '../../domain/indicators.js';
import type { Indicator, IndicatorActual } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { localizedColumns } from '../../schema/localized.js';

export const IndicatorActualRef = builder.prismaNode('IndicatorActual', {
  description: 'A reported actual of an indicator: a figure, or words for a qualitative indicator, with what it covers.',
  // A node, so that an update can name it; node(id:) answers null for a row that is gone.
  id: { field: 'id' },
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    version: t.exposeInt('version', versionField),
    indicator: t.relation('indicator', { description: 'The indicator it reports on.' }),
    value: t.exposeInt('value', { nullable: true, description: 'The figure; null where the report is qualitative.' }),
    qualitative: t.string(
      localizedColumns('qualitative', 'What was observed, in words, in the requested language.'),
    ),
    qualitativeJa: t.exposeString('qualitativeJa', { nullable: true }),
    qualitativeEn: t.exposeString('qualitativeEn', { nullable: true }),
    scope: t.string(
      localizedColumns('scope', 'What the figure covers, e.g. "FY2023 projects, first year".'),
    ),
    scopeJa: t.exposeString('scopeJa', { nullable: true }),
    scopeEn: t.exposeString('scopeEn'),
    reportedOn: t.expose('reportedOn', { type: 'Date', description: 'When it was reported, e.g. 2025-08-27 (mid-term evaluation).' }),
    source: t.exposeString('sourceEn', { nullable: true, description: 'The report it comes from (in English).' }),
  }),
});

const IndicatorProgressRef = builder.objectRef<IndicatorProgress>('IndicatorProgress').implement({
  description: "An indicator's latest actual against its target (earlier reports are superseded, not added up).",
  fields: (t) => ({
    actual: t.exposeInt('actual', { nullable: true, description: 'The latest reported figure; null if none, or if it is qualitative.' }),
    target: t.exposeInt('target', { nullable: true, description: 'The target; null for a qualitative indicator.' }),
    targetFiscalYear: t.expose('targetFiscalYear', {
      type: 'FiscalYear',
      nullable: true,
      description: 'The fiscal year by which the target is to be reached.',
    }),
    ratio: t.exposeFloat('ratio', { nullable: true, description: 'actual / target to four decimals (1 = target reached); null without both.' }),
    achieved: t.exposeBoolean('achieved', { nullable: true, description: 'actual ≥ target; null without both.' }),
    qualitative: t.exposeBoolean('qualitative', { description: 'The indicator has no numeric target and is reported in words.' }),
    reportedOn: t.expose('reportedOn', { type: 'Date', nullable: true, description: 'When the latest actual was reported.' }),
  }),
});

// Newest first; the same selection serves `actuals` and `progress`, so they load together.
const ACTUALS = { orderBy: [{ reportedOn: 'desc' as const }, { id: 'desc' as const }] };

export const IndicatorRef = builder.prismaNode('Indicator', {
  description: "An indicator of one of the program's goals, with its target and reported actuals (mid-term evaluation).",
  id: { field: 'id' },
  // node(id:) answers null for a row that is gone (or, with access rules, hidden), not an error.
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Unique code, e.g. 1-2, 2-1-papers, 4-1-dispatched.' }),
    version: t.exposeInt('version', versionField),
    goalNumber: t.exposeInt('goalNumber', { description: 'The goal (1–4) the indicator measures.' }),
    goal: t.string(localizedColumns('goal', 'The goal, in the requested language.')),
    goalJa: t.exposeString('goalJa'),
    goalEn: t.exposeString('goalEn'),
    name: t.string(localizedColumns('name', 'Name in the requested language.')),
    nameJa: t.exposeString('nameJa'),
    nameEn: t.exposeString('nameEn'),
    targetValue: t.exposeInt('targetValue', { nullable: true, description: 'Null for a qualitative indicator.' }),
    targetFiscalYear: t.expose('targetFiscalYear', { type: 'FiscalYear', nullable: true }),
    unit: t.string(localizedColumns('unit', 'Unit of the figures, e.g. papers (件).')),
    unitJa: t.exposeString('unitJa', { nullable: true }),
    unitEn: t.exposeString('unitEn', { nullable: true }),
    actuals: t.relation('actuals', { description: 'Reported actuals, newest first.', query: ACTUALS }),
    progress: t.field({
      type: IndicatorProgressRef,
      description: 'The latest actual against the target.',
      select: { targetValue: true, targetFiscalYear: true, actuals: ACTUALS },
      resolve: (indicator) => indicatorProgress(indicator, indicator.actuals),
    }),
  }),
});

builder.queryFields((t) => ({
  indicators: t.prismaConnection({
    description: "The program's indicators, in the order of the mid-term evaluation report.",
    type: 'Indicator',
    cursor: 'id',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.indicator.findMany({ ...query, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    totalCount: (_root, _args, ctx) => ctx.prisma.indicator.count(),
  }),
  indicator: t.prismaField({
    type: 'Indicator',
    nullable: true,
    description: 'The indicator with this code (exact, e.g. 2-1-papers), or null.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) => ctx.prisma.indicator.findUnique({ ...query, where: { code } }),
  }),
}));
