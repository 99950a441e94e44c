import { visible, visibleById } from '../../auth/visibility.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { DecisionResultEnum, DecisionStageEnum } from './enums.js';

export const DecisionRef = builder.prismaNode('Decision', {
  description:
    'The result of one review step of a proposal: document review, interview (for those that passed document ' +
    'review), then the final decision on adoption.',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.decision),
  select: { id: true },
  fields: (t) => ({
    version: t.exposeInt('version', versionField),
    // Nullable like every `proposal` field, so fragments on several types can select it together.
    proposal: t.relation('proposal', { nullable: true }),
    stage: t.expose('stage', { type: DecisionStageEnum }),
    result: t.expose('result', { type: DecisionResultEnum }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

export const ResearchSecurityAttestationRef = builder.prismaNode('ResearchSecurityAttestation', {
  description:
    'A statement that the organisation of the PI or of a Co-PI carries out research-security risk management ' +
    'following the Cabinet Office’s procedures (December 2025). Required per organisation from the FY2026 calls.',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.attestation),
  select: { id: true },
  fields: (t) => ({
    // Nullable like every `proposal` field, so fragments on several types can select it together.
    proposal: t.relation('proposal', { nullable: true }),
    organization: t.relation('organization'),
    attestedAt: t.expose('attestedAt', { type: 'DateTime' }),
    attestedByName: t.exposeString('attestedByName', { description: 'Who attested for the organisation, as written.' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});
