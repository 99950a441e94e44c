import { visible, visibleById } from '../../auth/visibility.js';
import { EvaluationKind } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { localizedColumns } from '../../schema/localized.js';
import { versionField } from '../../schema/mutations.js';

export const EvaluationKindEnum = builder.enumType(EvaluationKind, {
  name: 'EvaluationKind',
  description: 'Which evaluation of a project.',
  values: {
    MID_TERM: { description: 'Mid-term evaluation (中間評価), during the project.' },
    FINAL: { description: 'Final evaluation (事後評価), at or after the end of the project.' },
  },
});

export const EvaluationRef = builder.prismaNode('Evaluation', {
  description: "The committee's evaluation of a project: at most one mid-term and one final evaluation.",
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.evaluation),
  select: { id: true },
  fields: (t) => ({
    version: t.exposeInt('version', versionField),
    project: t.relation('project'),
    kind: t.expose('kind', { type: EvaluationKindEnum }),
    grade: t.exposeString('grade', {
      description: "The grade as the committee gives it, e.g. S, A or B. The scale is JST's and is kept as data.",
    }),
    evaluatedOn: t.expose('evaluatedOn', { type: 'Date' }),
    summary: t.string(
      localizedColumns('summary', "The committee's summary in the requested language."),
    ),
    summaryJa: t.exposeString('summaryJa', { nullable: true }),
    summaryEn: t.exposeString('summaryEn', { nullable: true }),
  }),
});
