import { CareerStage, OrganizationKind } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';

export const OrganizationKindEnum = builder.enumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of organisation a researcher belongs to.',
  values: {
    UNIVERSITY: { description: 'A university (大学).' },
    RESEARCH_INSTITUTE: { description: 'A research institute or national laboratory (研究機関).' },
    COMPANY: { description: 'A company (企業).' },
    OTHER: { description: 'Any other organisation.' },
  },
});

export const CareerStageEnum = builder.enumType(CareerStage, {
  name: 'CareerStage',
  description:
    "A researcher's career stage, as the team rules use it: students and researchers within about 15 years of " +
    'their degree can be the young researchers who travel; coordination staff arrange travel and exchange.',
  values: {
    UNDERGRADUATE_STUDENT: { description: 'An undergraduate student with a real role in the research.' },
    MASTERS_STUDENT: { description: "A master's student (may be a young traveller)." },
    DOCTORAL_STUDENT: { description: 'A doctoral student (may be a young traveller).' },
    RESEARCHER: { description: 'A researcher after their degree (a young traveller within about 15 years of it).' },
    TECHNICAL_STAFF: { description: 'A technician or research assistant.' },
    COORDINATION_STAFF: { description: 'Staff who coordinate travel and exchange with the partner side.' },
  },
});
