import type {
  BudgetPurpose,
  DecisionResult,
  DecisionStage,
  ProposalStatus,
  TeamRole,
  TeamSide,
} from '../../generated/prisma/client.js';
import { NETWORK_AND_YOUTH_PURPOSES } from '../../domain/budget.js';
import { describedEnum } from '../../schema/described-enum.js';

export const ProposalStatusEnum = describedEnum(
  'ProposalStatus',
  'Where a proposal stands in the call’s review.',
  {
    DRAFT: 'Being written; not yet submitted (e-Rad on the Japan side).',
    SUBMITTED: 'Submitted by the deadline; review has not started.',
    DOCUMENT_REVIEW: 'In document review (書面審査).',
    INTERVIEW: 'Passed document review and invited to the interview (面接審査).',
    ADOPTED: 'Adopted (採択): the proposal became a project.',
    REJECTED: 'Not adopted, at document review, interview or the final decision (see `decisions`).',
    WITHDRAWN: 'Withdrawn by the applicants.',
  } satisfies Record<ProposalStatus, string>,
);

export const TeamSideEnum = describedEnum(
  'TeamSide',
  'Which side of an international team: Japan (funded by JST) or the partner country/region.',
  {
    JAPAN: 'The Japan side, reviewed and funded by JST.',
    PARTNER: 'The partner side, funded by a program or agency of the partner country/region.',
  } satisfies Record<TeamSide, string>,
);

export const TeamRoleEnum = describedEnum(
  'TeamRole',
  'A team member’s role. Japan-side and partner-side roles follow the call guidelines; the UK_ roles are ' +
    'those the UK team uses in the Japan–UK joint call.',
  {
    PI: 'Principal investigator (研究代表者): exactly one per proposal, responsible for the whole project, affiliated in Japan.',
    CO_PI:
      'Co-principal investigator (主たる共同研究者): contracts with JST and receives budget; in principle from an ' +
      'organisation other than the PI’s; affiliated in Japan.',
    YOUNG_TRAVELLER:
      'Young researcher who travels to the partner side (a master’s or doctoral student, or within about 15 years ' +
      'of the degree); stays about one year in principle. A PI or Co-PI may also travel (see `travelsToPartner`).',
    COORDINATOR: 'Coordination staff who arrange travel and exchange.',
    STUDENT: 'A student (undergraduates included) with a real role in the research.',
    TECHNICIAN: 'Technician or research assistant.',
    PARTNER_PI:
      'Partner PI: one or more per proposal, each with a letter of intent showing support from a program of the ' +
      'partner country/region.',
    INVITED_RESEARCHER: 'Researcher invited to Japan, in principle from the partner team.',
    UK_PROJECT_LEAD: 'UK joint call: project lead (PL).',
    UK_PROJECT_CO_LEAD: 'UK joint call: project co-lead (PcL).',
    UK_RESEARCHER_CO_LEAD: 'UK joint call: researcher co-lead (RcL).',
    UK_SPECIALIST: 'UK joint call: specialist.',
    UK_TECHNICIAN: 'UK joint call: technician.',
    UK_VISITING_RESEARCHER: 'UK joint call: visiting researcher.',
    UK_RESEARCH_AND_INNOVATION_ASSOCIATE: 'UK joint call: research and innovation associate.',
    UK_PROFESSIONAL_ENABLING_STAFF: 'UK joint call: professional enabling staff.',
  } satisfies Record<TeamRole, string>,
);

const purposes = {
  WORKSHOPS: 'Workshops, symposia and seminars.',
  YOUNG_RESEARCHER_TRAVEL_AND_STAY: 'Travel and stay of young researchers on the partner side.',
  INVITATIONS: 'Inviting researchers: travel, stay, research cost, personnel cost and fees.',
  COORDINATION_STAFF: 'Coordination staff for travel and exchange.',
  RESEARCH_PERSONNEL: 'Hiring purely for research.',
  EQUIPMENT: 'Equipment purely for research.',
  CONSUMABLES: 'Consumables.',
  OTHER_TRAVEL: 'Other travel, e.g. conferences.',
  OTHER: 'Anything else.',
} satisfies Record<BudgetPurpose, string>;

export const BudgetPurposeEnum = describedEnum(
  'BudgetPurpose',
  'What a budget line is spent on. Purposes that build international networks and develop young researchers ' +
    'count towards the guideline share (about 70% or more of direct cost).',
  Object.fromEntries(
    Object.entries(purposes).map(([purpose, text]) => [
      purpose,
      NETWORK_AND_YOUTH_PURPOSES.has(purpose as BudgetPurpose)
        ? `${text} Counts towards networks and young researchers.`
        : `${text} Does not count towards networks and young researchers.`,
    ]),
  ) as Record<BudgetPurpose, string>,
);

export const DecisionStageEnum = describedEnum('DecisionStage', 'A step of the review.', {
  DOCUMENT_REVIEW: 'Document review (書面審査).',
  INTERVIEW: 'Interview (面接審査), for proposals that passed document review.',
  FINAL: 'The final decision on adoption.',
} satisfies Record<DecisionStage, string>);

export const DecisionResultEnum = describedEnum('DecisionResult', 'The result of a review step.', {
  PASSED: 'Passed this step and goes on to the next.',
  FAILED: 'Did not pass this step.',
  ADOPTED: 'Adopted (final decision).',
  REJECTED: 'Not adopted (final decision).',
} satisfies Record<DecisionResult, string>);

