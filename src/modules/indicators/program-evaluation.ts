// Evaluations of the program itself (seed 002: the mid-term evaluation): the committee's grades
// and headline findings, public reference data beside the indicators they judged.
import type { ProgramEvaluation, ProgramEvaluationFinding, ProgramEvaluationGrade } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { describedEnum } from '../../schema/described-enum.js';
import { localizedText } from '../../schema/localized.js';

const EvaluationFindingKindEnum = describedEnum('EvaluationFindingKind', 'What a finding of a program evaluation is.', {
  OBSERVATION: 'What the committee observed.',
  REQUEST: 'What the committee asked to be done or tracked.',
});

builder.prismaObject('ProgramEvaluationGrade', {
  description: 'The committee’s grade for one aspect of the program: overall, or a goal’s design or operation.',
  fields: (t) => ({
    goal: t.exposeInt('goal', { nullable: true, description: 'The program goal graded (1–4); null for the overall grade.' }),
    aspect: t.string(localizedText<ProgramEvaluationGrade>((g) => ({ ja: g.aspectJa, en: g.aspectEn }), 'What was graded, in the requested language.')),
    grade: t.exposeString('grade', { description: 'As the committee gave it, e.g. S or A (the mean of the chair’s and members’ grades).' }),
  }),
});

builder.prismaObject('ProgramEvaluationFinding', {
  description: 'A headline finding of a program evaluation.',
  fields: (t) => ({
    kind: t.expose('kind', { type: EvaluationFindingKindEnum }),
    text: t.string(localizedText<ProgramEvaluationFinding>((f) => ({ ja: f.textJa, en: f.textEn }), 'The finding in the requested language.')),
  }),
});

builder.prismaObject('ProgramEvaluation', {
  description: 'An evaluation of the ASPIRE program (not of a project), e.g. the mid-term evaluation of 2025.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. MID_TERM_2025.' }),
    title: t.string(localizedText<ProgramEvaluation>((e) => ({ ja: e.titleJa, en: e.titleEn }), 'Title in the requested language.')),
    reportedOn: t.expose('reportedOn', { type: 'Date', description: 'The date of the report.' }),
    source: t.exposeString('sourceEn', { nullable: true, description: 'The report (in English).' }),
    grades: t.relation('grades', { description: 'The committee’s grades, overall first.', query: { orderBy: { sortOrder: 'asc' } } }),
    findings: t.relation('findings', { description: 'Headline findings, in the report’s order.', query: { orderBy: { sortOrder: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  programEvaluations: t.prismaField({
    type: ['ProgramEvaluation'],
    description: 'Evaluations of the program itself, newest first (public).',
    resolve: (query, _root, _args, ctx) => ctx.prisma.programEvaluation.findMany({ ...query, orderBy: [{ reportedOn: 'desc' }, { id: 'asc' }] }),
  }),
}));
