import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { ResearchFieldPhase } from '../../generated/prisma/client.js';
import { phaseInForce } from '../../domain/research-fields.js';
import type { Context } from '../../context.js';
import { pickLocalized, type Locale } from '../../i18n.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { LocaleEnum, localizedColumns } from '../../schema/localized.js';
import { CallRef } from '../calls/call.js';
import { callNodes, linkedCallsCount, linkedCallsQuery } from './call-links.js';

export const ResearchFieldPhaseRef = builder.prismaObject('ResearchFieldPhase', {
  description: "A field's name and scope in one phase: phase 1 for calls up to FY2025, phase 2 from FY2026.",
  select: {},
  fields: (t) => ({
    phase: t.exposeInt('phase'),
    fromFiscalYear: t.expose('fromFiscalYear', { type: 'FiscalYear', description: 'First fiscal year whose calls use this phase.' }),
    toFiscalYear: t.expose('toFiscalYear', { type: 'FiscalYear', nullable: true, description: 'Last fiscal year (inclusive); null while current.' }),
    name: t.string(localizedColumns('name', 'Name in the requested language.')),
    nameJa: t.exposeString('nameJa'),
    nameEn: t.exposeString('nameEn'),
    scope: t.string(localizedColumns('scope', 'Scope (領域) in the requested language.')),
    scopeJa: t.exposeString('scopeJa'),
    scopeEn: t.exposeString('scopeEn'),
    examplesJa: t.exposeStringList('examplesJa', { description: 'Examples the phase gives, e.g. エンジニアリングバイオロジー.' }),
    examplesEn: t.exposeStringList('examplesEn', { description: 'The same examples in English, in the same order.' }),
  }),
});

// One selection of the phases shared by every field below, so the plugin loads them once.
const PHASES = { phases: { orderBy: { phase: 'asc' as const } } };

const phaseArgs = builder.args((t) => ({
  fiscalYear: t.field({
    type: 'FiscalYear',
    description: 'The fiscal year of a call; defaults to the current phase (the latest).',
  }),
  locale: t.field({ type: LocaleEnum, description: 'Defaults to the request language.' }),
}));

/** `name`/`scope` of the phase in force: the field's text as a call of that fiscal year uses it. */
function phaseText(read: (p: ResearchFieldPhase) => { ja: string; en: string }, description: string) {
  return {
    description,
    nullable: true as const,
    args: phaseArgs,
    select: PHASES,
    resolve: (
      field: { phases: ResearchFieldPhase[] },
      args: { fiscalYear?: number | null; locale?: Locale | null },
      ctx: Context,
    ) => {
      const phase = phaseInForce(field.phases, args.fiscalYear);
      const text = phase && read(phase);
      return text && pickLocalized(args.locale ?? ctx.locale, text.ja, text.en);
    },
  };
}

const fieldCalls = prismaConnectionHelpers(builder, 'CallField', {
  cursor: 'callId_fieldId',
  select: (nodeSelection) => ({ call: nodeSelection(true) }),
  resolveNode: (link) => link.call,
});

export const ResearchFieldRef = builder.prismaNode('ResearchField', {
  description: 'One of the seven research fields set by MEXT. Its name and scope belong to a phase.',
  id: { field: 'id' },
  // node(id:) answers null for a row that is gone (or, with access rules, hidden), not an error.
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'AI, BIO, ENERGY, MATERIALS, QUANTUM, SEMICONDUCTORS or NETWORK.' }),
    version: t.exposeInt('version', versionField),
    phases: t.relation('phases', { description: 'Both phases, phase 1 first.', query: PHASES.phases }),
    name: t.string(
      phaseText((p) => ({ ja: p.nameJa, en: p.nameEn }), 'Name of the phase in force for `fiscalYear` (default: current).'),
    ),
    scope: t.string(
      phaseText((p) => ({ ja: p.scopeJa, en: p.scopeEn }), 'Scope (領域) of the phase in force for `fiscalYear` (default: current).'),
    ),
    phase: t.field({
      type: ResearchFieldPhaseRef,
      nullable: true,
      description: 'The phase in force for calls of a fiscal year (FY2025 → phase 1, FY2026 → phase 2); null before the first.',
      args: { fiscalYear: phaseArgs.fiscalYear },
      select: PHASES,
      resolve: (field, { fiscalYear }) => phaseInForce(field.phases, fiscalYear),
    }),
    calls: t.connection(
      {
        type: CallRef,
        description: 'Calls open to this field, newest fiscal year first.',
        select: (args, ctx, nestedSelection) => ({
          calls: { ...fieldCalls.getQuery(args, ctx, callNodes(nestedSelection)), ...linkedCallsQuery(ctx) },
          ...linkedCallsCount(ctx),
        }),
        resolve: (field, args, ctx) => ({ ...fieldCalls.resolve(field.calls, args, ctx), totalCount: field._count.calls }),
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }) },
    ),
  }),
});

builder.queryFields((t) => ({
  researchFields: t.prismaConnection({
    description: 'The research fields, in their published order.',
    type: 'ResearchField',
    cursor: 'id',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.researchField.findMany({ ...query, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    totalCount: (_root, _args, ctx) => ctx.prisma.researchField.count(),
  }),
  researchField: t.prismaField({
    type: 'ResearchField',
    nullable: true,
    description: 'The field with this code (exact, e.g. QUANTUM), or null.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) => ctx.prisma.researchField.findUnique({ ...query, where: { code } }),
  }),
}));
