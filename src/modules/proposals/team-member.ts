import { PROPOSAL_DETAIL_NOTE, proposalDetail } from '../../auth/field-access.js';
import type { TeamMember } from '../../generated/prisma/client.js';
import { visible, visibleById } from '../../auth/visibility.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { CareerStageEnum } from '../people/enums.js';
import { TeamRoleEnum, TeamSideEnum } from './enums.js';

interface LetterOfIntent {
  receivedOn: Date | null;
  program: string | null;
  reference: string | null;
}

const LetterOfIntentRef = builder.objectRef<LetterOfIntent>('LetterOfIntent').implement({
  description:
    'A letter of intent (LoI) showing that a program of the partner country/region supports a partner PI. ' +
    'Required for every partner PI, including those added during the project.',
  fields: (t) => ({
    receivedOn: t.expose('receivedOn', { type: 'Date', nullable: true, description: 'When JST received the letter.' }),
    program: t.exposeString('program', {
      nullable: true,
      description: 'The partner country/region’s program that supports the partner PI, as written in the letter.',
    }),
    reference: t.exposeString('reference', { nullable: true, description: 'The letter’s or grant’s reference.' }),
  }),
});

const LETTER_OF_INTENT = { letterOfIntentReceivedOn: true, letterOfIntentProgram: true, letterOfIntentReference: true } as const;

function letterOfIntent(member: Pick<TeamMember, keyof typeof LETTER_OF_INTENT>): LetterOfIntent | null {
  const letter = {
    receivedOn: member.letterOfIntentReceivedOn,
    program: member.letterOfIntentProgram,
    reference: member.letterOfIntentReference,
  };
  return Object.values(letter).some((value) => value !== null) ? letter : null;
}

export const TeamMemberRef = builder.prismaNode('TeamMember', {
  description:
    'A researcher on a proposal’s team (and, once adopted, on the project’s team), with their role and side. ' +
    'Japan side: one PI, any Co-PIs, young researchers who travel, coordination staff, students and technicians. ' +
    'Partner side: one or more partner PIs with a letter of intent, and invited researchers.',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.teamMember),
  // The proposal details' access rule reads proposalId.
  select: { id: true, proposalId: true },
  fields: (t) => ({
    version: t.exposeInt('version', versionField),
    proposal: t.relation('proposal', {
      ...proposalDetail<Pick<TeamMember, 'proposalId'>>((m) => m.proposalId),
      description: `The proposal. ${PROPOSAL_DETAIL_NOTE} (The team of an adopted project is public; its proposal is not.)`,
    }),
    researcher: t.relation('researcher'),
    organization: t.relation('organization', {
      description: 'Affiliation for this proposal; may differ from the researcher’s current one.',
    }),
    side: t.expose('side', { type: TeamSideEnum }),
    role: t.expose('role', { type: TeamRoleEnum }),
    travelsToPartner: t.exposeBoolean('travelsToPartner', {
      ...proposalDetail<Pick<TeamMember, 'proposalId'>>((m) => m.proposalId),
      description: `Travels to the partner side, as a young researcher would (a PI or Co-PI may be one). ${PROPOSAL_DETAIL_NOTE}`,
    }),
    careerStage: t.expose('careerStage', {
      type: CareerStageEnum,
      ...proposalDetail<Pick<TeamMember, 'proposalId'>>((m) => m.proposalId),
      description: `The career stage the application declares for the member (the young-traveller rule reads it); null when not declared. ${PROPOSAL_DETAIL_NOTE}`,
    }),
    degreeYear: t.exposeInt('degreeYear', {
      ...proposalDetail<Pick<TeamMember, 'proposalId'>>((m) => m.proposalId),
      description: `The year of the highest degree the application declares for the member; null when not declared. ${PROPOSAL_DETAIL_NOTE}`,
    }),
    plannedStayMonths: t.exposeInt('plannedStayMonths', {
      ...proposalDetail<Pick<TeamMember, 'proposalId'>>((m) => m.proposalId),
      nullable: true,
      description: `A traveller’s planned stay on the other side, in months; null when not given. ${PROPOSAL_DETAIL_NOTE}`,
    }),
    letterOfIntent: t.field({
      type: LetterOfIntentRef,
      ...proposalDetail<Pick<TeamMember, 'proposalId'>>((m) => m.proposalId),
      description: `The letter of intent of a partner PI; null when none is recorded. ${PROPOSAL_DETAIL_NOTE}`,
      select: LETTER_OF_INTENT,
      resolve: letterOfIntent,
    }),
    joinedOn: t.expose('joinedOn', { type: 'Date', nullable: true }),
    leftOn: t.expose('leftOn', {
      type: 'Date',
      nullable: true,
      description: 'When the member left the team, e.g. a Co-PI adopted as PI or Co-PI of another project.',
    }),
  }),
});
