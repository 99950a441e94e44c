/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A funding agency's part in a call. */
export type CallAgencyRole =
  /** Runs the call (JST, or AMED for its health and medical part). */
  | 'LEAD'
  /** Co-runs a joint call with JST and funds its own side. */
  | 'PARTNER';

/** Conditions on calls; all given must hold. */
export type CallFilter = {
  /** Only calls this funding agency runs or co-runs. */
  agencyId?: string | number | null | undefined;
  /** Only calls in which this country/region is eligible. */
  countryId?: string | number | null | undefined;
  /** Only calls open to this research field. */
  fieldId?: string | number | null | undefined;
  /** Only calls of this fiscal year. */
  fiscalYear?: number | null | undefined;
  kind?: CallKind | null | undefined;
  /** Only calls in one of these statuses at statusAt (derived from their schedules). */
  status?: Array<CallStatus> | null | undefined;
  /** The instant the status filter applies at; defaults to now. */
  statusAt?: string | null | undefined;
  /** Only solo calls of this track. */
  track?: CallTrack | null | undefined;
};

/** How a call is run. */
export type CallKind =
  /** 共同公募: JST and a partner funding agency call and review together; each funds its own side. */
  | 'JOINT'
  /** 単独公募: proposals come from the Japan side only; JST reviews and funds the Japan side. */
  | 'SOLO';

/** Ordering of Call lists; ties are broken by id. */
export type CallOrder = {
  direction?: OrderDirection;
  field: CallOrderField;
};

export type CallOrderField =
  /** By code, e.g. FY2024-JOINT-UK-BIO. */
  | 'CODE'
  /** By fiscal year, then by code (A–Z) within a year. */
  | 'FISCAL_YEAR';

/** Where a call stands at an instant, derived from its schedule (never stored). */
export type CallStatus =
  /** Results have been notified; adopted projects have not started yet. */
  | 'DECIDED'
  /** The submission deadline has passed: proposals are under document review. */
  | 'DOCUMENT_REVIEW'
  /** Interviews of the proposals that passed document review. */
  | 'INTERVIEWS'
  /** Open for proposals until the submission deadline. */
  | 'OPEN'
  /** Open; the pre-notification (notice of intent to apply) deadline has not passed. */
  | 'OPEN_FOR_PRE_NOTIFICATION'
  /** Announced; proposals are not accepted yet. */
  | 'PLANNED'
  /** Adopted projects are being funded. */
  | 'SUPPORT_STARTED'
  /** The schedule on record does not tell (e.g. a past call known only by its support start). */
  | 'UNKNOWN';

/** The track of a solo call. */
export type CallTrack =
  /** ASPIRE for Rising Scientists (次世代枠): researchers with their own funding and independent environment, expected to become top researchers. */
  | 'RISING'
  /** ASPIRE for Top Scientists (Top枠): researchers already at the top, with ample funding. */
  | 'TOP';

/** A researcher's career stage, as the team rules use it: students and researchers within about 15 years of their degree can be the young researchers who travel; coordination staff arrange travel and exchange. */
export type CareerStage =
  /** Staff who coordinate travel and exchange with the partner side. */
  | 'COORDINATION_STAFF'
  /** A doctoral student (may be a young traveller). */
  | 'DOCTORAL_STUDENT'
  /** A master's student (may be a young traveller). */
  | 'MASTERS_STUDENT'
  /** A researcher after their degree (a young traveller within about 15 years of it). */
  | 'RESEARCHER'
  /** A technician or research assistant. */
  | 'TECHNICAL_STAFF'
  /** An undergraduate student with a real role in the research. */
  | 'UNDERGRADUATE_STUDENT';

/** All conditions given must hold. */
export type CountryFilter = {
  /** Only countries/regions eligible in this call. */
  eligibleForCallId?: string | number | null | undefined;
  /** true: only partner countries/regions (eligible in at least one call), which leaves Japan out; false or absent: all. */
  partnerOnly?: boolean | null | undefined;
};

/** How precisely a milestone was announced. Its instants are the first (and, with endsAt, the last) instant of that unit. */
export type DatePrecision =
  /** To the day. */
  | 'DAY'
  /** To the minute, e.g. 2026-05-19 12:00 JST. */
  | 'MINUTE'
  /** To the month. */
  | 'MONTH'
  /** 旬: early (1–10), mid (11–20) or late (21–end) part of a month. */
  | 'TEN_DAYS';

/** The outcome categories of UKRI Gateway to Research (fed by Researchfish), the reference taxonomy partner agencies report in. */
export type GtrCategory =
  /** Artistic & creative products. */
  | 'ARTISTIC_AND_CREATIVE_PRODUCTS'
  /** Awards & recognition. */
  | 'AWARDS_AND_RECOGNITION'
  /** Collaborations & partnerships. */
  | 'COLLABORATIONS_AND_PARTNERSHIPS'
  /** Research databases & models. */
  | 'DATASETS_AND_MODELS'
  /** Engagement activities. */
  | 'ENGAGEMENT_ACTIVITIES'
  /** Further funding. */
  | 'FURTHER_FUNDING'
  /** Influence on policy, practice, patients & the public. */
  | 'INFLUENCE_ON_POLICY'
  /** Intellectual property & licensing. */
  | 'INTELLECTUAL_PROPERTY'
  /** Next destination (where team members went next). */
  | 'NEXT_DESTINATION'
  /** Publications. */
  | 'PUBLICATIONS'
  /** Research tools & methods. */
  | 'RESEARCH_TOOLS_AND_METHODS'
  /** Software & technical products. */
  | 'SOFTWARE_AND_TECHNICAL_PRODUCTS'
  /** Spin-outs. */
  | 'SPIN_OUTS'
  /** Use of facilities & resources. */
  | 'USE_OF_FACILITIES';

/** A step in the schedule of a call. */
export type MilestoneKind =
  /** Proposals are accepted from this instant. */
  | 'CALL_OPENS'
  /** Period of the document review. */
  | 'DOCUMENT_REVIEW'
  /** Period of the interviews, for proposals that passed document review. */
  | 'INTERVIEWS'
  /** Deadline for the (optional or requested) notice of intent to apply. */
  | 'PRE_NOTIFICATION_DEADLINE'
  /** When applicants are told the results. */
  | 'RESULTS_NOTIFIED'
  /** Proposals must be complete by this instant (per side where the sides differ). */
  | 'SUBMISSION_DEADLINE'
  /** When adopted projects start to be funded. */
  | 'SUPPORT_STARTS';

/** Which way a researcher travelled (indicator 4-1 counts both). */
export type MobilityDirection =
  /** 派遣: a Japan-side researcher sent to the partner side. */
  | 'DISPATCHED'
  /** 招へい: a partner-side researcher invited to Japan. */
  | 'INVITED';

/** All conditions given must hold. */
export type MobilityFilter = {
  /** Only stays in (dispatched) or from (invited) this country/region. */
  countryId?: string | number | null | undefined;
  /** Only dispatched, or only invited, researchers. */
  direction?: MobilityDirection | null | undefined;
  /** Only those with startsOn (the first day of the stay) on or after this date. */
  from?: string | null | undefined;
  /** Only mobility under this project. */
  projectId?: string | number | null | undefined;
  /** Only those with startsOn (the first day of the stay) on or before this date (inclusive). */
  to?: string | null | undefined;
};

/** Ordering of Mobility lists; ties are broken by id. */
export type MobilityOrder = {
  direction?: OrderDirection;
  field: MobilityOrderField;
};

export type MobilityOrderField =
  /** By the first day of the stay. */
  | 'STARTS_ON';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** All conditions given must hold. */
export type OrganizationFilter = {
  /** Only organisations in this country/region. */
  countryId?: string | number | null | undefined;
  /** Only organisations of these kinds. */
  kind?: Array<OrganizationKind> | null | undefined;
  /** Japanese or English name contains this text (case-insensitive). */
  name?: string | null | undefined;
};

/** What kind of organisation a researcher belongs to. */
export type OrganizationKind =
  /** A company (企業). */
  | 'COMPANY'
  /** Any other organisation. */
  | 'OTHER'
  /** A research institute or national laboratory (研究機関). */
  | 'RESEARCH_INSTITUTE'
  /** A university (大学). */
  | 'UNIVERSITY';

/** Ordering of Organization lists; ties are broken by id. */
export type OrganizationOrder = {
  direction?: OrderDirection;
  field: OrganizationOrderField;
};

export type OrganizationOrderField =
  /** By English name. */
  | 'NAME';

/** All conditions given must hold. */
export type OutcomeFilter = {
  /** Only those with occurredOn on or after this date. */
  from?: string | null | undefined;
  /** Only outcomes of these kinds. */
  kind?: Array<OutcomeKind> | null | undefined;
  /** Only outcomes of this project. */
  projectId?: string | number | null | undefined;
  /** Only those with occurredOn on or before this date (inclusive). */
  to?: string | null | undefined;
};

/** What a project produced. The kinds the ASPIRE documents count come first; the rest are the categories of UKRI Gateway to Research (GtR), for outcomes the ASPIRE kinds do not cover. See `Outcome.gtrCategory`. */
export type OutcomeKind =
  /** GtR: artistic or creative product. */
  | 'ARTISTIC_CREATIVE_PRODUCT'
  /** GtR: award or recognition. */
  | 'AWARD_RECOGNITION'
  /** A career step of a researcher of the project, e.g. a position abroad (indicators 4-2 and 4-3). */
  | 'CAREER_MOVE'
  /** GtR: collaboration or partnership. */
  | 'COLLABORATION_PARTNERSHIP'
  /** International paper co-authored with the partner side (indicator 2-1). */
  | 'CO_AUTHORED_PAPER'
  /** GtR: research database, dataset or model. */
  | 'DATASET_MODEL'
  /** GtR: engagement activity with audiences beyond research. */
  | 'ENGAGEMENT_ACTIVITY'
  /** GtR: further funding won on the strength of the project. */
  | 'FURTHER_FUNDING'
  /** GtR: intellectual property, e.g. a patent application, and its licensing. */
  | 'INTELLECTUAL_PROPERTY'
  /** Presentation at a conference or meeting given jointly with the partner side (indicator 2-1). */
  | 'JOINT_PRESENTATION'
  /** Lecture tour. Counts towards indicator 3-1 (workshops, symposia, seminars, lecture tours and the like held). */
  | 'LECTURE_TOUR'
  /** Networking event held. Counts towards indicator 3-1 (workshops, symposia, seminars, lecture tours and the like held). */
  | 'NETWORKING_EVENT'
  /** A new collaboration grown from the project (network expansion, indicator 3-2). */
  | 'NEW_COLLABORATION'
  /** GtR: next destination of a team member who left the project. */
  | 'NEXT_DESTINATION'
  /** A doctorate awarded to a researcher of the project (follow-up of young researchers). */
  | 'PHD_AWARDED'
  /** GtR: influence on policy, practice, patients or the public. */
  | 'POLICY_INFLUENCE'
  /** GtR: any other publication (book, chapter, report, preprint...). */
  | 'PUBLICATION'
  /** GtR: research tool or method. */
  | 'RESEARCH_TOOL_METHOD'
  /** Seminar held. Counts towards indicator 3-1 (workshops, symposia, seminars, lecture tours and the like held). */
  | 'SEMINAR'
  /** GtR: software or technical product. */
  | 'SOFTWARE_TECHNICAL_PRODUCT'
  /** GtR: spin-out company. */
  | 'SPIN_OUT'
  /** A contribution to international standardisation. */
  | 'STANDARDISATION'
  /** Symposium held. Counts towards indicator 3-1 (workshops, symposia, seminars, lecture tours and the like held). */
  | 'SYMPOSIUM'
  /** GtR: use of a research facility. */
  | 'USE_OF_FACILITIES'
  /** Workshop held. Counts towards indicator 3-1 (workshops, symposia, seminars, lecture tours and the like held). */
  | 'WORKSHOP';

/** Ordering of Outcome lists; ties are broken by id. */
export type OutcomeOrder = {
  direction?: OrderDirection;
  field: OutcomeOrderField;
};

export type OutcomeOrderField =
  /** By the date it happened. */
  | 'OCCURRED_ON';

/** All conditions given must hold. */
export type OutcomeStatisticsFilter = {
  /** Only projects adopted in this call. */
  callId?: string | number | null | undefined;
  /** Only those with the outcome occurring, or the stay starting, on or after this date. */
  from?: string | null | undefined;
  /** Only this project. */
  projectId?: string | number | null | undefined;
  /** Only those with the outcome occurring, or the stay starting, on or before this date (inclusive). */
  to?: string | null | undefined;
};

/** All conditions given must hold. */
export type ProjectFilter = {
  /** Only projects adopted in this call. */
  callId?: string | number | null | undefined;
  /** Only projects with this partner country/region. */
  countryId?: string | number | null | undefined;
  /** Only projects in this research field. */
  fieldId?: string | number | null | undefined;
  /** Only projects this organisation takes part in: as the PI's organisation or as any team member's affiliation. */
  organizationId?: string | number | null | undefined;
  /** Only projects in one of these states. */
  status?: Array<ProjectStatus> | null | undefined;
};

/** Ordering of Project lists; ties are broken by id. */
export type ProjectOrder = {
  direction?: OrderDirection;
  field: ProjectOrderField;
};

export type ProjectOrderField =
  /** By the first day of support. */
  | 'STARTS_ON'
  /** By English title. */
  | 'TITLE';

/** Where an adopted project stands. */
export type ProjectStatus =
  /** Supported and running. */
  | 'ACTIVE'
  /** Ran to the end of its period. */
  | 'COMPLETED'
  /** Support is paused. */
  | 'SUSPENDED'
  /** Support ended before the end of the planned period. */
  | 'TERMINATED';

/** Conditions a proposal must all meet. Ids are global ids of the named type; another type’s is refused. */
export type ProposalFilter = {
  /** Proposals to this call (a Call id). */
  callId?: string | number | null | undefined;
  /** Proposals in this research field (a ResearchField id). */
  fieldId?: string | number | null | undefined;
  /** Proposals led by this organisation, or with a team member affiliated to it for the proposal (an Organization id). */
  organizationId?: string | number | null | undefined;
  /** Proposals with this partner country/region (a Country id). */
  partnerCountryId?: string | number | null | undefined;
  /** Proposals with this researcher on the team, in any role (a Researcher id). */
  researcherId?: string | number | null | undefined;
  /** Proposals in any of these statuses. */
  status?: Array<ProposalStatus> | null | undefined;
};

/** Ordering of Proposal lists; ties are broken by id. */
export type ProposalOrder = {
  direction?: OrderDirection;
  field: ProposalOrderField;
};

export type ProposalOrderField =
  /** When the proposal was first recorded. */
  | 'CREATED_AT'
  /** When submitted; drafts, which have no submission time, come last. */
  | 'SUBMITTED_AT'
  /** English title. */
  | 'TITLE';

/** Where a proposal stands in the call’s review. */
export type ProposalStatus =
  /** Adopted (採択): the proposal became a project. */
  | 'ADOPTED'
  /** In document review (書面審査). */
  | 'DOCUMENT_REVIEW'
  /** Being written; not yet submitted (e-Rad on the Japan side). */
  | 'DRAFT'
  /** Passed document review and invited to the interview (面接審査). */
  | 'INTERVIEW'
  /** Not adopted, at document review, interview or the final decision (see `decisions`). */
  | 'REJECTED'
  /** Submitted by the deadline; review has not started. */
  | 'SUBMITTED'
  /** Withdrawn by the applicants. */
  | 'WITHDRAWN';

/** All conditions given must hold. */
export type ResearcherFilter = {
  /** Japanese or English name contains this text (case-insensitive). */
  name?: string | null | undefined;
  /** ORCID iD, exactly, e.g. 0000-0002-1825-0097. */
  orcid?: string | null | undefined;
  /** Only researchers currently affiliated here. */
  organizationId?: string | number | null | undefined;
};

/** Ordering of Researcher lists; ties are broken by id. */
export type ResearcherOrder = {
  direction?: OrderDirection;
  field: ResearcherOrderField;
};

export type ResearcherOrderField =
  /** By English name. */
  | 'NAME_EN'
  /** By Japanese name as text (not by reading); researchers without one come last in either direction. */
  | 'NAME_JA';

/** What an API key may do; the README has the full table. */
export type Role =
  | 'ADMIN'
  | 'AGENCY'
  | 'INSTITUTION'
  | 'STAFF';

/** Where a call's proposal and adoption figures come from. */
export type StatisticsSource =
  /** Neither records nor published figures exist yet. */
  | 'NONE'
  /** As published by JST (e.g. the mid-term evaluation report); see asOf and sourceNote. */
  | 'PUBLISHED'
  /** Counted from the proposals on record for the call. */
  | 'RECORDS';

/** Which side of an international team: Japan (funded by JST) or the partner country/region. */
export type TeamSide =
  /** The Japan side, reviewed and funded by JST. */
  | 'JAPAN'
  /** The partner side, funded by a program or agency of the partner country/region. */
  | 'PARTNER';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role | null, keyName: string | null, agency: { id: string, code: string, acronym: string | null, name: string | null } | null, organization: { id: string, name: string | null, nameEn: string } | null } };

export type CallRefFragment = { id: string, code: string, title: string | null, fiscalYear: number };

export type CallSummaryFragment = { kind: CallKind, status: CallStatus, id: string, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }> };

export type CallBaseFragment = { id: string, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }> };

export type CallsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CallFilter | null | undefined;
  orderBy?: CallOrder | null | undefined;
}>;


export type CallsQuery = { calls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: CallKind, status: CallStatus, id: string, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }> }> } };

export type CallQueryVariables = Exact<{
  code: string;
}>;


export type CallQuery = { call: { titleEn: string, titleJa: string | null, description: string | null, note: string | null, fieldPhase: number | null, indirectRatePercent: number, minPeriodMonths: number | null, maxPeriodMonths: number | null, supportStartsOn: string | null, japanSideEndsOn: string | null, partnerSideEndsOn: string | null, mobilityExtensionEndsOn: string | null, kind: CallKind, status: CallStatus, id: string, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, partnerSubmissionDeadline: string | null, fiscalYearRange: { start: string, end: string }, fieldsInPhase: Array<{ phase: { phase: number, scope: string | null, name: string | null } | null, field: { id: string, code: string } }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }>, milestones: Array<{ id: string, kind: MilestoneKind, startsAt: string, endsAt: string | null, precision: DatePrecision, timeZone: string, side: TeamSide | null, note: string | null }>, partnerFunding: { currency: string | null, maxAmount: string | null, note: string | null } | null, rules: { networkShareGuidelinePercent: number | null, youngResearcherYearsSinceDegree: number | null, requiresYoungTraveller: boolean, requiresPartnerLetterOfIntent: boolean, requiresResearchSecurity: boolean, singleApplicationPerResearcher: boolean, appliesOngoingProjectRules: boolean }, statistics: { proposalCount: number | null, adoptionCount: number | null, adoptionRate: number | null, source: StatisticsSource, asOf: string | null, sourceNote: string | null }, publishedStatistics: { proposalCount: number | null, adoptionCount: number | null, adoptionRate: number | null, source: StatisticsSource, asOf: string | null, sourceNote: string | null }, proposals: { totalCount: number, nodes: Array<{ id: string, title: string | null, status: ProposalStatus }> } } | null };

export type CallStatisticsFieldsFragment = { proposalCount: number | null, adoptionCount: number | null, adoptionRate: number | null, source: StatisticsSource, asOf: string | null, sourceNote: string | null };

type NodeSummary_BudgetLine_Fragment = { __typename: 'BudgetLine', id: string };

type NodeSummary_Call_Fragment = { __typename: 'Call', id: string, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, callKind: CallKind, callStatus: CallStatus, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }> };

type NodeSummary_CallMilestone_Fragment = { __typename: 'CallMilestone', id: string };

type NodeSummary_Country_Fragment = { __typename: 'Country', id: string, code: string, name: string | null, nameEn: string, isPartner: boolean };

type NodeSummary_Decision_Fragment = { __typename: 'Decision', id: string };

type NodeSummary_Evaluation_Fragment = { __typename: 'Evaluation', id: string };

type NodeSummary_FundingAgency_Fragment = { __typename: 'FundingAgency', id: string, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null };

type NodeSummary_Indicator_Fragment = { __typename: 'Indicator', id: string, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } };

type NodeSummary_IndicatorActual_Fragment = { __typename: 'IndicatorActual', id: string };

type NodeSummary_Mobility_Fragment = { __typename: 'Mobility', id: string, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } };

type NodeSummary_Organization_Fragment = { __typename: 'Organization', id: string, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, organizationKind: OrganizationKind, country: { id: string, code: string, name: string | null } };

type NodeSummary_Outcome_Fragment = { __typename: 'Outcome', id: string, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, outcomeKind: OutcomeKind, outcomeTitle: string, project: { id: string, title: string | null } };

type NodeSummary_Project_Fragment = { __typename: 'Project', id: string, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, projectStatus: ProjectStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> };

type NodeSummary_Proposal_Fragment = { __typename: 'Proposal', id: string, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, proposalStatus: ProposalStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } };

type NodeSummary_ResearchField_Fragment = { __typename: 'ResearchField', id: string, code: string, name: string | null, scope: string | null };

type NodeSummary_ResearchSecurityAttestation_Fragment = { __typename: 'ResearchSecurityAttestation', id: string };

type NodeSummary_Researcher_Fragment = { __typename: 'Researcher', id: string, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null };

type NodeSummary_TeamMember_Fragment = { __typename: 'TeamMember', id: string };

export type NodeSummaryFragment =
  | NodeSummary_BudgetLine_Fragment
  | NodeSummary_Call_Fragment
  | NodeSummary_CallMilestone_Fragment
  | NodeSummary_Country_Fragment
  | NodeSummary_Decision_Fragment
  | NodeSummary_Evaluation_Fragment
  | NodeSummary_FundingAgency_Fragment
  | NodeSummary_Indicator_Fragment
  | NodeSummary_IndicatorActual_Fragment
  | NodeSummary_Mobility_Fragment
  | NodeSummary_Organization_Fragment
  | NodeSummary_Outcome_Fragment
  | NodeSummary_Project_Fragment
  | NodeSummary_Proposal_Fragment
  | NodeSummary_ResearchField_Fragment
  | NodeSummary_ResearchSecurityAttestation_Fragment
  | NodeSummary_Researcher_Fragment
  | NodeSummary_TeamMember_Fragment
;

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'BudgetLine', id: string }
    | { __typename: 'Call', id: string, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, callKind: CallKind, callStatus: CallStatus, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }> }
    | { __typename: 'CallMilestone', id: string }
    | { __typename: 'Country', id: string, code: string, name: string | null, nameEn: string, isPartner: boolean }
    | { __typename: 'Decision', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'FundingAgency', id: string, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null }
    | { __typename: 'Indicator', id: string, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'Mobility', id: string, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } }
    | { __typename: 'Organization', id: string, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, organizationKind: OrganizationKind, country: { id: string, code: string, name: string | null } }
    | { __typename: 'Outcome', id: string, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, outcomeKind: OutcomeKind, outcomeTitle: string, project: { id: string, title: string | null } }
    | { __typename: 'Project', id: string, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, projectStatus: ProjectStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> }
    | { __typename: 'Proposal', id: string, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, proposalStatus: ProposalStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } }
    | { __typename: 'ResearchField', id: string, code: string, name: string | null, scope: string | null }
    | { __typename: 'ResearchSecurityAttestation', id: string }
    | { __typename: 'Researcher', id: string, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null }
    | { __typename: 'TeamMember', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'BudgetLine', id: string }
    | { __typename: 'Call', id: string, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, callKind: CallKind, callStatus: CallStatus, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }> }
    | { __typename: 'CallMilestone', id: string }
    | { __typename: 'Country', id: string, code: string, name: string | null, nameEn: string, isPartner: boolean }
    | { __typename: 'Decision', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'FundingAgency', id: string, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null }
    | { __typename: 'Indicator', id: string, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'Mobility', id: string, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } }
    | { __typename: 'Organization', id: string, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, organizationKind: OrganizationKind, country: { id: string, code: string, name: string | null } }
    | { __typename: 'Outcome', id: string, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, outcomeKind: OutcomeKind, outcomeTitle: string, project: { id: string, title: string | null } }
    | { __typename: 'Project', id: string, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, projectStatus: ProjectStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> }
    | { __typename: 'Proposal', id: string, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, proposalStatus: ProposalStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } }
    | { __typename: 'ResearchField', id: string, code: string, name: string | null, scope: string | null }
    | { __typename: 'ResearchSecurityAttestation', id: string }
    | { __typename: 'Researcher', id: string, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null }
    | { __typename: 'TeamMember', id: string }
   | null> };

export type OrganizationRefFragment = { id: string, name: string | null, nameEn: string };

export type OrganizationSummaryFragment = { kind: OrganizationKind, id: string, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, country: { id: string, code: string, name: string | null } };

export type OrganizationBaseFragment = { id: string, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, country: { id: string, code: string, name: string | null } };

export type ResearcherRefFragment = { id: string, name: string | null, nameEn: string };

export type ResearcherSummaryFragment = { id: string, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: OrganizationKind, id: string, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, country: { id: string, code: string, name: string | null } }> } };

export type ResearchersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ResearcherFilter | null | undefined;
  orderBy?: ResearcherOrder | null | undefined;
}>;


export type ResearchersQuery = { researchers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null }> } };

export type ProjectRefFragment = { id: string, title: string | null };

export type ProjectSummaryFragment = { status: ProjectStatus, id: string, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> };

export type ProjectBaseFragment = { id: string, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> };

export type OutcomeSummaryFragment = { kind: OutcomeKind, title: string, id: string, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, project: { id: string, title: string | null } };

export type OutcomeBaseFragment = { id: string, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, project: { id: string, title: string | null } };

export type MobilitySummaryFragment = { id: string, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } };

export type ProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
  orderBy?: ProjectOrder | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: ProjectStatus, id: string, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, outcomeCounts: Array<{ kind: OutcomeKind, count: number }>, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> }> } };

export type OutcomesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OutcomeFilter | null | undefined;
  orderBy?: OutcomeOrder | null | undefined;
}>;


export type OutcomesQuery = { outcomes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: OutcomeKind, title: string, id: string, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, project: { id: string, title: string | null } }> } };

export type MobilitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MobilityFilter | null | undefined;
  orderBy?: MobilityOrder | null | undefined;
}>;


export type MobilitiesQuery = { mobilities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } }> } };

export type OutcomeStatisticsQueryVariables = Exact<{
  filter?: OutcomeStatisticsFilter | null | undefined;
}>;


export type OutcomeStatisticsQuery = { outcomeStatistics: { total: number, withPartner: number, byKind: Array<{ kind: OutcomeKind, count: number }>, byGtrCategory: Array<{ category: GtrCategory, count: number }>, mobility: { dispatched: number, invited: number } } };

export type ProposalSummaryFragment = { status: ProposalStatus, id: string, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } };

export type ProposalBaseFragment = { id: string, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } };

export type ProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProposalFilter | null | undefined;
  orderBy?: ProposalOrder | null | undefined;
}>;


export type ProposalsQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: ProposalStatus, id: string, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, project: { id: string, title: string | null } | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } }> } };

export type CountryRefFragment = { id: string, code: string, name: string | null };

export type CountrySummaryFragment = { id: string, code: string, name: string | null, nameEn: string, isPartner: boolean };

export type ResearchFieldRefFragment = { id: string, code: string, name: string | null };

export type ResearchFieldSummaryFragment = { id: string, code: string, name: string | null, scope: string | null };

export type FundingAgencyRefFragment = { id: string, code: string, acronym: string | null, name: string | null };

export type FundingAgencySummaryFragment = { id: string, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null };

export type IndicatorSummaryFragment = { id: string, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } };

export type CountriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CountryFilter | null | undefined;
}>;


export type CountriesQuery = { countries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ nameJa: string, id: string, code: string, name: string | null, nameEn: string, isPartner: boolean }> } };

export type CountryQueryVariables = Exact<{
  code: string;
}>;


export type CountryQuery = { country: { nameJa: string, id: string, code: string, name: string | null, nameEn: string, isPartner: boolean, agencies: Array<{ id: string, code: string, acronym: string | null, name: string | null }>, organizations: { totalCount: number, nodes: Array<{ id: string, name: string | null, nameEn: string }> } } | null };

export type ResearchFieldsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResearchFieldsQuery = { researchFields: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string | null, scope: string | null }> } };

export type ResearchFieldQueryVariables = Exact<{
  code: string;
}>;


export type ResearchFieldQuery = { researchField: { id: string, code: string, name: string | null, scope: string | null, phases: Array<{ phase: number, fromFiscalYear: number, toFiscalYear: number | null, name: string | null, scope: string | null, examplesEn: Array<string>, examplesJa: Array<string> }>, calls: { totalCount: number, nodes: Array<{ id: string, code: string, title: string | null, fiscalYear: number }> } } | null };

export type FundingAgenciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FundingAgenciesQuery = { fundingAgencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null }> } };

export type FundingAgencyQueryVariables = Exact<{
  code: string;
}>;


export type FundingAgencyQuery = { fundingAgency: { crossrefFunderId: string | null, crossrefFunderUrl: string | null, rorId: string | null, rorUrl: string | null, id: string, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, children: Array<{ id: string, code: string, acronym: string | null, name: string | null }>, calls: { totalCount: number, edges: Array<{ role: CallAgencyRole, node: { id: string, code: string, title: string | null, fiscalYear: number } }> }, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null } | null };

export type IndicatorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IndicatorsQuery = { indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } }> } };

export type IndicatorQueryVariables = Exact<{
  code: string;
}>;


export type IndicatorQuery = { indicator: { id: string, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, actuals: Array<{ reportedOn: string, value: number | null, qualitative: string | null, scope: string | null, source: string | null }>, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, unknown> | undefined;

  constructor(value: string, __meta__?: Record<string, unknown> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CallBaseFragmentDoc = new TypedDocumentString(`
    fragment CallBase on Call {
  id
  code
  title
  track
  fiscalYear
  submissionDeadline
  maxDirectCostYen
  maxTotalCostYen
  expectedAdoptions
  fieldsInPhase {
    field {
      id
      code
    }
    phase {
      name
    }
  }
}
    `, {"fragmentName":"CallBase"}) as unknown as TypedDocumentString<CallBaseFragment, unknown>;
export const CallSummaryFragmentDoc = new TypedDocumentString(`
    fragment CallSummary on Call {
  ...CallBase
  kind
  status
}
    fragment CallBase on Call {
  id
  code
  title
  track
  fiscalYear
  submissionDeadline
  maxDirectCostYen
  maxTotalCostYen
  expectedAdoptions
  fieldsInPhase {
    field {
      id
      code
    }
    phase {
      name
    }
  }
}`, {"fragmentName":"CallSummary"}) as unknown as TypedDocumentString<CallSummaryFragment, unknown>;
export const CallStatisticsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CallStatisticsFields on CallStatistics {
  proposalCount
  adoptionCount
  adoptionRate
  source
  asOf
  sourceNote
}
    `, {"fragmentName":"CallStatisticsFields"}) as unknown as TypedDocumentString<CallStatisticsFieldsFragment, unknown>;
export const CountrySummaryFragmentDoc = new TypedDocumentString(`
    fragment CountrySummary on Country {
  id
  code
  name
  nameEn
  isPartner
}
    `, {"fragmentName":"CountrySummary"}) as unknown as TypedDocumentString<CountrySummaryFragment, unknown>;
export const ResearchFieldSummaryFragmentDoc = new TypedDocumentString(`
    fragment ResearchFieldSummary on ResearchField {
  id
  code
  name
  scope
}
    `, {"fragmentName":"ResearchFieldSummary"}) as unknown as TypedDocumentString<ResearchFieldSummaryFragment, unknown>;
export const CountryRefFragmentDoc = new TypedDocumentString(`
    fragment CountryRef on Country {
  id
  code
  name
}
    `, {"fragmentName":"CountryRef"}) as unknown as TypedDocumentString<CountryRefFragment, unknown>;
export const FundingAgencyRefFragmentDoc = new TypedDocumentString(`
    fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}
    `, {"fragmentName":"FundingAgencyRef"}) as unknown as TypedDocumentString<FundingAgencyRefFragment, unknown>;
export const FundingAgencySummaryFragmentDoc = new TypedDocumentString(`
    fragment FundingAgencySummary on FundingAgency {
  id
  code
  acronym
  name
  nameEn
  nameJa
  website
  country {
    ...CountryRef
  }
  parent {
    ...FundingAgencyRef
  }
}
    fragment CountryRef on Country {
  id
  code
  name
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"fragmentName":"FundingAgencySummary"}) as unknown as TypedDocumentString<FundingAgencySummaryFragment, unknown>;
export const IndicatorSummaryFragmentDoc = new TypedDocumentString(`
    fragment IndicatorSummary on Indicator {
  id
  code
  goalNumber
  goal
  name
  unit
  targetValue
  targetFiscalYear
  progress {
    actual
    target
    ratio
    achieved
    qualitative
    reportedOn
    targetFiscalYear
  }
}
    `, {"fragmentName":"IndicatorSummary"}) as unknown as TypedDocumentString<IndicatorSummaryFragment, unknown>;
export const OrganizationBaseFragmentDoc = new TypedDocumentString(`
    fragment OrganizationBase on Organization {
  id
  name
  nameEn
  nameJa
  rorId
  rorUrl
  country {
    ...CountryRef
  }
}
    fragment CountryRef on Country {
  id
  code
  name
}`, {"fragmentName":"OrganizationBase"}) as unknown as TypedDocumentString<OrganizationBaseFragment, unknown>;
export const OrganizationRefFragmentDoc = new TypedDocumentString(`
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
    `, {"fragmentName":"OrganizationRef"}) as unknown as TypedDocumentString<OrganizationRefFragment, unknown>;
export const ResearcherSummaryFragmentDoc = new TypedDocumentString(`
    fragment ResearcherSummary on Researcher {
  id
  name
  nameEn
  nameJa
  orcid
  orcidUrl
  eradNumber
  careerStage
  degreeYear
  organization {
    ...OrganizationRef
  }
}
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}`, {"fragmentName":"ResearcherSummary"}) as unknown as TypedDocumentString<ResearcherSummaryFragment, unknown>;
export const CallRefFragmentDoc = new TypedDocumentString(`
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
    `, {"fragmentName":"CallRef"}) as unknown as TypedDocumentString<CallRefFragment, unknown>;
export const ResearchFieldRefFragmentDoc = new TypedDocumentString(`
    fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}
    `, {"fragmentName":"ResearchFieldRef"}) as unknown as TypedDocumentString<ResearchFieldRefFragment, unknown>;
export const ResearcherRefFragmentDoc = new TypedDocumentString(`
    fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
    `, {"fragmentName":"ResearcherRef"}) as unknown as TypedDocumentString<ResearcherRefFragment, unknown>;
export const ProposalBaseFragmentDoc = new TypedDocumentString(`
    fragment ProposalBase on Proposal {
  id
  title
  createdAt
  updatedAt
  submittedAt
  decidedAt
  plannedPeriodMonths
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    id
    researcher {
      ...ResearcherRef
    }
  }
  partnerCountries {
    ...CountryRef
  }
  budget {
    directCostYen
    indirectCostYen
    totalCostYen
    networkAndYouthShare
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}`, {"fragmentName":"ProposalBase"}) as unknown as TypedDocumentString<ProposalBaseFragment, unknown>;
export const ProjectBaseFragmentDoc = new TypedDocumentString(`
    fragment ProjectBase on Project {
  id
  title
  startsOn
  endsOn
  periodMonths
  grantNumber
  grantDoi
  grantDoiUrl
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    ...ResearcherRef
  }
  partnerCountries {
    ...CountryRef
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}`, {"fragmentName":"ProjectBase"}) as unknown as TypedDocumentString<ProjectBaseFragment, unknown>;
export const ProjectRefFragmentDoc = new TypedDocumentString(`
    fragment ProjectRef on Project {
  id
  title
}
    `, {"fragmentName":"ProjectRef"}) as unknown as TypedDocumentString<ProjectRefFragment, unknown>;
export const OutcomeBaseFragmentDoc = new TypedDocumentString(`
    fragment OutcomeBase on Outcome {
  id
  gtrCategory
  description
  occurredOn
  reportedBySide
  withPartner
  partnerContributors
  attendeeCount
  doi
  doiUrl
  url
  project {
    ...ProjectRef
  }
}
    fragment ProjectRef on Project {
  id
  title
}`, {"fragmentName":"OutcomeBase"}) as unknown as TypedDocumentString<OutcomeBaseFragment, unknown>;
export const MobilitySummaryFragmentDoc = new TypedDocumentString(`
    fragment MobilitySummary on Mobility {
  id
  direction
  startsOn
  endsOn
  durationDays
  purpose
  researcher {
    ...ResearcherRef
  }
  country {
    ...CountryRef
  }
  homeOrganization {
    ...OrganizationRef
  }
  hostOrganization {
    ...OrganizationRef
  }
  project {
    ...ProjectRef
  }
}
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ProjectRef on Project {
  id
  title
}
fragment CountryRef on Country {
  id
  code
  name
}`, {"fragmentName":"MobilitySummary"}) as unknown as TypedDocumentString<MobilitySummaryFragment, unknown>;
export const NodeSummaryFragmentDoc = new TypedDocumentString(`
    fragment NodeSummary on Node {
  __typename
  id
  ... on Call {
    ...CallBase
    callKind: kind
    callStatus: status
  }
  ... on Country {
    ...CountrySummary
  }
  ... on ResearchField {
    ...ResearchFieldSummary
  }
  ... on FundingAgency {
    ...FundingAgencySummary
  }
  ... on Indicator {
    ...IndicatorSummary
  }
  ... on Organization {
    ...OrganizationBase
    organizationKind: kind
  }
  ... on Researcher {
    ...ResearcherSummary
  }
  ... on Proposal {
    ...ProposalBase
    proposalStatus: status
  }
  ... on Project {
    ...ProjectBase
    projectStatus: status
  }
  ... on Outcome {
    ...OutcomeBase
    outcomeKind: kind
    outcomeTitle: title
  }
  ... on Mobility {
    ...MobilitySummary
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment CallBase on Call {
  id
  code
  title
  track
  fiscalYear
  submissionDeadline
  maxDirectCostYen
  maxTotalCostYen
  expectedAdoptions
  fieldsInPhase {
    field {
      id
      code
    }
    phase {
      name
    }
  }
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment OrganizationBase on Organization {
  id
  name
  nameEn
  nameJa
  rorId
  rorUrl
  country {
    ...CountryRef
  }
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ResearcherSummary on Researcher {
  id
  name
  nameEn
  nameJa
  orcid
  orcidUrl
  eradNumber
  careerStage
  degreeYear
  organization {
    ...OrganizationRef
  }
}
fragment ProjectRef on Project {
  id
  title
}
fragment ProjectBase on Project {
  id
  title
  startsOn
  endsOn
  periodMonths
  grantNumber
  grantDoi
  grantDoiUrl
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    ...ResearcherRef
  }
  partnerCountries {
    ...CountryRef
  }
}
fragment OutcomeBase on Outcome {
  id
  gtrCategory
  description
  occurredOn
  reportedBySide
  withPartner
  partnerContributors
  attendeeCount
  doi
  doiUrl
  url
  project {
    ...ProjectRef
  }
}
fragment MobilitySummary on Mobility {
  id
  direction
  startsOn
  endsOn
  durationDays
  purpose
  researcher {
    ...ResearcherRef
  }
  country {
    ...CountryRef
  }
  homeOrganization {
    ...OrganizationRef
  }
  hostOrganization {
    ...OrganizationRef
  }
  project {
    ...ProjectRef
  }
}
fragment ProposalBase on Proposal {
  id
  title
  createdAt
  updatedAt
  submittedAt
  decidedAt
  plannedPeriodMonths
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    id
    researcher {
      ...ResearcherRef
    }
  }
  partnerCountries {
    ...CountryRef
  }
  budget {
    directCostYen
    indirectCostYen
    totalCostYen
    networkAndYouthShare
  }
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment CountrySummary on Country {
  id
  code
  name
  nameEn
  isPartner
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}
fragment ResearchFieldSummary on ResearchField {
  id
  code
  name
  scope
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}
fragment FundingAgencySummary on FundingAgency {
  id
  code
  acronym
  name
  nameEn
  nameJa
  website
  country {
    ...CountryRef
  }
  parent {
    ...FundingAgencyRef
  }
}
fragment IndicatorSummary on Indicator {
  id
  code
  goalNumber
  goal
  name
  unit
  targetValue
  targetFiscalYear
  progress {
    actual
    target
    ratio
    achieved
    qualitative
    reportedOn
    targetFiscalYear
  }
}`, {"fragmentName":"NodeSummary"}) as unknown as TypedDocumentString<NodeSummaryFragment, unknown>;
export const OrganizationSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrganizationSummary on Organization {
  ...OrganizationBase
  kind
}
    fragment OrganizationBase on Organization {
  id
  name
  nameEn
  nameJa
  rorId
  rorUrl
  country {
    ...CountryRef
  }
}
fragment CountryRef on Country {
  id
  code
  name
}`, {"fragmentName":"OrganizationSummary"}) as unknown as TypedDocumentString<OrganizationSummaryFragment, unknown>;
export const ProjectSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProjectSummary on Project {
  ...ProjectBase
  status
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ProjectBase on Project {
  id
  title
  startsOn
  endsOn
  periodMonths
  grantNumber
  grantDoi
  grantDoiUrl
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    ...ResearcherRef
  }
  partnerCountries {
    ...CountryRef
  }
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}`, {"fragmentName":"ProjectSummary"}) as unknown as TypedDocumentString<ProjectSummaryFragment, unknown>;
export const OutcomeSummaryFragmentDoc = new TypedDocumentString(`
    fragment OutcomeSummary on Outcome {
  ...OutcomeBase
  kind
  title
}
    fragment ProjectRef on Project {
  id
  title
}
fragment OutcomeBase on Outcome {
  id
  gtrCategory
  description
  occurredOn
  reportedBySide
  withPartner
  partnerContributors
  attendeeCount
  doi
  doiUrl
  url
  project {
    ...ProjectRef
  }
}`, {"fragmentName":"OutcomeSummary"}) as unknown as TypedDocumentString<OutcomeSummaryFragment, unknown>;
export const ProposalSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProposalSummary on Proposal {
  ...ProposalBase
  status
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ProposalBase on Proposal {
  id
  title
  createdAt
  updatedAt
  submittedAt
  decidedAt
  plannedPeriodMonths
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    id
    researcher {
      ...ResearcherRef
    }
  }
  partnerCountries {
    ...CountryRef
  }
  budget {
    directCostYen
    indirectCostYen
    totalCostYen
    networkAndYouthShare
  }
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}`, {"fragmentName":"ProposalSummary"}) as unknown as TypedDocumentString<ProposalSummaryFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    role
    keyName
    agency {
      ...FundingAgencyRef
    }
    organization {
      ...OrganizationRef
    }
  }
}
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"hash":"sha256:07827b007c206f67714dd5f7c6264e2c2f0a4dfe149e2d82da6d54ed5e70358a"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const CallsDocument = new TypedDocumentString(`
    query Calls($first: Int, $after: String, $filter: CallFilter, $orderBy: CallOrder) {
  calls(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CallSummary
    }
  }
}
    fragment CallSummary on Call {
  ...CallBase
  kind
  status
}
fragment CallBase on Call {
  id
  code
  title
  track
  fiscalYear
  submissionDeadline
  maxDirectCostYen
  maxTotalCostYen
  expectedAdoptions
  fieldsInPhase {
    field {
      id
      code
    }
    phase {
      name
    }
  }
}`, {"hash":"sha256:29b9823b9e99b61a86d87b541ed4921875fd1aa454392966da739c2d4109b69c"}) as unknown as TypedDocumentString<CallsQuery, CallsQueryVariables>;
export const CallDocument = new TypedDocumentString(`
    query Call($code: String!) {
  call(code: $code) {
    ...CallSummary
    titleEn
    titleJa
    description
    note
    fieldPhase
    fiscalYearRange {
      start
      end
    }
    indirectRatePercent
    minPeriodMonths
    maxPeriodMonths
    supportStartsOn
    japanSideEndsOn
    partnerSideEndsOn
    mobilityExtensionEndsOn
    partnerSubmissionDeadline: submissionDeadline(side: PARTNER)
    fieldsInPhase {
      phase {
        phase
        scope
      }
    }
    countries {
      ...CountryRef
    }
    agencies {
      role
      agency {
        ...FundingAgencyRef
      }
    }
    milestones {
      id
      kind
      startsAt
      endsAt
      precision
      timeZone
      side
      note
    }
    partnerFunding {
      currency
      maxAmount
      note
    }
    rules {
      networkShareGuidelinePercent
      youngResearcherYearsSinceDegree
      requiresYoungTraveller
      requiresPartnerLetterOfIntent
      requiresResearchSecurity
      singleApplicationPerResearcher
      appliesOngoingProjectRules
    }
    statistics {
      ...CallStatisticsFields
    }
    publishedStatistics {
      ...CallStatisticsFields
    }
    proposals(first: 5) {
      totalCount
      nodes {
        id
        title
        status
      }
    }
  }
}
    fragment CallSummary on Call {
  ...CallBase
  kind
  status
}
fragment CallBase on Call {
  id
  code
  title
  track
  fiscalYear
  submissionDeadline
  maxDirectCostYen
  maxTotalCostYen
  expectedAdoptions
  fieldsInPhase {
    field {
      id
      code
    }
    phase {
      name
    }
  }
}
fragment CallStatisticsFields on CallStatistics {
  proposalCount
  adoptionCount
  adoptionRate
  source
  asOf
  sourceNote
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"hash":"sha256:90cdfb4cbc62f0206f9d553daaaeb2d6b10b964f55d8b704533f9a0322529e31"}) as unknown as TypedDocumentString<CallQuery, CallQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    ...NodeSummary
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment CallBase on Call {
  id
  code
  title
  track
  fiscalYear
  submissionDeadline
  maxDirectCostYen
  maxTotalCostYen
  expectedAdoptions
  fieldsInPhase {
    field {
      id
      code
    }
    phase {
      name
    }
  }
}
fragment NodeSummary on Node {
  __typename
  id
  ... on Call {
    ...CallBase
    callKind: kind
    callStatus: status
  }
  ... on Country {
    ...CountrySummary
  }
  ... on ResearchField {
    ...ResearchFieldSummary
  }
  ... on FundingAgency {
    ...FundingAgencySummary
  }
  ... on Indicator {
    ...IndicatorSummary
  }
  ... on Organization {
    ...OrganizationBase
    organizationKind: kind
  }
  ... on Researcher {
    ...ResearcherSummary
  }
  ... on Proposal {
    ...ProposalBase
    proposalStatus: status
  }
  ... on Project {
    ...ProjectBase
    projectStatus: status
  }
  ... on Outcome {
    ...OutcomeBase
    outcomeKind: kind
    outcomeTitle: title
  }
  ... on Mobility {
    ...MobilitySummary
  }
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment OrganizationBase on Organization {
  id
  name
  nameEn
  nameJa
  rorId
  rorUrl
  country {
    ...CountryRef
  }
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ResearcherSummary on Researcher {
  id
  name
  nameEn
  nameJa
  orcid
  orcidUrl
  eradNumber
  careerStage
  degreeYear
  organization {
    ...OrganizationRef
  }
}
fragment ProjectRef on Project {
  id
  title
}
fragment ProjectBase on Project {
  id
  title
  startsOn
  endsOn
  periodMonths
  grantNumber
  grantDoi
  grantDoiUrl
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    ...ResearcherRef
  }
  partnerCountries {
    ...CountryRef
  }
}
fragment OutcomeBase on Outcome {
  id
  gtrCategory
  description
  occurredOn
  reportedBySide
  withPartner
  partnerContributors
  attendeeCount
  doi
  doiUrl
  url
  project {
    ...ProjectRef
  }
}
fragment MobilitySummary on Mobility {
  id
  direction
  startsOn
  endsOn
  durationDays
  purpose
  researcher {
    ...ResearcherRef
  }
  country {
    ...CountryRef
  }
  homeOrganization {
    ...OrganizationRef
  }
  hostOrganization {
    ...OrganizationRef
  }
  project {
    ...ProjectRef
  }
}
fragment ProposalBase on Proposal {
  id
  title
  createdAt
  updatedAt
  submittedAt
  decidedAt
  plannedPeriodMonths
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    id
    researcher {
      ...ResearcherRef
    }
  }
  partnerCountries {
    ...CountryRef
  }
  budget {
    directCostYen
    indirectCostYen
    totalCostYen
    networkAndYouthShare
  }
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment CountrySummary on Country {
  id
  code
  name
  nameEn
  isPartner
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}
fragment ResearchFieldSummary on ResearchField {
  id
  code
  name
  scope
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}
fragment FundingAgencySummary on FundingAgency {
  id
  code
  acronym
  name
  nameEn
  nameJa
  website
  country {
    ...CountryRef
  }
  parent {
    ...FundingAgencyRef
  }
}
fragment IndicatorSummary on Indicator {
  id
  code
  goalNumber
  goal
  name
  unit
  targetValue
  targetFiscalYear
  progress {
    actual
    target
    ratio
    achieved
    qualitative
    reportedOn
    targetFiscalYear
  }
}`, {"hash":"sha256:3fe2742f52be0a085b8df176eeef57be3e21c192b5926cd4c95658436963c0f1"}) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...NodeSummary
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment CallBase on Call {
  id
  code
  title
  track
  fiscalYear
  submissionDeadline
  maxDirectCostYen
  maxTotalCostYen
  expectedAdoptions
  fieldsInPhase {
    field {
      id
      code
    }
    phase {
      name
    }
  }
}
fragment NodeSummary on Node {
  __typename
  id
  ... on Call {
    ...CallBase
    callKind: kind
    callStatus: status
  }
  ... on Country {
    ...CountrySummary
  }
  ... on ResearchField {
    ...ResearchFieldSummary
  }
  ... on FundingAgency {
    ...FundingAgencySummary
  }
  ... on Indicator {
    ...IndicatorSummary
  }
  ... on Organization {
    ...OrganizationBase
    organizationKind: kind
  }
  ... on Researcher {
    ...ResearcherSummary
  }
  ... on Proposal {
    ...ProposalBase
    proposalStatus: status
  }
  ... on Project {
    ...ProjectBase
    projectStatus: status
  }
  ... on Outcome {
    ...OutcomeBase
    outcomeKind: kind
    outcomeTitle: title
  }
  ... on Mobility {
    ...MobilitySummary
  }
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment OrganizationBase on Organization {
  id
  name
  nameEn
  nameJa
  rorId
  rorUrl
  country {
    ...CountryRef
  }
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ResearcherSummary on Researcher {
  id
  name
  nameEn
  nameJa
  orcid
  orcidUrl
  eradNumber
  careerStage
  degreeYear
  organization {
    ...OrganizationRef
  }
}
fragment ProjectRef on Project {
  id
  title
}
fragment ProjectBase on Project {
  id
  title
  startsOn
  endsOn
  periodMonths
  grantNumber
  grantDoi
  grantDoiUrl
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    ...ResearcherRef
  }
  partnerCountries {
    ...CountryRef
  }
}
fragment OutcomeBase on Outcome {
  id
  gtrCategory
  description
  occurredOn
  reportedBySide
  withPartner
  partnerContributors
  attendeeCount
  doi
  doiUrl
  url
  project {
    ...ProjectRef
  }
}
fragment MobilitySummary on Mobility {
  id
  direction
  startsOn
  endsOn
  durationDays
  purpose
  researcher {
    ...ResearcherRef
  }
  country {
    ...CountryRef
  }
  homeOrganization {
    ...OrganizationRef
  }
  hostOrganization {
    ...OrganizationRef
  }
  project {
    ...ProjectRef
  }
}
fragment ProposalBase on Proposal {
  id
  title
  createdAt
  updatedAt
  submittedAt
  decidedAt
  plannedPeriodMonths
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    id
    researcher {
      ...ResearcherRef
    }
  }
  partnerCountries {
    ...CountryRef
  }
  budget {
    directCostYen
    indirectCostYen
    totalCostYen
    networkAndYouthShare
  }
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment CountrySummary on Country {
  id
  code
  name
  nameEn
  isPartner
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}
fragment ResearchFieldSummary on ResearchField {
  id
  code
  name
  scope
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}
fragment FundingAgencySummary on FundingAgency {
  id
  code
  acronym
  name
  nameEn
  nameJa
  website
  country {
    ...CountryRef
  }
  parent {
    ...FundingAgencyRef
  }
}
fragment IndicatorSummary on Indicator {
  id
  code
  goalNumber
  goal
  name
  unit
  targetValue
  targetFiscalYear
  progress {
    actual
    target
    ratio
    achieved
    qualitative
    reportedOn
    targetFiscalYear
  }
}`, {"hash":"sha256:8b287a83faaae937a0a474ed8763218a811b7bffe29d2b7cf1704aa4be62bd25"}) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...OrganizationSummary
    }
  }
}
    fragment OrganizationSummary on Organization {
  ...OrganizationBase
  kind
}
fragment OrganizationBase on Organization {
  id
  name
  nameEn
  nameJa
  rorId
  rorUrl
  country {
    ...CountryRef
  }
}
fragment CountryRef on Country {
  id
  code
  name
}`, {"hash":"sha256:de9dfb247baa3d7be620402e0bdeaa0df4377b0a2a6dc28affbad1c86f757879"}) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const ResearchersDocument = new TypedDocumentString(`
    query Researchers($first: Int, $after: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder) {
  researchers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ResearcherSummary
    }
  }
}
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherSummary on Researcher {
  id
  name
  nameEn
  nameJa
  orcid
  orcidUrl
  eradNumber
  careerStage
  degreeYear
  organization {
    ...OrganizationRef
  }
}`, {"hash":"sha256:b1de71d8e7d61c1f083c612e9b5db1943831ef911c515ca6a45f352c4bf040ce"}) as unknown as TypedDocumentString<ResearchersQuery, ResearchersQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {
  projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ProjectSummary
      outcomeCounts {
        kind
        count
      }
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ProjectSummary on Project {
  ...ProjectBase
  status
}
fragment ProjectBase on Project {
  id
  title
  startsOn
  endsOn
  periodMonths
  grantNumber
  grantDoi
  grantDoiUrl
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    ...ResearcherRef
  }
  partnerCountries {
    ...CountryRef
  }
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}`, {"hash":"sha256:c76dd3dcf906d4c57ce0d1ae0296d53e8bf0468167559f1226bae55ff118fa55"}) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const OutcomesDocument = new TypedDocumentString(`
    query Outcomes($first: Int, $after: String, $filter: OutcomeFilter, $orderBy: OutcomeOrder) {
  outcomes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...OutcomeSummary
    }
  }
}
    fragment ProjectRef on Project {
  id
  title
}
fragment OutcomeSummary on Outcome {
  ...OutcomeBase
  kind
  title
}
fragment OutcomeBase on Outcome {
  id
  gtrCategory
  description
  occurredOn
  reportedBySide
  withPartner
  partnerContributors
  attendeeCount
  doi
  doiUrl
  url
  project {
    ...ProjectRef
  }
}`, {"hash":"sha256:6fd7de4d584ab796088131933cd9ca3063bb209080e4f30d0615a39be37acb6d"}) as unknown as TypedDocumentString<OutcomesQuery, OutcomesQueryVariables>;
export const MobilitiesDocument = new TypedDocumentString(`
    query Mobilities($first: Int, $after: String, $filter: MobilityFilter, $orderBy: MobilityOrder) {
  mobilities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...MobilitySummary
    }
  }
}
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ProjectRef on Project {
  id
  title
}
fragment MobilitySummary on Mobility {
  id
  direction
  startsOn
  endsOn
  durationDays
  purpose
  researcher {
    ...ResearcherRef
  }
  country {
    ...CountryRef
  }
  homeOrganization {
    ...OrganizationRef
  }
  hostOrganization {
    ...OrganizationRef
  }
  project {
    ...ProjectRef
  }
}
fragment CountryRef on Country {
  id
  code
  name
}`, {"hash":"sha256:138835572208c9c3428fe0ec87c43226fed7cd9a82d951b4ed90003825fb667c"}) as unknown as TypedDocumentString<MobilitiesQuery, MobilitiesQueryVariables>;
export const OutcomeStatisticsDocument = new TypedDocumentString(`
    query OutcomeStatistics($filter: OutcomeStatisticsFilter) {
  outcomeStatistics(filter: $filter) {
    total
    withPartner
    byKind {
      kind
      count
    }
    byGtrCategory {
      category
      count
    }
    mobility {
      dispatched
      invited
    }
  }
}
    `, {"hash":"sha256:2d48f63ae24a30f4ac2c3e017d28aea6508aa83c784578d395615116d33306c2"}) as unknown as TypedDocumentString<OutcomeStatisticsQuery, OutcomeStatisticsQueryVariables>;
export const ProposalsDocument = new TypedDocumentString(`
    query Proposals($first: Int, $after: String, $filter: ProposalFilter, $orderBy: ProposalOrder) {
  proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ProposalSummary
      project {
        ...ProjectRef
      }
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
fragment ProjectRef on Project {
  id
  title
}
fragment ProposalSummary on Proposal {
  ...ProposalBase
  status
}
fragment ProposalBase on Proposal {
  id
  title
  createdAt
  updatedAt
  submittedAt
  decidedAt
  plannedPeriodMonths
  call {
    ...CallRef
  }
  field {
    ...ResearchFieldRef
  }
  leadOrganization {
    ...OrganizationRef
  }
  pi {
    id
    researcher {
      ...ResearcherRef
    }
  }
  partnerCountries {
    ...CountryRef
  }
  budget {
    directCostYen
    indirectCostYen
    totalCostYen
    networkAndYouthShare
  }
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}`, {"hash":"sha256:a4ada802b41b33e6f9c585baa53b4ca64b1ec81b76132578e13fb47be2425c68"}) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const CountriesDocument = new TypedDocumentString(`
    query Countries($first: Int, $after: String, $filter: CountryFilter) {
  countries(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CountrySummary
      nameJa
    }
  }
}
    fragment CountrySummary on Country {
  id
  code
  name
  nameEn
  isPartner
}`, {"hash":"sha256:edc20c094925706ba520295e814441e6e0bc0fc9e1b1c558420a186c4e4021dc"}) as unknown as TypedDocumentString<CountriesQuery, CountriesQueryVariables>;
export const CountryDocument = new TypedDocumentString(`
    query Country($code: String!) {
  country(code: $code) {
    ...CountrySummary
    nameJa
    agencies {
      ...FundingAgencyRef
    }
    organizations(first: 5) {
      totalCount
      nodes {
        ...OrganizationRef
      }
    }
  }
}
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment CountrySummary on Country {
  id
  code
  name
  nameEn
  isPartner
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"hash":"sha256:b1be960fb56d81812067591efbae5145b3152c16105c12b679ee8d70a2fb2e5f"}) as unknown as TypedDocumentString<CountryQuery, CountryQueryVariables>;
export const ResearchFieldsDocument = new TypedDocumentString(`
    query ResearchFields($first: Int, $after: String) {
  researchFields(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ResearchFieldSummary
    }
  }
}
    fragment ResearchFieldSummary on ResearchField {
  id
  code
  name
  scope
}`, {"hash":"sha256:93ab69b43c0f2865302d7d894ac92085f3bcd6f70fc4fc44d745d0e8cda51103"}) as unknown as TypedDocumentString<ResearchFieldsQuery, ResearchFieldsQueryVariables>;
export const ResearchFieldDocument = new TypedDocumentString(`
    query ResearchField($code: String!) {
  researchField(code: $code) {
    ...ResearchFieldSummary
    phases {
      phase
      fromFiscalYear
      toFiscalYear
      name
      scope
      examplesEn
      examplesJa
    }
    calls(first: 5) {
      totalCount
      nodes {
        ...CallRef
      }
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment ResearchFieldSummary on ResearchField {
  id
  code
  name
  scope
}`, {"hash":"sha256:91759cf0c2d7f17568656d0726f03ffd17fb9df073867a3464d858629d83d02c"}) as unknown as TypedDocumentString<ResearchFieldQuery, ResearchFieldQueryVariables>;
export const FundingAgenciesDocument = new TypedDocumentString(`
    query FundingAgencies($first: Int, $after: String) {
  fundingAgencies(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...FundingAgencySummary
    }
  }
}
    fragment CountryRef on Country {
  id
  code
  name
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}
fragment FundingAgencySummary on FundingAgency {
  id
  code
  acronym
  name
  nameEn
  nameJa
  website
  country {
    ...CountryRef
  }
  parent {
    ...FundingAgencyRef
  }
}`, {"hash":"sha256:44d66c29d5629e59dde9356656a13239cfb3ce714e053d4ac5cbd8ef33fe87b2"}) as unknown as TypedDocumentString<FundingAgenciesQuery, FundingAgenciesQueryVariables>;
export const FundingAgencyDocument = new TypedDocumentString(`
    query FundingAgency($code: String!) {
  fundingAgency(code: $code) {
    ...FundingAgencySummary
    crossrefFunderId
    crossrefFunderUrl
    rorId
    rorUrl
    children {
      ...FundingAgencyRef
    }
    calls(first: 5) {
      totalCount
      edges {
        role
        node {
          ...CallRef
        }
      }
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment CountryRef on Country {
  id
  code
  name
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}
fragment FundingAgencySummary on FundingAgency {
  id
  code
  acronym
  name
  nameEn
  nameJa
  website
  country {
    ...CountryRef
  }
  parent {
    ...FundingAgencyRef
  }
}`, {"hash":"sha256:492501d3f24d05e45351d64c50d28af32bfdb3d91ac0eb9af366af2effa6919c"}) as unknown as TypedDocumentString<FundingAgencyQuery, FundingAgencyQueryVariables>;
export const IndicatorsDocument = new TypedDocumentString(`
    query Indicators($first: Int, $after: String) {
  indicators(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...IndicatorSummary
    }
  }
}
    fragment IndicatorSummary on Indicator {
  id
  code
  goalNumber
  goal
  name
  unit
  targetValue
  targetFiscalYear
  progress {
    actual
    target
    ratio
    achieved
    qualitative
    reportedOn
    targetFiscalYear
  }
}`, {"hash":"sha256:d78dabe3db2685b4c05e93c13d4155697025fc716a291320c442c1438ac03124"}) as unknown as TypedDocumentString<IndicatorsQuery, IndicatorsQueryVariables>;
export const IndicatorDocument = new TypedDocumentString(`
    query Indicator($code: String!) {
  indicator(code: $code) {
    ...IndicatorSummary
    actuals {
      reportedOn
      value
      qualitative
      scope
      source
    }
  }
}
    fragment IndicatorSummary on Indicator {
  id
  code
  goalNumber
  goal
  name
  unit
  targetValue
  targetFiscalYear
  progress {
    actual
    target
    ratio
    achieved
    qualitative
    reportedOn
    targetFiscalYear
  }
}`, {"hash":"sha256:bd6c03407c5d27dd88c8feb5e3f2a70557323d340021e9cb7f5cd51611e79b44"}) as unknown as TypedDocumentString<IndicatorQuery, IndicatorQueryVariables>;