/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A partner-side researcher joins a running project’s team. */
export type AddPartnerTeamMemberInput = {
  joinedOn: string;
  /** Partner PIs (and UK project leads): the letter of intent, where the call requires one. */
  letterOfIntent?: LetterOfIntentInput | null | undefined;
  /** Affiliation on the team; the researcher’s current one when left out. */
  organizationId?: string | number | null | undefined;
  projectId: string | number;
  researcherId: string | number;
  /** A partner-side role: PARTNER_PI, INVITED_RESEARCHER or a UK_ role. */
  role: TeamRole;
};

/** The project an adoption creates. Dates default to the call’s support period. */
export type AdoptedProjectInput = {
  endsOn?: string | null | undefined;
  grantNumber?: string | null | undefined;
  startsOn?: string | null | undefined;
};

/** Starts document review of a call whose submissions have closed. */
export type BeginDocumentReviewInput = {
  callId: string | number;
};

/** Japan-side direct cost planned for one fiscal year and purpose; indirect cost is derived. */
export type BudgetLineInput = {
  directCost: string;
  fiscalYear: number;
  purpose: BudgetPurpose;
};

/** What a budget line is spent on. Purposes that build international networks and develop young researchers count towards the guideline share (about 70% or more of direct cost). */
export type BudgetPurpose =
  /** Consumables. Does not count towards networks and young researchers. */
  | 'CONSUMABLES'
  /** Coordination staff for travel and exchange. Counts towards networks and young researchers. */
  | 'COORDINATION_STAFF'
  /** Equipment purely for research. Does not count towards networks and young researchers. */
  | 'EQUIPMENT'
  /** Inviting researchers: travel, stay, research cost, personnel cost and fees. Counts towards networks and young researchers. */
  | 'INVITATIONS'
  /** Anything else. Does not count towards networks and young researchers. */
  | 'OTHER'
  /** Other travel, e.g. conferences. Does not count towards networks and young researchers. */
  | 'OTHER_TRAVEL'
  /** Hiring purely for research. Does not count towards networks and young researchers. */
  | 'RESEARCH_PERSONNEL'
  /** Workshops, symposia and seminars. Counts towards networks and young researchers. */
  | 'WORKSHOPS'
  /** Travel and stay of young researchers on the partner side. Counts towards networks and young researchers. */
  | 'YOUNG_RESEARCHER_TRAVEL_AND_STAY';

/** An agency taking part in a call and its part: JST (or AMED) leads; a joint call’s partner agency co-runs it. */
export type CallAgencyInput = {
  agencyId: string | number;
  role: CallAgencyRole;
};

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

/** A step in the schedule: an instant (startsAt) or a period (startsAt to endsAt), as precisely as it was announced. A milestone of the same kind and side as a stored one keeps its id. */
export type CallMilestoneInput = {
  /** Last instant of a period; not before startsAt. */
  endsAt?: string | null | undefined;
  kind: MilestoneKind;
  noteEn?: string | null | undefined;
  noteJa?: string | null | undefined;
  /** MINUTE when left out. */
  precision?: DatePrecision | null | undefined;
  /** Whose milestone where the sides differ; left out: both sides. */
  side?: TeamSide | null | undefined;
  startsAt: string;
  /** IANA time zone it was announced in, e.g. Asia/Tokyo. */
  timeZone: string;
};

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

/** A rule of the program a call enforces. */
export type CallRule =
  /** PIs of ongoing ASPIRE projects may apply as PI only as the ongoing-project table allows (FY2026). */
  | 'appliesOngoingProjectRules'
  /** Indirect cost as a percentage of direct cost. */
  | 'indirectRatePercent'
  /** Japan-side cap on direct cost per project over the whole period; null: none. */
  | 'maxDirectCostYen'
  /** Longest project period, in months; null: none. */
  | 'maxPeriodMonths'
  /** Japan-side cap including indirect cost; null: none. */
  | 'maxTotalCostYen'
  /** Shortest project period, in months; null: none. */
  | 'minPeriodMonths'
  /** Guideline share (目安, percent) of total direct cost for building international networks and developing young researchers (workshops, young researchers’ travel and stay, invitations, coordination staff); null: none. */
  | 'networkShareGuidelinePercent'
  /** Each side must include at least one outgoing researcher, travelling to the other side. */
  | 'requiresOutgoingResearcherEachSide'
  /** Each partner PI needs a letter of intent showing support from a program of the partner country/region (solo calls). */
  | 'requiresPartnerLetterOfIntent'
  /** The organisations of the PI and of every Co-PI must attest research-security risk management (Cabinet Office procedures), from FY2026. */
  | 'requiresResearchSecurity'
  /** The Japan-side team must include at least one young researcher who travels to the partner side. */
  | 'requiresYoungTraveller'
  /** A researcher is adopted as PI or Co-PI in at most one project across the fiscal year’s calls (FY2026). */
  | 'singleAdoptionPerResearcher'
  /** A researcher may be PI or Co-PI on only one proposal to the fiscal year’s solo calls. */
  | 'singleApplicationPerResearcher'
  /** No one may apply as PI to two of the fiscal year’s ASPIRE calls (JST solo and joint, AMED; FY2024). */
  | 'singlePiApplicationPerFiscalYear'
  /** A researcher within about this many years of their degree counts as a young researcher (besides students). */
  | 'youngResearcherYearsSinceDegree'
  /** Young travellers stay about this many months on the partner side, in principle (a much shorter planned stay is warned of); null: no such guideline. */
  | 'youngTravellerStayMonths';

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

/** What a change did to its record. */
export type ChangeAction =
  /** The record was created. */
  | 'CREATE'
  /** The record was deleted: a tombstone. `record` is null; `recordId` and `externalId` say which it was. */
  | 'DELETE'
  /** The record was changed. */
  | 'UPDATE';

/** All conditions given must hold. */
export type CountryFilter = {
  /** Only countries/regions eligible in this call. */
  eligibleForCallId?: string | number | null | undefined;
  /** true: only partner countries/regions (eligible in at least one call), which leaves Japan out; false or absent: all. */
  partnerOnly?: boolean | null | undefined;
};

/** A new call with its eligible fields and countries, agencies and schedule. */
export type CreateCallInput = {
  /** Agencies running the call; replaces the list when given. */
  agencies?: Array<CallAgencyInput> | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  appliesOngoingProjectRules?: boolean | null | undefined;
  /** Stable code, unique, e.g. FY2026-SOLO-TOP (letters, digits, "-", "_"). */
  code: string;
  descriptionEn?: string | null | undefined;
  descriptionJa?: string | null | undefined;
  /** Eligible partner countries/regions; replaces the list when given. */
  eligibleCountryIds?: Array<string | number> | null | undefined;
  /** Eligible research fields; replaces the list when given. */
  eligibleFieldIds?: Array<string | number> | null | undefined;
  /** About how many projects the call expects to adopt. */
  expectedAdoptions?: number | null | undefined;
  fiscalYear: number;
  /**
   * Indirect cost as a percentage of direct cost, 0–100. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  indirectRatePercent?: number | null | undefined;
  /** Fixed end of the Japan side; not before supportStartsOn. */
  japanSideEndsOn?: string | null | undefined;
  kind: CallKind;
  /** Japan-side cap on direct cost per project, where the call sets its own (joint calls). Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  maxDirectCostYen?: string | null | undefined;
  /** Longest project period, 1–120 months, not below the shortest, where the call sets its own. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  maxPeriodMonths?: number | null | undefined;
  /** Japan-side cap including indirect cost, where the call sets its own; not below the direct cap. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  maxTotalCostYen?: string | null | undefined;
  /** The whole schedule; replaces it when given. */
  milestones?: Array<CallMilestoneInput> | null | undefined;
  /** Shortest project period, 1–120 months, where the call sets its own. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  minPeriodMonths?: number | null | undefined;
  /** End of the extension for mobility only; not before japanSideEndsOn. */
  mobilityExtensionEndsOn?: string | null | undefined;
  /**
   * Rule: guideline share (percent) for networks and young researchers. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  networkShareGuidelinePercent?: number | null | undefined;
  noteEn?: string | null | undefined;
  noteJa?: string | null | undefined;
  /** ISO 4217 code of the partner side’s cap, e.g. GBP. */
  partnerCurrency?: string | null | undefined;
  partnerFundingNoteEn?: string | null | undefined;
  partnerFundingNoteJa?: string | null | undefined;
  /** The partner side’s cap in its own currency, whole units as a decimal string; needs partnerCurrency. */
  partnerMaxAmount?: string | null | undefined;
  /** Fixed end of the partner side; not before supportStartsOn. */
  partnerSideEndsOn?: string | null | undefined;
  /** Projects adopted, as published; not above the proposals. */
  publishedAdoptionCount?: number | null | undefined;
  /** Proposals received, as published; null: not published. */
  publishedProposalCount?: number | null | undefined;
  /** Rule of a call's own: each side includes an outgoing researcher (seed 001). Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  requiresOutgoingResearcherEachSide?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  requiresPartnerLetterOfIntent?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  requiresResearchSecurity?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  requiresYoungTraveller?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  singleAdoptionPerResearcher?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  singleApplicationPerResearcher?: boolean | null | undefined;
  statisticsAsOf?: string | null | undefined;
  statisticsSourceEn?: string | null | undefined;
  /** Fixed start of support (joint calls). */
  supportStartsOn?: string | null | undefined;
  titleEn: string;
  titleJa?: string | null | undefined;
  /** Solo calls need one; joint calls have none (send null). */
  track?: CallTrack | null | undefined;
  /**
   * Rule: a young researcher is within this many years of the degree. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  youngResearcherYearsSinceDegree?: number | null | undefined;
  /** Rule of a call's own: young travellers stay about this many months on the partner side (seed 001: a year). Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  youngTravellerStayMonths?: number | null | undefined;
};

/** A new country or region. */
export type CreateCountryInput = {
  /** ISO 3166-1 alpha-2 in capitals, or EU; unique. */
  code: string;
  nameEn: string;
  nameJa: string;
};

/** A new funding agency. */
export type CreateFundingAgencyInput = {
  acronym?: string | null | undefined;
  /** Short stable code, unique, e.g. BBSRC. */
  code: string;
  countryId: string | number;
  /** Crossref funder id, e.g. 10.13039/501100002241; unique. */
  crossrefFunderId?: string | null | undefined;
  nameEn: string;
  nameJa?: string | null | undefined;
  /** The agency this one belongs to, e.g. UKRI for BBSRC. */
  parentId?: string | number | null | undefined;
  /** ROR id without https://ror.org/, e.g. 04ksd4g47; unique. */
  rorId?: string | null | undefined;
  /** An http(s) address. */
  website?: string | null | undefined;
};

/** A reported actual of an indicator. */
export type CreateIndicatorActualInput = {
  indicatorId: string | number;
  qualitativeEn?: string | null | undefined;
  qualitativeJa?: string | null | undefined;
  reportedOn: string;
  /** What the figure covers, e.g. "FY2023 projects, first year". */
  scopeEn: string;
  scopeJa?: string | null | undefined;
  /** The report it comes from. */
  sourceEn?: string | null | undefined;
  /** The figure; null for a qualitative report (then qualitativeEn). */
  value?: number | null | undefined;
};

/** A new indicator of the program’s goals. */
export type CreateIndicatorInput = {
  /** Unique code, e.g. 2-1-papers. */
  code: string;
  goalEn: string;
  goalJa: string;
  /** The goal the indicator measures. */
  goalNumber: number;
  nameEn: string;
  nameJa: string;
  /** Position in the report’s order (0 when left out). */
  sortOrder?: number | null | undefined;
  targetFiscalYear?: number | null | undefined;
  /** Null for a qualitative indicator. */
  targetValue?: number | null | undefined;
  unitEn?: string | null | undefined;
  unitJa?: string | null | undefined;
};

/** A new university, research institute or company. */
export type CreateOrganizationInput = {
  countryId: string | number;
  kind: OrganizationKind;
  nameEn: string;
  nameJa?: string | null | undefined;
  /** ROR id without https://ror.org/, e.g. 04ksd4g47; unique. */
  rorId?: string | null | undefined;
};

/** A new draft. Institutions draft for their own organisation; staff and partner agencies name the lead organisation. */
export type CreateProposalInput = {
  abstractEn?: string | null | undefined;
  abstractJa?: string | null | undefined;
  /** The whole budget plan; replaces it when given. */
  budget?: Array<BudgetLineInput> | null | undefined;
  callId: string | number;
  fieldId: string | number;
  /** The PI’s organisation; an institution’s own when left out. */
  leadOrganizationId?: string | number | null | undefined;
  /** Partner countries or regions; replaces the list when given. */
  partnerCountryIds?: Array<string | number> | null | undefined;
  /** Planned project period in months. */
  plannedPeriodMonths?: number | null | undefined;
  /** Replaces the attestations when given. */
  researchSecurityAttestations?: Array<ResearchSecurityAttestationInput> | null | undefined;
  /** The whole team, both sides; replaces the team when given (members are matched by researcher). */
  team?: Array<ProposalTeamMemberInput> | null | undefined;
  titleEn: string;
  titleJa?: string | null | undefined;
};

/** A new research field with its phases. */
export type CreateResearchFieldInput = {
  /** Unique code, e.g. QUANTUM. */
  code: string;
  /** Every phase of the field; replaces them when given (a phase keeps its record when its number stays). */
  phases?: Array<ResearchFieldPhaseInput> | null | undefined;
  /** Position in lists (0 when left out). */
  sortOrder?: number | null | undefined;
};

/** A new researcher, Japan or partner side. */
export type CreateResearcherInput = {
  careerStage: CareerStage;
  /** Calendar year the highest degree was awarded; not in the future. */
  degreeYear?: number | null | undefined;
  /** e-Rad researcher number, 8 digits (Japan-based researchers); unique. */
  eradNumber?: string | null | undefined;
  nameEn: string;
  nameJa?: string | null | undefined;
  /** ORCID iD, e.g. 0000-0002-1825-0097; unique. */
  orcid?: string | null | undefined;
  /** The current affiliation; null: none on record. */
  organizationId?: string | number | null | undefined;
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

/** A review decision. Adoption creates the project in the same transaction. */
export type DecideProposalInput = {
  /** When it was decided; now when left out. */
  decidedAt?: string | null | undefined;
  id: string | number;
  note?: string | null | undefined;
  /** On adoption: the project’s period, where the call does not set it. */
  project?: AdoptedProjectInput | null | undefined;
  /** PASSED or FAILED for document review and interview; ADOPTED or REJECTED for the final decision. */
  result: DecisionResult;
  stage: DecisionStage;
  /** The version you read. */
  version: number;
};

/** The result of a review step. */
export type DecisionResult =
  /** Adopted (final decision). */
  | 'ADOPTED'
  /** Did not pass this step. */
  | 'FAILED'
  /** Passed this step and goes on to the next. */
  | 'PASSED'
  /** Not adopted (final decision). */
  | 'REJECTED';

/** A step of the review. */
export type DecisionStage =
  /** Document review (書面審査). */
  | 'DOCUMENT_REVIEW'
  /** The final decision on adoption. */
  | 'FINAL'
  /** Interview (面接審査), for proposals that passed document review. */
  | 'INTERVIEW';

/** Removes a mobility record reported in error. */
export type DeleteMobilityInput = {
  id: string | number;
  /** The version you read: the change is refused if the record changed since. */
  version: number;
};

/** Removes an outcome reported in error. */
export type DeleteOutcomeInput = {
  id: string | number;
  /** The version you read: the change is refused if the record changed since. */
  version: number;
};

/** A partner-side member leaves a project’s team. */
export type EndTeamMembershipInput = {
  /** The day the member left; not before they joined. */
  leftOn: string;
  memberId: string | number;
  /** The version you read: the change is refused if the record changed since. */
  version: number;
};

/** Which evaluation of a project. */
export type EvaluationKind =
  /** Final evaluation (事後評価), at or after the end of the project. */
  | 'FINAL'
  /** Mid-term evaluation (中間評価), during the project. */
  | 'MID_TERM';

/** Your id for one of our records. */
export type ExternalIdLinkInput = {
  /** Your own id for the record: unique per kind of record in your system. */
  externalId: string;
  /** Our id of a call, organisation, researcher, proposal, team member, decision, project, outcome or mobility record. */
  recordId: string | number;
};

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

/** A partner PI’s letter of intent from a program of the partner country or region. */
export type LetterOfIntentInput = {
  program: string;
  receivedOn: string;
  reference?: string | null | undefined;
};

/** Your ids for records made elsewhere (by JST or an institution), so that you can sync them by your ids. */
export type LinkExternalIdsInput = {
  links: Array<ExternalIdLinkInput>;
};

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

/** Conditions on a project's outcomes; all given must hold. */
export type ProjectOutcomeFilter = {
  /** Only those with occurredOn on or after this date. */
  from?: string | null | undefined;
  /** Only outcomes of these kinds. */
  kind?: Array<OutcomeKind> | null | undefined;
  /** Only those with occurredOn on or before this date (inclusive). */
  to?: string | null | undefined;
};

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

/** A rule of the program a proposal is checked against (see the README for the list). */
export type ProposalRule =
  /** Direct cost is within the call's cap. */
  | 'BUDGET_CAP_EXCEEDED'
  /** Every budget line's fiscal year lies within the planned period, which starts at the call's support start. */
  | 'BUDGET_OUTSIDE_PERIOD'
  /** A call states a rule that contradicts the program's rules for its fiscal year, kind and track (src/domain/program-rules.ts). */
  | 'CALL_RULE_CONTRADICTS_PROGRAM'
  /** A Co-PI is in principle from another organisation than the PI. */
  | 'CO_PI_SAME_ORGANIZATION'
  /** A researcher is PI or Co-PI of only one proposal to the FY2026 solo call. */
  | 'DUPLICATE_APPLICATION'
  /** No one applies as PI twice across the FY2024 ASPIRE calls (JST solo and joint, AMED). */
  | 'DUPLICATE_PI_APPLICATION'
  /** The research field is not open in the call. */
  | 'FIELD_NOT_ELIGIBLE'
  /** Invited researchers are in principle from the partner team (an organisation of the partner side's other members). */
  | 'INVITED_RESEARCHER_OUTSIDE_PARTNER_TEAM'
  /** Every partner PI has a letter of intent from a program of the partner country or region. */
  | 'LETTER_OF_INTENT_REQUIRED'
  /** About 70% of direct cost goes to networks and young researchers (a guideline, 目安). */
  | 'NETWORK_SHARE_BELOW_GUIDELINE'
  /** The PI of an ongoing project may apply as PI only where the ongoing-project table allows it (FY2026). */
  | 'ONGOING_PROJECT_CONFLICT'
  /** Each side includes at least one outgoing researcher, travelling to the other side (the UK joint call). */
  | 'OUTGOING_RESEARCHER_REQUIRED'
  /** Every partner country or region is eligible in the call. */
  | 'PARTNER_COUNTRY_NOT_ELIGIBLE'
  /** At least one partner country or region is named. */
  | 'PARTNER_COUNTRY_REQUIRED'
  /** Every partner PI is affiliated in an eligible partner country or region of the call. */
  | 'PARTNER_PI_NOT_ELIGIBLE'
  /** At least one partner PI from an eligible country or region. */
  | 'PARTNER_PI_REQUIRED'
  /** The planned period is within the call's bounds for its track. */
  | 'PERIOD_OUT_OF_RANGE'
  /** The planned period in months is given (required at submission). */
  | 'PERIOD_REQUIRED'
  /** The PI and Co-PIs are affiliated with an organisation in Japan. */
  | 'PI_NOT_IN_JAPAN'
  /** Exactly one PI (研究代表者). */
  | 'PI_REQUIRED'
  /** The PI's and every Co-PI's organisation attests research-security risk management (from FY2026). */
  | 'RESEARCH_SECURITY_ATTESTATION_REQUIRED'
  /** Submission only while the call is open: no submission after the deadline, whatever the reason. */
  | 'SUBMISSION_CLOSED'
  /** Direct plus indirect cost (30%) is within the call's cap. */
  | 'TOTAL_BUDGET_CAP_EXCEEDED'
  /** At least one qualifying Japan-side young researcher travels to the partner side: a master's or doctoral student, or within about 15 years of the degree (may be the PI or a Co-PI). */
  | 'YOUNG_TRAVELLER_REQUIRED'
  /** A young traveller stays about one year on the partner side in principle; this planned stay is much shorter (under three quarters of the call's stay). */
  | 'YOUNG_TRAVELLER_STAY_SHORT';

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

/** A member of the team. The side follows from the role. */
export type ProposalTeamMemberInput = {
  /** Partner PIs: the letter of intent. */
  letterOfIntent?: LetterOfIntentInput | null | undefined;
  /** Affiliation for this proposal; the researcher’s current one when left out. */
  organizationId?: string | number | null | undefined;
  /** A traveller’s planned stay on the other side, in months (young travellers: about a year where the call says so). */
  plannedStayMonths?: number | null | undefined;
  researcherId: string | number;
  role: TeamRole;
  /** Travels to the other side: a Japan-side member to the partner side (for the young-traveller rule), a partner-side member to Japan. */
  travelsToPartner?: boolean | null | undefined;
};

/** A mid-term or final evaluation of a project: at most one of each. */
export type RecordEvaluationInput = {
  evaluatedOn: string;
  /** The grade as the committee gives it, e.g. S, A or B (the scale is JST’s). */
  grade: string;
  kind: EvaluationKind;
  projectId: string | number;
  summaryEn?: string | null | undefined;
  summaryJa?: string | null | undefined;
};

/** A kind of record whose changes are recorded. */
export type RecordType =
  /** Call */
  | 'CALL'
  /** Country */
  | 'COUNTRY'
  /** Decision */
  | 'DECISION'
  /** Evaluation */
  | 'EVALUATION'
  /** FundingAgency */
  | 'FUNDING_AGENCY'
  /** Indicator */
  | 'INDICATOR'
  /** Mobility */
  | 'MOBILITY'
  /** Organization */
  | 'ORGANIZATION'
  /** Outcome */
  | 'OUTCOME'
  /** Project */
  | 'PROJECT'
  /** Proposal */
  | 'PROPOSAL'
  /** Researcher */
  | 'RESEARCHER'
  /** ResearchField */
  | 'RESEARCH_FIELD'
  /** TeamMember */
  | 'TEAM_MEMBER';

/** A trip or stay of a researcher of the project’s team. */
export type ReportMobilityInput = {
  /** Where the researcher went (dispatched) or came from (invited). */
  countryId: string | number;
  direction: MobilityDirection;
  /** Last day of the stay (inclusive); not before startsOn. */
  endsOn: string;
  /** The researcher’s own organisation at the time; on a new record, their affiliation on the team when left out. */
  homeOrganizationId?: string | number | null | undefined;
  /** The organisation that hosted the stay. */
  hostOrganizationId?: string | number | null | undefined;
  projectId: string | number;
  purpose: string;
  /** A researcher on the project’s team. */
  researcherId: string | number;
  /** First day of the stay. */
  startsOn: string;
};

/** Something a project produced or achieved. */
export type ReportOutcomeInput = {
  /** Attendees, for events. */
  attendeeCount?: number | null | undefined;
  description?: string | null | undefined;
  /** DOI of a paper, dataset or other registered output, bare or as a doi.org link; stored bare. */
  doi?: string | null | undefined;
  kind: OutcomeKind;
  /** When it happened: publication date, event date, date of the award or move. */
  occurredOn: string;
  /** Partner-side co-authors or co-organisers, as written; replaces the list when given. */
  partnerContributors?: Array<string> | null | undefined;
  projectId: string | number;
  /** Which side reports it: an institution’s is JAPAN, a partner agency’s PARTNER; staff say which. */
  reportedBySide?: TeamSide | null | undefined;
  title: string;
  /** Where to read more (http or https). */
  url?: string | null | undefined;
};

/** An example a phase gives, in both languages (so the two lists cannot drift apart). */
export type ResearchFieldExampleInput = {
  en: string;
  ja: string;
};

/** A field's name and scope in one phase (phase 1: calls up to FY2025, phase 2: from FY2026). */
export type ResearchFieldPhaseInput = {
  /** Examples the phase gives, in order. */
  examples?: Array<ResearchFieldExampleInput> | null | undefined;
  /** First fiscal year whose calls use this phase. */
  fromFiscalYear: number;
  nameEn: string;
  nameJa: string;
  /** Unique per field. */
  phase: number;
  scopeEn: string;
  scopeJa: string;
  /** Last fiscal year (inclusive); left out while the phase is current. Phases may not overlap. */
  toFiscalYear?: number | null | undefined;
};

/** An organisation of the PI or a Co-PI attests research-security risk management (from FY2026). */
export type ResearchSecurityAttestationInput = {
  attestedAt: string;
  attestedByName: string;
  note?: string | null | undefined;
  organizationId: string | number;
};

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

/** Whether a broken rule blocks submission. */
export type RuleSeverity =
  /** A hard rule: it blocks submission (a draft may still be saved). */
  | 'ERROR'
  /** A guideline ("目安", "in principle"): returned, never blocking. */
  | 'WARNING';

/** Where a call’s rule comes from. */
export type RuleSource =
  /** The call states it itself (a joint call’s own terms, or a value staff entered). */
  | 'CALL'
  /** The program’s rules for the call’s fiscal year, kind and track (DOMAIN.md). */
  | 'PROGRAM';

/** Where a call's proposal and adoption figures come from. */
export type StatisticsSource =
  /** Neither records nor published figures exist yet. */
  | 'NONE'
  /** As published by JST (e.g. the mid-term evaluation report); see asOf and sourceNote. */
  | 'PUBLISHED'
  /** Counted from the proposals on record for the call. */
  | 'RECORDS';

/** Submits a draft. */
export type SubmitProposalInput = {
  id: string | number;
  /** The version you read. */
  version: number;
};

/** A review decision on a proposal of the joint call (decisions are made once). */
export type SyncDecisionInput = {
  decidedAt?: string | null | undefined;
  /** Your own id for the record: unique per kind of record in your system. */
  externalId: string;
  note?: string | null | undefined;
  /** Your id of the proposal, synced before or earlier in this batch. */
  proposalExternalId: string;
  result: DecisionResult;
  stage: DecisionStage;
};

/** A stay of a team member on the other side, for the project of an adopted proposal. */
export type SyncMobilityInput = {
  countryCode: string;
  direction: MobilityDirection;
  endsOn: string;
  /** Your own id for the record: unique per kind of record in your system. */
  externalId: string;
  /** Your id of the proposal, synced before or earlier in this batch. */
  proposalExternalId: string;
  purpose: string;
  researcher: SyncResearcherInput;
  startsOn: string;
  /** The version you last read, to update a record you synced before. Not needed to create, or when nothing changes. */
  version?: number | null | undefined;
};

/** An organisation: named by our `id`, by your `externalId` or by `rorId` if already known, else created from nameEn, countryCode and kind (and remembered under your externalId). */
export type SyncOrganizationInput = {
  /** ISO 3166-1 alpha-2, or EU. */
  countryCode?: string | null | undefined;
  externalId?: string | null | undefined;
  id?: string | number | null | undefined;
  kind?: OrganizationKind | null | undefined;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  rorId?: string | null | undefined;
};

/** An outcome the partner side reports for the project of an adopted proposal. */
export type SyncOutcomeInput = {
  attendeeCount?: number | null | undefined;
  description?: string | null | undefined;
  doi?: string | null | undefined;
  /** Your own id for the record: unique per kind of record in your system. */
  externalId: string;
  kind: OutcomeKind;
  occurredOn: string;
  partnerContributors?: Array<string> | null | undefined;
  /** Your id of the proposal, synced before or earlier in this batch. */
  proposalExternalId: string;
  title: string;
  url?: string | null | undefined;
  /** The version you last read, to update a record you synced before. Not needed to create, or when nothing changes. */
  version?: number | null | undefined;
};

/** A proposal to the joint call, as a draft: its Japan-side team and budget come from the applicants. */
export type SyncProposalInput = {
  abstractEn?: string | null | undefined;
  abstractJa?: string | null | undefined;
  /** Your own id for the record: unique per kind of record in your system. */
  externalId: string;
  /** e.g. BIO, QUANTUM. */
  fieldCode: string;
  /** The Japan-side lead (the PI’s organisation); used on creation. */
  leadOrganization: SyncOrganizationInput;
  /** Replaces the partner countries when given. */
  partnerCountryCodes?: Array<string> | null | undefined;
  plannedPeriodMonths?: number | null | undefined;
  titleEn: string;
  titleJa?: string | null | undefined;
  /** The version you last read, to update a record you synced before. Not needed to create, or when nothing changes. */
  version?: number | null | undefined;
};

/** One record: exactly one of the fields. */
export type SyncRecordInput = {
  decision?: SyncDecisionInput | null | undefined;
  mobility?: SyncMobilityInput | null | undefined;
  outcome?: SyncOutcomeInput | null | undefined;
  proposal?: SyncProposalInput | null | undefined;
  teamMember?: SyncTeamMemberInput | null | undefined;
};

/** A batch of a partner agency’s records of one joint call, keyed by its own ids. */
export type SyncRecordsInput = {
  /** The joint call the records belong to. */
  callId: string | number;
  /** A new key per batch (e.g. a UUID). Resending the same batch with the same key returns the first answer and writes nothing. */
  idempotencyKey: string;
  /** Up to 500 records, applied in order: a record may name one sent earlier in the batch. */
  records: Array<SyncRecordInput>;
};

/** A researcher: named by our `id`, your `externalId` or ORCID if already known, else created from the rest. */
export type SyncResearcherInput = {
  careerStage?: CareerStage | null | undefined;
  degreeYear?: number | null | undefined;
  externalId?: string | null | undefined;
  id?: string | number | null | undefined;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  orcid?: string | null | undefined;
  organization?: SyncOrganizationInput | null | undefined;
};

/** What a batch did with one record. */
export type SyncStatus =
  /** A new record was created under your id. */
  | 'CREATED'
  /** The record breaks a rule or names what does not exist: see userErrors. Nothing of it was written. */
  | 'REJECTED'
  /** The record already was as sent: nothing was written. */
  | 'UNCHANGED'
  /** The record you synced before was changed. */
  | 'UPDATED';

/** A partner-side member of a proposal’s team (or, once adopted, of its project’s). */
export type SyncTeamMemberInput = {
  /** Your own id for the record: unique per kind of record in your system. */
  externalId: string;
  joinedOn?: string | null | undefined;
  letterOfIntent?: LetterOfIntentInput | null | undefined;
  /** Affiliation for this proposal; the researcher’s when left out. */
  organization?: SyncOrganizationInput | null | undefined;
  /** Your id of the proposal, synced before or earlier in this batch. */
  proposalExternalId: string;
  researcher: SyncResearcherInput;
  /** A partner-side role. */
  role: TeamRole;
  travelsToPartner?: boolean | null | undefined;
  /** The version you last read, to update a record you synced before. Not needed to create, or when nothing changes. */
  version?: number | null | undefined;
};

/** A kind of record a partner agency keeps its own id for. */
export type SyncedEntity =
  /** Call */
  | 'CALL'
  /** Decision */
  | 'DECISION'
  /** Mobility */
  | 'MOBILITY'
  /** Organization */
  | 'ORGANIZATION'
  /** Outcome */
  | 'OUTCOME'
  /** Project */
  | 'PROJECT'
  /** Proposal */
  | 'PROPOSAL'
  /** Researcher */
  | 'RESEARCHER'
  /** TeamMember */
  | 'TEAM_MEMBER';

/** A team member’s role. Japan-side and partner-side roles follow the call guidelines; the UK_ roles are those the UK team uses in the Japan–UK joint call. */
export type TeamRole =
  /** Coordination staff who arrange travel and exchange. */
  | 'COORDINATOR'
  /** Co-principal investigator (主たる共同研究者): contracts with JST and receives budget; in principle from an organisation other than the PI’s; affiliated in Japan. */
  | 'CO_PI'
  /** Researcher invited to Japan, in principle from the partner team. */
  | 'INVITED_RESEARCHER'
  /** Partner PI: one or more per proposal, each with a letter of intent showing support from a program of the partner country/region. */
  | 'PARTNER_PI'
  /** Principal investigator (研究代表者): exactly one per proposal, responsible for the whole project, affiliated in Japan. */
  | 'PI'
  /** A student (undergraduates included) with a real role in the research. */
  | 'STUDENT'
  /** Technician or research assistant. */
  | 'TECHNICIAN'
  /** UK joint call: professional enabling staff. */
  | 'UK_PROFESSIONAL_ENABLING_STAFF'
  /** UK joint call: project co-lead (PcL). */
  | 'UK_PROJECT_CO_LEAD'
  /** UK joint call: project lead (PL). */
  | 'UK_PROJECT_LEAD'
  /** UK joint call: researcher co-lead (RcL). */
  | 'UK_RESEARCHER_CO_LEAD'
  /** UK joint call: research and innovation associate. */
  | 'UK_RESEARCH_AND_INNOVATION_ASSOCIATE'
  /** UK joint call: specialist. */
  | 'UK_SPECIALIST'
  /** UK joint call: technician. */
  | 'UK_TECHNICIAN'
  /** UK joint call: visiting researcher. */
  | 'UK_VISITING_RESEARCHER'
  /** Young researcher who travels to the partner side (a master’s or doctoral student, or within about 15 years of the degree); stays about one year in principle. A PI or Co-PI may also travel (see `travelsToPartner`). */
  | 'YOUNG_TRAVELLER';

/** Which side of an international team: Japan (funded by JST) or the partner country/region. */
export type TeamSide =
  /** The Japan side, reviewed and funded by JST. */
  | 'JAPAN'
  /** The partner side, funded by a program or agency of the partner country/region. */
  | 'PARTNER';

/** Changes to a call; fields left out stay as they are, lists given replace the stored ones. */
export type UpdateCallInput = {
  /** Agencies running the call; replaces the list when given. */
  agencies?: Array<CallAgencyInput> | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  appliesOngoingProjectRules?: boolean | null | undefined;
  /** Stable code, unique, e.g. FY2026-SOLO-TOP (letters, digits, "-", "_"). */
  code?: string | null | undefined;
  descriptionEn?: string | null | undefined;
  descriptionJa?: string | null | undefined;
  /** Eligible partner countries/regions; replaces the list when given. */
  eligibleCountryIds?: Array<string | number> | null | undefined;
  /** Eligible research fields; replaces the list when given. */
  eligibleFieldIds?: Array<string | number> | null | undefined;
  /** About how many projects the call expects to adopt. */
  expectedAdoptions?: number | null | undefined;
  fiscalYear?: number | null | undefined;
  id: string | number;
  /**
   * Indirect cost as a percentage of direct cost, 0–100. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  indirectRatePercent?: number | null | undefined;
  /** Fixed end of the Japan side; not before supportStartsOn. */
  japanSideEndsOn?: string | null | undefined;
  kind?: CallKind | null | undefined;
  /** Japan-side cap on direct cost per project, where the call sets its own (joint calls). Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  maxDirectCostYen?: string | null | undefined;
  /** Longest project period, 1–120 months, not below the shortest, where the call sets its own. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  maxPeriodMonths?: number | null | undefined;
  /** Japan-side cap including indirect cost, where the call sets its own; not below the direct cap. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  maxTotalCostYen?: string | null | undefined;
  /** The whole schedule; replaces it when given. */
  milestones?: Array<CallMilestoneInput> | null | undefined;
  /** Shortest project period, 1–120 months, where the call sets its own. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  minPeriodMonths?: number | null | undefined;
  /** End of the extension for mobility only; not before japanSideEndsOn. */
  mobilityExtensionEndsOn?: string | null | undefined;
  /**
   * Rule: guideline share (percent) for networks and young researchers. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  networkShareGuidelinePercent?: number | null | undefined;
  noteEn?: string | null | undefined;
  noteJa?: string | null | undefined;
  /** ISO 4217 code of the partner side’s cap, e.g. GBP. */
  partnerCurrency?: string | null | undefined;
  partnerFundingNoteEn?: string | null | undefined;
  partnerFundingNoteJa?: string | null | undefined;
  /** The partner side’s cap in its own currency, whole units as a decimal string; needs partnerCurrency. */
  partnerMaxAmount?: string | null | undefined;
  /** Fixed end of the partner side; not before supportStartsOn. */
  partnerSideEndsOn?: string | null | undefined;
  /** Projects adopted, as published; not above the proposals. */
  publishedAdoptionCount?: number | null | undefined;
  /** Proposals received, as published; null: not published. */
  publishedProposalCount?: number | null | undefined;
  /** Rule of a call's own: each side includes an outgoing researcher (seed 001). Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  requiresOutgoingResearcherEachSide?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  requiresPartnerLetterOfIntent?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  requiresResearchSecurity?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  requiresYoungTraveller?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  singleAdoptionPerResearcher?: boolean | null | undefined;
  /**
   * Rule. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  singleApplicationPerResearcher?: boolean | null | undefined;
  statisticsAsOf?: string | null | undefined;
  statisticsSourceEn?: string | null | undefined;
  /** Fixed start of support (joint calls). */
  supportStartsOn?: string | null | undefined;
  titleEn?: string | null | undefined;
  titleJa?: string | null | undefined;
  /** Solo calls need one; joint calls have none (send null). */
  track?: CallTrack | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
  /**
   * Rule: a young researcher is within this many years of the degree. Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.
   * @deprecated A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.
   */
  youngResearcherYearsSinceDegree?: number | null | undefined;
  /** Rule of a call's own: young travellers stay about this many months on the partner side (seed 001: a year). Left out or null: the program’s rule for the call’s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning. */
  youngTravellerStayMonths?: number | null | undefined;
};

/** Changes to a country or region; fields left out stay as they are. */
export type UpdateCountryInput = {
  /** ISO 3166-1 alpha-2 in capitals, or EU; unique. */
  code?: string | null | undefined;
  id: string | number;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
};

/** Changes to an evaluation; fields left out stay as they are. */
export type UpdateEvaluationInput = {
  evaluatedOn?: string | null | undefined;
  /** The grade as the committee gives it, e.g. S, A or B (the scale is JST’s). */
  grade?: string | null | undefined;
  id: string | number;
  kind?: EvaluationKind | null | undefined;
  summaryEn?: string | null | undefined;
  summaryJa?: string | null | undefined;
  /** The version you read: the change is refused if the record changed since. */
  version: number;
};

/** Changes to a funding agency; fields left out stay as they are, null clears an optional one. */
export type UpdateFundingAgencyInput = {
  acronym?: string | null | undefined;
  /** Short stable code, unique, e.g. BBSRC. */
  code?: string | null | undefined;
  countryId?: string | number | null | undefined;
  /** Crossref funder id, e.g. 10.13039/501100002241; unique. */
  crossrefFunderId?: string | null | undefined;
  id: string | number;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  /** The agency this one belongs to, e.g. UKRI for BBSRC. */
  parentId?: string | number | null | undefined;
  /** ROR id without https://ror.org/, e.g. 04ksd4g47; unique. */
  rorId?: string | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
  /** An http(s) address. */
  website?: string | null | undefined;
};

/** Changes to a reported actual; fields left out stay as they are. */
export type UpdateIndicatorActualInput = {
  id: string | number;
  qualitativeEn?: string | null | undefined;
  qualitativeJa?: string | null | undefined;
  reportedOn?: string | null | undefined;
  /** What the figure covers, e.g. "FY2023 projects, first year". */
  scopeEn?: string | null | undefined;
  scopeJa?: string | null | undefined;
  /** The report it comes from. */
  sourceEn?: string | null | undefined;
  /** The figure; null for a qualitative report (then qualitativeEn). */
  value?: number | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
};

/** Changes to an indicator; fields left out stay as they are, null clears an optional one. */
export type UpdateIndicatorInput = {
  /** Unique code, e.g. 2-1-papers. */
  code?: string | null | undefined;
  goalEn?: string | null | undefined;
  goalJa?: string | null | undefined;
  /** The goal the indicator measures. */
  goalNumber?: number | null | undefined;
  id: string | number;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  /** Position in the report’s order (0 when left out). */
  sortOrder?: number | null | undefined;
  targetFiscalYear?: number | null | undefined;
  /** Null for a qualitative indicator. */
  targetValue?: number | null | undefined;
  unitEn?: string | null | undefined;
  unitJa?: string | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
};

/** Changes to a mobility record; fields left out stay as they are. */
export type UpdateMobilityInput = {
  countryId?: string | number | null | undefined;
  direction?: MobilityDirection | null | undefined;
  endsOn?: string | null | undefined;
  /** The researcher’s own organisation at the time; on a new record, their affiliation on the team when left out. */
  homeOrganizationId?: string | number | null | undefined;
  /** The organisation that hosted the stay. */
  hostOrganizationId?: string | number | null | undefined;
  id: string | number;
  purpose?: string | null | undefined;
  /** A researcher on the project’s team. */
  researcherId?: string | number | null | undefined;
  startsOn?: string | null | undefined;
  /** The version you read: the change is refused if the record changed since. */
  version: number;
};

/** Changes to an organisation; fields left out stay as they are, null clears an optional one. */
export type UpdateOrganizationInput = {
  countryId?: string | number | null | undefined;
  id: string | number;
  kind?: OrganizationKind | null | undefined;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  /** ROR id without https://ror.org/, e.g. 04ksd4g47; unique. */
  rorId?: string | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
};

/** Changes to an outcome; fields left out stay as they are. */
export type UpdateOutcomeInput = {
  /** Attendees, for events. */
  attendeeCount?: number | null | undefined;
  description?: string | null | undefined;
  /** DOI of a paper, dataset or other registered output, bare or as a doi.org link; stored bare. */
  doi?: string | null | undefined;
  id: string | number;
  kind?: OutcomeKind | null | undefined;
  occurredOn?: string | null | undefined;
  /** Partner-side co-authors or co-organisers, as written; replaces the list when given. */
  partnerContributors?: Array<string> | null | undefined;
  /** Which side reports it: an institution’s is JAPAN, a partner agency’s PARTNER; staff say which. */
  reportedBySide?: TeamSide | null | undefined;
  title?: string | null | undefined;
  /** Where to read more (http or https). */
  url?: string | null | undefined;
  /** The version you read: the change is refused if the record changed since. */
  version: number;
};

/** Changes to an adopted project’s administration; fields left out stay as they are. */
export type UpdateProjectInput = {
  /** Last day of support (inclusive); not before startsOn. */
  endsOn?: string | null | undefined;
  /** Grant DOI, bare (10.52926/…) or as a doi.org link; stored bare; null clears it. */
  grantDoi?: string | null | undefined;
  /** JST’s grant number, unique; null clears it. */
  grantNumber?: string | null | undefined;
  id: string | number;
  /** Why budget and team are to be reviewed again. */
  reReviewReason?: string | null | undefined;
  /** Flag budget and team for another review (with a reason); false records the re-review as done. */
  reReviewRequired?: boolean | null | undefined;
  /** First day of support. */
  startsOn?: string | null | undefined;
  /** ACTIVE ⇄ SUSPENDED, then COMPLETED or TERMINATED for good. */
  status?: ProjectStatus | null | undefined;
  /** The version you read: the change is refused if the record changed since. */
  version: number;
};

/** Changes to a draft; fields left out stay as they are. */
export type UpdateProposalInput = {
  abstractEn?: string | null | undefined;
  abstractJa?: string | null | undefined;
  /** The whole budget plan; replaces it when given. */
  budget?: Array<BudgetLineInput> | null | undefined;
  fieldId?: string | number | null | undefined;
  id: string | number;
  /** Partner countries or regions; replaces the list when given. */
  partnerCountryIds?: Array<string | number> | null | undefined;
  /** Planned project period in months. */
  plannedPeriodMonths?: number | null | undefined;
  /** Replaces the attestations when given. */
  researchSecurityAttestations?: Array<ResearchSecurityAttestationInput> | null | undefined;
  /** The whole team, both sides; replaces the team when given (members are matched by researcher). */
  team?: Array<ProposalTeamMemberInput> | null | undefined;
  titleEn?: string | null | undefined;
  titleJa?: string | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
};

/** Changes to a research field and its phases; fields left out stay as they are. */
export type UpdateResearchFieldInput = {
  /** Unique code, e.g. QUANTUM. */
  code?: string | null | undefined;
  id: string | number;
  /** Every phase of the field; replaces them when given (a phase keeps its record when its number stays). */
  phases?: Array<ResearchFieldPhaseInput> | null | undefined;
  /** Position in lists (0 when left out). */
  sortOrder?: number | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
};

/** Changes to a researcher; fields left out stay as they are, null clears an optional one. */
export type UpdateResearcherInput = {
  careerStage?: CareerStage | null | undefined;
  /** Calendar year the highest degree was awarded; not in the future. */
  degreeYear?: number | null | undefined;
  /** e-Rad researcher number, 8 digits (Japan-based researchers); unique. */
  eradNumber?: string | null | undefined;
  id: string | number;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  /** ORCID iD, e.g. 0000-0002-1825-0097; unique. */
  orcid?: string | null | undefined;
  /** The current affiliation; null: none on record. */
  organizationId?: string | number | null | undefined;
  /** The version you read: the update is refused if it changed since. */
  version: number;
};

/** Why a mutation was refused: a rule of the program (the ProposalRule codes) or one of the write codes. */
export type UserErrorCode =
  /** A researcher is adopted as PI or Co-PI in at most one project across the calls of a fiscal year that set the rule (FY2026). */
  | 'ADOPTION_LIMIT_EXCEEDED'
  /** A value that must be unique (a code, an external id, a team member) is taken. */
  | 'ALREADY_EXISTS'
  /** Direct cost is within the call's cap. */
  | 'BUDGET_CAP_EXCEEDED'
  /** Every budget line's fiscal year lies within the planned period, which starts at the call's support start. */
  | 'BUDGET_OUTSIDE_PERIOD'
  /** A call states a rule that contradicts the program's rules for its fiscal year, kind and track (src/domain/program-rules.ts). */
  | 'CALL_RULE_CONTRADICTS_PROGRAM'
  /** A Co-PI is in principle from another organisation than the PI. */
  | 'CO_PI_SAME_ORGANIZATION'
  /** A period ends before it starts. */
  | 'DATES_OUT_OF_ORDER'
  /** A researcher is PI or Co-PI of only one proposal to the FY2026 solo call. */
  | 'DUPLICATE_APPLICATION'
  /** No one applies as PI twice across the FY2024 ASPIRE calls (JST solo and joint, AMED). */
  | 'DUPLICATE_PI_APPLICATION'
  /** The research field is not open in the call. */
  | 'FIELD_NOT_ELIGIBLE'
  /** The record’s state does not allow this action (e.g. submitting a rejected proposal). */
  | 'INVALID_TRANSITION'
  /** A value outside what the field allows, beyond what its type says. */
  | 'INVALID_VALUE'
  /** Invited researchers are in principle from the partner team (an organisation of the partner side's other members). */
  | 'INVITED_RESEARCHER_OUTSIDE_PARTNER_TEAM'
  /** Every partner PI has a letter of intent from a program of the partner country or region. */
  | 'LETTER_OF_INTENT_REQUIRED'
  /** About 70% of direct cost goes to networks and young researchers (a guideline, 目安). */
  | 'NETWORK_SHARE_BELOW_GUIDELINE'
  /** Only drafts are edited by their applicants; after submission a proposal is what was sent. */
  | 'NOT_EDITABLE'
  /** The id names nothing the caller may see: missing, or another tenant’s (the same answer). */
  | 'NOT_FOUND'
  /** The caller may see the record but not change it this way. */
  | 'NOT_PERMITTED'
  /** The PI of an ongoing project may apply as PI only where the ongoing-project table allows it (FY2026). */
  | 'ONGOING_PROJECT_CONFLICT'
  /** Each side includes at least one outgoing researcher, travelling to the other side (the UK joint call). */
  | 'OUTGOING_RESEARCHER_REQUIRED'
  /** Every partner country or region is eligible in the call. */
  | 'PARTNER_COUNTRY_NOT_ELIGIBLE'
  /** At least one partner country or region is named. */
  | 'PARTNER_COUNTRY_REQUIRED'
  /** Every partner PI is affiliated in an eligible partner country or region of the call. */
  | 'PARTNER_PI_NOT_ELIGIBLE'
  /** At least one partner PI from an eligible country or region. */
  | 'PARTNER_PI_REQUIRED'
  /** The planned period is within the call's bounds for its track. */
  | 'PERIOD_OUT_OF_RANGE'
  /** The planned period in months is given (required at submission). */
  | 'PERIOD_REQUIRED'
  /** The PI and Co-PIs are affiliated with an organisation in Japan. */
  | 'PI_NOT_IN_JAPAN'
  /** Exactly one PI (研究代表者). */
  | 'PI_REQUIRED'
  /** The PI's and every Co-PI's organisation attests research-security risk management (from FY2026). */
  | 'RESEARCH_SECURITY_ATTESTATION_REQUIRED'
  /** Submission only while the call is open: no submission after the deadline, whatever the reason. */
  | 'SUBMISSION_CLOSED'
  /** Direct plus indirect cost (30%) is within the call's cap. */
  | 'TOTAL_BUDGET_CAP_EXCEEDED'
  /** The record changed since the caller read it: read it again, reapply the change, resend. */
  | 'VERSION_CONFLICT'
  /** An update of an existing record must send the version it was based on. */
  | 'VERSION_REQUIRED'
  /** At least one qualifying Japan-side young researcher travels to the partner side: a master's or doctoral student, or within about 15 years of the degree (may be the PI or a Co-PI). */
  | 'YOUNG_TRAVELLER_REQUIRED'
  /** A young traveller stays about one year on the partner side in principle; this planned stay is much shorter (under three quarters of the call's stay). */
  | 'YOUNG_TRAVELLER_STAY_SHORT';

/** Withdraws a proposal before its final decision. */
export type WithdrawProposalInput = {
  id: string | number;
  /** The version you read. */
  version: number;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role | null, keyName: string | null, agency: { id: string, code: string, acronym: string | null, name: string | null } | null, organization: { id: string, name: string | null, nameEn: string } | null } };

export type CallRefFragment = { id: string, code: string, title: string | null, fiscalYear: number };

export type CallSummaryFragment = { kind: CallKind, status: CallStatus, id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> };

export type CallBaseFragment = { id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> };

export type CallsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CallFilter | null | undefined;
  orderBy?: CallOrder | null | undefined;
}>;


export type CallsQuery = { calls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: CallKind, status: CallStatus, id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> }> } };

export type CallQueryVariables = Exact<{
  code: string;
}>;


export type CallQuery = { call: { titleEn: string, titleJa: string | null, description: string | null, note: string | null, fieldPhase: number | null, indirectRatePercent: number, minPeriodMonths: number | null, maxPeriodMonths: number | null, supportStartsOn: string | null, japanSideEndsOn: string | null, partnerSideEndsOn: string | null, mobilityExtensionEndsOn: string | null, kind: CallKind, status: CallStatus, id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, partnerSubmissionDeadline: string | null, fiscalYearRange: { start: string, end: string }, fieldsInPhase: Array<{ phase: { phase: number, scope: string | null, name: string | null } | null, field: { id: string, code: string } }>, milestones: Array<{ id: string, kind: MilestoneKind, startsAt: string, endsAt: string | null, precision: DatePrecision, timeZone: string, side: TeamSide | null, note: string | null }>, partnerFunding: { currency: string | null, maxAmount: string | null, note: string | null } | null, rules: { maxDirectCostYen: string | null, maxTotalCostYen: string | null, indirectRatePercent: number, minPeriodMonths: number | null, maxPeriodMonths: number | null, networkShareGuidelinePercent: number | null, youngResearcherYearsSinceDegree: number | null, requiresYoungTraveller: boolean, youngTravellerStayMonths: number | null, requiresOutgoingResearcherEachSide: boolean, requiresPartnerLetterOfIntent: boolean, requiresResearchSecurity: boolean, singleApplicationPerResearcher: boolean, singlePiApplicationPerFiscalYear: boolean, appliesOngoingProjectRules: boolean, singleAdoptionPerResearcher: boolean, sources: Array<{ rule: CallRule, source: RuleSource, reference: string }> }, statistics: { proposalCount: number | null, adoptionCount: number | null, adoptionRate: number | null, source: StatisticsSource, asOf: string | null, sourceNote: string | null }, publishedStatistics: { proposalCount: number | null, adoptionCount: number | null, adoptionRate: number | null, source: StatisticsSource, asOf: string | null, sourceNote: string | null }, proposals: { totalCount: number, nodes: Array<{ id: string, title: string | null, status: ProposalStatus }> }, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> } | null };

export type CallStatisticsFieldsFragment = { proposalCount: number | null, adoptionCount: number | null, adoptionRate: number | null, source: StatisticsSource, asOf: string | null, sourceNote: string | null };

export type CallWrittenFragment = { kind: CallKind, status: CallStatus, id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, milestones: Array<{ id: string, kind: MilestoneKind, startsAt: string, endsAt: string | null, side: TeamSide | null }>, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> };

export type CreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type CreateCallMutation = { createCall: { call: { kind: CallKind, status: CallStatus, id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, milestones: Array<{ id: string, kind: MilestoneKind, startsAt: string, endsAt: string | null, side: TeamSide | null }>, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateCallMutationVariables = Exact<{
  input: UpdateCallInput;
}>;


export type UpdateCallMutation = { updateCall: { call: { kind: CallKind, status: CallStatus, id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, milestones: Array<{ id: string, kind: MilestoneKind, startsAt: string, endsAt: string | null, side: TeamSide | null }>, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: { kind: OrganizationKind, id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, country: { id: string, code: string, name: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { organization: { kind: OrganizationKind, id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, country: { id: string, code: string, name: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type CreateResearcherMutationVariables = Exact<{
  input: CreateResearcherInput;
}>;


export type CreateResearcherMutation = { createResearcher: { researcher: { id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateResearcherMutationVariables = Exact<{
  input: UpdateResearcherInput;
}>;


export type UpdateResearcherMutation = { updateResearcher: { researcher: { id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type ProjectWrittenFragment = { reReviewRequired: boolean | null, reReviewReason: string | null, status: ProjectStatus, id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> };

export type EvaluationWrittenFragment = { id: string, version: number, kind: EvaluationKind, grade: string, evaluatedOn: string, summary: string | null, project: { id: string, title: string | null } };

export type TeamMemberWrittenFragment = { id: string, version: number, role: TeamRole, side: TeamSide, joinedOn: string | null, leftOn: string | null, researcher: { id: string, name: string | null, nameEn: string }, organization: { id: string, name: string | null, nameEn: string }, letterOfIntent: { receivedOn: string | null, program: string | null, reference: string | null } | null };

export type ProjectOfDeletedFragment = { version: number, id: string, title: string | null, outcomeCounts: Array<{ kind: OutcomeKind, count: number }> };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { project: { reReviewRequired: boolean | null, reReviewReason: string | null, status: ProjectStatus, id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type RecordEvaluationMutationVariables = Exact<{
  input: RecordEvaluationInput;
}>;


export type RecordEvaluationMutation = { recordEvaluation: { evaluation: { id: string, version: number, kind: EvaluationKind, grade: string, evaluatedOn: string, summary: string | null, project: { id: string, title: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateEvaluationMutationVariables = Exact<{
  input: UpdateEvaluationInput;
}>;


export type UpdateEvaluationMutation = { updateEvaluation: { evaluation: { id: string, version: number, kind: EvaluationKind, grade: string, evaluatedOn: string, summary: string | null, project: { id: string, title: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type ReportOutcomeMutationVariables = Exact<{
  input: ReportOutcomeInput;
}>;


export type ReportOutcomeMutation = { reportOutcome: { outcome: { kind: OutcomeKind, title: string, id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, project: { id: string, title: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateOutcomeMutationVariables = Exact<{
  input: UpdateOutcomeInput;
}>;


export type UpdateOutcomeMutation = { updateOutcome: { outcome: { kind: OutcomeKind, title: string, id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, project: { id: string, title: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type DeleteOutcomeMutationVariables = Exact<{
  input: DeleteOutcomeInput;
}>;


export type DeleteOutcomeMutation = { deleteOutcome: { project: { version: number, id: string, title: string | null, outcomeCounts: Array<{ kind: OutcomeKind, count: number }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type ReportMobilityMutationVariables = Exact<{
  input: ReportMobilityInput;
}>;


export type ReportMobilityMutation = { reportMobility: { mobility: { id: string, version: number, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateMobilityMutationVariables = Exact<{
  input: UpdateMobilityInput;
}>;


export type UpdateMobilityMutation = { updateMobility: { mobility: { id: string, version: number, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type DeleteMobilityMutationVariables = Exact<{
  input: DeleteMobilityInput;
}>;


export type DeleteMobilityMutation = { deleteMobility: { project: { version: number, id: string, title: string | null, outcomeCounts: Array<{ kind: OutcomeKind, count: number }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type AddPartnerTeamMemberMutationVariables = Exact<{
  input: AddPartnerTeamMemberInput;
}>;


export type AddPartnerTeamMemberMutation = { addPartnerTeamMember: { teamMember: { id: string, version: number, role: TeamRole, side: TeamSide, joinedOn: string | null, leftOn: string | null, researcher: { id: string, name: string | null, nameEn: string }, organization: { id: string, name: string | null, nameEn: string }, letterOfIntent: { receivedOn: string | null, program: string | null, reference: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type EndTeamMembershipMutationVariables = Exact<{
  input: EndTeamMembershipInput;
}>;


export type EndTeamMembershipMutation = { endTeamMembership: { teamMember: { id: string, version: number, role: TeamRole, side: TeamSide, joinedOn: string | null, leftOn: string | null, researcher: { id: string, name: string | null, nameEn: string }, organization: { id: string, name: string | null, nameEn: string }, letterOfIntent: { receivedOn: string | null, program: string | null, reference: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type ProposalWrittenFragment = { id: string, version: number, status: ProposalStatus, title: string | null, submittedAt: string | null, decidedAt: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, ruleCheck: { ok: boolean, errors: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> }, project: { version: number, id: string, title: string | null } | null };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type CreateProposalMutation = { createProposal: { proposal: { id: string, version: number, status: ProposalStatus, title: string | null, submittedAt: string | null, decidedAt: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, ruleCheck: { ok: boolean, errors: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> }, project: { version: number, id: string, title: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateProposalMutationVariables = Exact<{
  input: UpdateProposalInput;
}>;


export type UpdateProposalMutation = { updateProposal: { proposal: { id: string, version: number, status: ProposalStatus, title: string | null, submittedAt: string | null, decidedAt: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, ruleCheck: { ok: boolean, errors: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> }, project: { version: number, id: string, title: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { submitProposal: { proposal: { id: string, version: number, status: ProposalStatus, title: string | null, submittedAt: string | null, decidedAt: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, ruleCheck: { ok: boolean, errors: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> }, project: { version: number, id: string, title: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type WithdrawProposalMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type WithdrawProposalMutation = { withdrawProposal: { proposal: { id: string, version: number, status: ProposalStatus, title: string | null, submittedAt: string | null, decidedAt: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, ruleCheck: { ok: boolean, errors: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> }, project: { version: number, id: string, title: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type BeginDocumentReviewMutationVariables = Exact<{
  input: BeginDocumentReviewInput;
}>;


export type BeginDocumentReviewMutation = { beginDocumentReview: { call: { kind: CallKind, status: CallStatus, id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, milestones: Array<{ id: string, kind: MilestoneKind, startsAt: string, endsAt: string | null, side: TeamSide | null }>, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type DecideProposalMutationVariables = Exact<{
  input: DecideProposalInput;
}>;


export type DecideProposalMutation = { decideProposal: { proposal: { id: string, version: number, status: ProposalStatus, title: string | null, submittedAt: string | null, decidedAt: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, ruleCheck: { ok: boolean, errors: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> }, project: { version: number, id: string, title: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type CountryWrittenFragment = { nameJa: string, id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean };

export type ResearchFieldWrittenFragment = { id: string, version: number, code: string, name: string | null, scope: string | null, phases: Array<{ phase: number, fromFiscalYear: number, toFiscalYear: number | null, name: string | null }> };

export type IndicatorActualWrittenFragment = { id: string, version: number, reportedOn: string, value: number | null, qualitative: string | null, scope: string | null, source: string | null, indicator: { id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } } };

export type CreateCountryMutationVariables = Exact<{
  input: CreateCountryInput;
}>;


export type CreateCountryMutation = { createCountry: { country: { nameJa: string, id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateCountryMutationVariables = Exact<{
  input: UpdateCountryInput;
}>;


export type UpdateCountryMutation = { updateCountry: { country: { nameJa: string, id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type CreateFundingAgencyMutationVariables = Exact<{
  input: CreateFundingAgencyInput;
}>;


export type CreateFundingAgencyMutation = { createFundingAgency: { fundingAgency: { id: string, version: number, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateFundingAgencyMutationVariables = Exact<{
  input: UpdateFundingAgencyInput;
}>;


export type UpdateFundingAgencyMutation = { updateFundingAgency: { fundingAgency: { id: string, version: number, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type CreateResearchFieldMutationVariables = Exact<{
  input: CreateResearchFieldInput;
}>;


export type CreateResearchFieldMutation = { createResearchField: { researchField: { id: string, version: number, code: string, name: string | null, scope: string | null, phases: Array<{ phase: number, fromFiscalYear: number, toFiscalYear: number | null, name: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateResearchFieldMutationVariables = Exact<{
  input: UpdateResearchFieldInput;
}>;


export type UpdateResearchFieldMutation = { updateResearchField: { researchField: { id: string, version: number, code: string, name: string | null, scope: string | null, phases: Array<{ phase: number, fromFiscalYear: number, toFiscalYear: number | null, name: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type CreateIndicatorMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;


export type CreateIndicatorMutation = { createIndicator: { indicator: { id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { indicator: { id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type CreateIndicatorActualMutationVariables = Exact<{
  input: CreateIndicatorActualInput;
}>;


export type CreateIndicatorActualMutation = { createIndicatorActual: { indicatorActual: { id: string, version: number, reportedOn: string, value: number | null, qualitative: string | null, scope: string | null, source: string | null, indicator: { id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UpdateIndicatorActualMutationVariables = Exact<{
  input: UpdateIndicatorActualInput;
}>;


export type UpdateIndicatorActualMutation = { updateIndicatorActual: { indicatorActual: { id: string, version: number, reportedOn: string, value: number | null, qualitative: string | null, scope: string | null, source: string | null, indicator: { id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type UserErrorFieldsFragment = { field: Array<string>, message: string, code: UserErrorCode };

export type RuleViolationFieldsFragment = { field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity };

type NodeSummary_ApiKey_Fragment = { __typename: 'ApiKey', id: string };

type NodeSummary_BudgetLine_Fragment = { __typename: 'BudgetLine', id: string };

type NodeSummary_Call_Fragment = { __typename: 'Call', id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, callKind: CallKind, callStatus: CallStatus, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> };

type NodeSummary_CallMilestone_Fragment = { __typename: 'CallMilestone', id: string };

type NodeSummary_Country_Fragment = { __typename: 'Country', id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean };

type NodeSummary_Decision_Fragment = { __typename: 'Decision', id: string };

type NodeSummary_Evaluation_Fragment = { __typename: 'Evaluation', id: string };

type NodeSummary_FundingAgency_Fragment = { __typename: 'FundingAgency', id: string, version: number, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null };

type NodeSummary_Indicator_Fragment = { __typename: 'Indicator', id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } };

type NodeSummary_IndicatorActual_Fragment = { __typename: 'IndicatorActual', id: string };

type NodeSummary_Mobility_Fragment = { __typename: 'Mobility', id: string, version: number, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } };

type NodeSummary_Organization_Fragment = { __typename: 'Organization', id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, organizationKind: OrganizationKind, country: { id: string, code: string, name: string | null } };

type NodeSummary_Outcome_Fragment = { __typename: 'Outcome', id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, outcomeKind: OutcomeKind, outcomeTitle: string, project: { id: string, title: string | null } };

type NodeSummary_Project_Fragment = { __typename: 'Project', id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, projectStatus: ProjectStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> };

type NodeSummary_Proposal_Fragment = { __typename: 'Proposal', id: string, version: number, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, proposalStatus: ProposalStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } };

type NodeSummary_ResearchField_Fragment = { __typename: 'ResearchField', id: string, version: number, code: string, name: string | null, scope: string | null };

type NodeSummary_ResearchSecurityAttestation_Fragment = { __typename: 'ResearchSecurityAttestation', id: string };

type NodeSummary_Researcher_Fragment = { __typename: 'Researcher', id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null };

type NodeSummary_TeamMember_Fragment = { __typename: 'TeamMember', id: string };

export type NodeSummaryFragment =
  | NodeSummary_ApiKey_Fragment
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
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'BudgetLine', id: string }
    | { __typename: 'Call', id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, callKind: CallKind, callStatus: CallStatus, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> }
    | { __typename: 'CallMilestone', id: string }
    | { __typename: 'Country', id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean }
    | { __typename: 'Decision', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'FundingAgency', id: string, version: number, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null }
    | { __typename: 'Indicator', id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'Mobility', id: string, version: number, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } }
    | { __typename: 'Organization', id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, organizationKind: OrganizationKind, country: { id: string, code: string, name: string | null } }
    | { __typename: 'Outcome', id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, outcomeKind: OutcomeKind, outcomeTitle: string, project: { id: string, title: string | null } }
    | { __typename: 'Project', id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, projectStatus: ProjectStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> }
    | { __typename: 'Proposal', id: string, version: number, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, proposalStatus: ProposalStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } }
    | { __typename: 'ResearchField', id: string, version: number, code: string, name: string | null, scope: string | null }
    | { __typename: 'ResearchSecurityAttestation', id: string }
    | { __typename: 'Researcher', id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null }
    | { __typename: 'TeamMember', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'BudgetLine', id: string }
    | { __typename: 'Call', id: string, version: number, code: string, title: string | null, track: CallTrack | null, fiscalYear: number, submissionDeadline: string | null, maxDirectCostYen: string | null, maxTotalCostYen: string | null, expectedAdoptions: number | null, callKind: CallKind, callStatus: CallStatus, fieldsInPhase: Array<{ field: { id: string, code: string }, phase: { name: string | null } | null }>, fields: Array<{ id: string, code: string, name: string | null }>, countries: Array<{ id: string, code: string, name: string | null }>, agencies: Array<{ role: CallAgencyRole, agency: { id: string, code: string, acronym: string | null, name: string | null } }> }
    | { __typename: 'CallMilestone', id: string }
    | { __typename: 'Country', id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean }
    | { __typename: 'Decision', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'FundingAgency', id: string, version: number, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null }
    | { __typename: 'Indicator', id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'Mobility', id: string, version: number, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } }
    | { __typename: 'Organization', id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, organizationKind: OrganizationKind, country: { id: string, code: string, name: string | null } }
    | { __typename: 'Outcome', id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, outcomeKind: OutcomeKind, outcomeTitle: string, project: { id: string, title: string | null } }
    | { __typename: 'Project', id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, projectStatus: ProjectStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> }
    | { __typename: 'Proposal', id: string, version: number, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, proposalStatus: ProposalStatus, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } }
    | { __typename: 'ResearchField', id: string, version: number, code: string, name: string | null, scope: string | null }
    | { __typename: 'ResearchSecurityAttestation', id: string }
    | { __typename: 'Researcher', id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null }
    | { __typename: 'TeamMember', id: string }
   | null> };

export type OrganizationRefFragment = { id: string, name: string | null, nameEn: string };

export type OrganizationSummaryFragment = { kind: OrganizationKind, id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, country: { id: string, code: string, name: string | null } };

export type OrganizationBaseFragment = { id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, country: { id: string, code: string, name: string | null } };

export type ResearcherRefFragment = { id: string, name: string | null, nameEn: string };

export type ResearcherSummaryFragment = { id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: OrganizationKind, id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, rorId: string | null, rorUrl: string | null, country: { id: string, code: string, name: string | null } }> } };

export type ResearchersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ResearcherFilter | null | undefined;
  orderBy?: ResearcherOrder | null | undefined;
}>;


export type ResearchersQuery = { researchers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, name: string | null, nameEn: string, nameJa: string | null, orcid: string | null, orcidUrl: string | null, eradNumber: string | null, careerStage: CareerStage | null, degreeYear: number | null, organization: { id: string, name: string | null, nameEn: string } | null }> } };

export type ProjectRefFragment = { id: string, title: string | null };

export type ProjectSummaryFragment = { status: ProjectStatus, id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> };

export type ProjectBaseFragment = { id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> };

export type OutcomeSummaryFragment = { kind: OutcomeKind, title: string, id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, project: { id: string, title: string | null } };

export type OutcomeBaseFragment = { id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, project: { id: string, title: string | null } };

export type OutcomeDetailsFragment = { id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null };

export type MobilitySummaryFragment = { id: string, version: number, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } };

export type ProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
  orderBy?: ProjectOrder | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: ProjectStatus, id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, outcomeCounts: Array<{ kind: OutcomeKind, count: number }>, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> }> } };

export type ProjectsWithOutcomesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
  orderBy?: ProjectOrder | null | undefined;
  outcomesFirst?: number | null | undefined;
  outcomesFilter?: ProjectOutcomeFilter | null | undefined;
}>;


export type ProjectsWithOutcomesQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: ProjectStatus, id: string, version: number, title: string | null, startsOn: string, endsOn: string, periodMonths: number, grantNumber: string | null, grantDoi: string | null, grantDoiUrl: string | null, outcomes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: OutcomeKind, title: string, id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null }> }, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, name: string | null, nameEn: string } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }> }> } };

export type OutcomesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OutcomeFilter | null | undefined;
  orderBy?: OutcomeOrder | null | undefined;
}>;


export type OutcomesQuery = { outcomes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: OutcomeKind, title: string, id: string, version: number, gtrCategory: GtrCategory | null, description: string | null, occurredOn: string, reportedBySide: TeamSide, withPartner: boolean, partnerContributors: Array<string>, attendeeCount: number | null, doi: string | null, doiUrl: string | null, url: string | null, project: { id: string, title: string | null } }> } };

export type MobilitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MobilityFilter | null | undefined;
  orderBy?: MobilityOrder | null | undefined;
}>;


export type MobilitiesQuery = { mobilities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, direction: MobilityDirection, startsOn: string, endsOn: string, durationDays: number, purpose: string, researcher: { id: string, name: string | null, nameEn: string }, country: { id: string, code: string, name: string | null }, homeOrganization: { id: string, name: string | null, nameEn: string } | null, hostOrganization: { id: string, name: string | null, nameEn: string } | null, project: { id: string, title: string | null } }> } };

export type OutcomeStatisticsQueryVariables = Exact<{
  filter?: OutcomeStatisticsFilter | null | undefined;
}>;


export type OutcomeStatisticsQuery = { outcomeStatistics: { total: number, withPartner: number, byKind: Array<{ kind: OutcomeKind, count: number }>, byGtrCategory: Array<{ category: GtrCategory, count: number }>, mobility: { dispatched: number, invited: number } } };

export type ProposalSummaryFragment = { status: ProposalStatus, id: string, version: number, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } };

export type ProposalBaseFragment = { id: string, version: number, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } };

export type ProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProposalFilter | null | undefined;
  orderBy?: ProposalOrder | null | undefined;
}>;


export type ProposalsQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: ProposalStatus, id: string, version: number, title: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, decidedAt: string | null, plannedPeriodMonths: number | null, project: { id: string, title: string | null } | null, call: { id: string, code: string, title: string | null, fiscalYear: number }, field: { id: string, code: string, name: string | null }, leadOrganization: { id: string, name: string | null, nameEn: string }, pi: { id: string, researcher: { id: string, name: string | null, nameEn: string } } | null, partnerCountries: Array<{ id: string, code: string, name: string | null }>, budget: { directCostYen: string, indirectCostYen: string, totalCostYen: string, networkAndYouthShare: number | null } }> } };

export type CountryRefFragment = { id: string, code: string, name: string | null };

export type CountrySummaryFragment = { id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean };

export type ResearchFieldRefFragment = { id: string, code: string, name: string | null };

export type ResearchFieldSummaryFragment = { id: string, version: number, code: string, name: string | null, scope: string | null };

export type FundingAgencyRefFragment = { id: string, code: string, acronym: string | null, name: string | null };

export type FundingAgencySummaryFragment = { id: string, version: number, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null };

export type IndicatorSummaryFragment = { id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } };

export type CountriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CountryFilter | null | undefined;
}>;


export type CountriesQuery = { countries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ nameJa: string, id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean }> } };

export type CountryQueryVariables = Exact<{
  code: string;
}>;


export type CountryQuery = { country: { nameJa: string, id: string, version: number, code: string, name: string | null, nameEn: string, isPartner: boolean, agencies: Array<{ id: string, code: string, acronym: string | null, name: string | null }>, organizations: { totalCount: number, nodes: Array<{ id: string, name: string | null, nameEn: string }> } } | null };

export type ResearchFieldsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResearchFieldsQuery = { researchFields: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, code: string, name: string | null, scope: string | null }> } };

export type ResearchFieldQueryVariables = Exact<{
  code: string;
}>;


export type ResearchFieldQuery = { researchField: { id: string, version: number, code: string, name: string | null, scope: string | null, phases: Array<{ phase: number, fromFiscalYear: number, toFiscalYear: number | null, name: string | null, scope: string | null, examplesEn: Array<string>, examplesJa: Array<string> }>, calls: { totalCount: number, nodes: Array<{ id: string, code: string, title: string | null, fiscalYear: number }> } } | null };

export type FundingAgenciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FundingAgenciesQuery = { fundingAgencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null }> } };

export type FundingAgencyQueryVariables = Exact<{
  code: string;
}>;


export type FundingAgencyQuery = { fundingAgency: { crossrefFunderId: string | null, crossrefFunderUrl: string | null, rorId: string | null, rorUrl: string | null, id: string, version: number, code: string, acronym: string | null, name: string | null, nameEn: string, nameJa: string | null, website: string | null, children: Array<{ id: string, code: string, acronym: string | null, name: string | null }>, calls: { totalCount: number, edges: Array<{ role: CallAgencyRole, node: { id: string, code: string, title: string | null, fiscalYear: number } }> }, country: { id: string, code: string, name: string | null }, parent: { id: string, code: string, acronym: string | null, name: string | null } | null } | null };

export type IndicatorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IndicatorsQuery = { indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } }> } };

export type IndicatorQueryVariables = Exact<{
  code: string;
}>;


export type IndicatorQuery = { indicator: { id: string, version: number, code: string, goalNumber: number, goal: string | null, name: string | null, unit: string | null, targetValue: number | null, targetFiscalYear: number | null, actuals: Array<{ id: string, version: number, reportedOn: string, value: number | null, qualitative: string | null, scope: string | null, source: string | null }>, progress: { actual: number | null, target: number | null, ratio: number | null, achieved: boolean | null, qualitative: boolean, reportedOn: string | null, targetFiscalYear: number | null } } | null };

export type CallRulesFieldsFragment = { maxDirectCostYen: string | null, maxTotalCostYen: string | null, indirectRatePercent: number, minPeriodMonths: number | null, maxPeriodMonths: number | null, networkShareGuidelinePercent: number | null, youngResearcherYearsSinceDegree: number | null, requiresYoungTraveller: boolean, youngTravellerStayMonths: number | null, requiresOutgoingResearcherEachSide: boolean, requiresPartnerLetterOfIntent: boolean, requiresResearchSecurity: boolean, singleApplicationPerResearcher: boolean, singlePiApplicationPerFiscalYear: boolean, appliesOngoingProjectRules: boolean, singleAdoptionPerResearcher: boolean };

export type CallForRulesFragment = { id: string, code: string, kind: CallKind, track: CallTrack | null, fiscalYear: number, supportStartsOn: string | null, rules: { maxDirectCostYen: string | null, maxTotalCostYen: string | null, indirectRatePercent: number, minPeriodMonths: number | null, maxPeriodMonths: number | null, networkShareGuidelinePercent: number | null, youngResearcherYearsSinceDegree: number | null, requiresYoungTraveller: boolean, youngTravellerStayMonths: number | null, requiresOutgoingResearcherEachSide: boolean, requiresPartnerLetterOfIntent: boolean, requiresResearchSecurity: boolean, singleApplicationPerResearcher: boolean, singlePiApplicationPerFiscalYear: boolean, appliesOngoingProjectRules: boolean, singleAdoptionPerResearcher: boolean }, fields: Array<{ code: string }>, countries: Array<{ code: string }>, milestones: Array<{ kind: MilestoneKind, startsAt: string, endsAt: string | null, side: TeamSide | null }> };

export type ProposalForRulesFragment = { id: string, version: number, status: ProposalStatus, plannedPeriodMonths: number | null, call: { id: string, code: string, kind: CallKind, track: CallTrack | null, fiscalYear: number, supportStartsOn: string | null, rules: { maxDirectCostYen: string | null, maxTotalCostYen: string | null, indirectRatePercent: number, minPeriodMonths: number | null, maxPeriodMonths: number | null, networkShareGuidelinePercent: number | null, youngResearcherYearsSinceDegree: number | null, requiresYoungTraveller: boolean, youngTravellerStayMonths: number | null, requiresOutgoingResearcherEachSide: boolean, requiresPartnerLetterOfIntent: boolean, requiresResearchSecurity: boolean, singleApplicationPerResearcher: boolean, singlePiApplicationPerFiscalYear: boolean, appliesOngoingProjectRules: boolean, singleAdoptionPerResearcher: boolean }, fields: Array<{ code: string }>, countries: Array<{ code: string }>, milestones: Array<{ kind: MilestoneKind, startsAt: string, endsAt: string | null, side: TeamSide | null }> }, field: { code: string }, partnerCountries: Array<{ code: string }>, team: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, role: TeamRole, leftOn: string | null, travelsToPartner: boolean | null, plannedStayMonths: number | null, letterOfIntent: { receivedOn: string | null } | null, organization: { id: string, country: { code: string } }, researcher: { id: string, careerStage: CareerStage | null, degreeYear: number | null } }> }, budget: { lines: Array<{ fiscalYear: number, purpose: BudgetPurpose, directCostYen: string }> }, researchSecurityAttestations: Array<{ organization: { id: string } }> };

export type CallForRulesQueryVariables = Exact<{
  code: string;
}>;


export type CallForRulesQuery = { call: { id: string, code: string, kind: CallKind, track: CallTrack | null, fiscalYear: number, supportStartsOn: string | null, rules: { maxDirectCostYen: string | null, maxTotalCostYen: string | null, indirectRatePercent: number, minPeriodMonths: number | null, maxPeriodMonths: number | null, networkShareGuidelinePercent: number | null, youngResearcherYearsSinceDegree: number | null, requiresYoungTraveller: boolean, youngTravellerStayMonths: number | null, requiresOutgoingResearcherEachSide: boolean, requiresPartnerLetterOfIntent: boolean, requiresResearchSecurity: boolean, singleApplicationPerResearcher: boolean, singlePiApplicationPerFiscalYear: boolean, appliesOngoingProjectRules: boolean, singleAdoptionPerResearcher: boolean }, fields: Array<{ code: string }>, countries: Array<{ code: string }>, milestones: Array<{ kind: MilestoneKind, startsAt: string, endsAt: string | null, side: TeamSide | null }> } | null };

export type ProposalForRulesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalForRulesQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'Call' }
    | { __typename: 'CallMilestone' }
    | { __typename: 'Country' }
    | { __typename: 'Decision' }
    | { __typename: 'Evaluation' }
    | { __typename: 'FundingAgency' }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorActual' }
    | { __typename: 'Mobility' }
    | { __typename: 'Organization' }
    | { __typename: 'Outcome' }
    | { __typename: 'Project' }
    | { __typename: 'Proposal', id: string, version: number, status: ProposalStatus, plannedPeriodMonths: number | null, call: { id: string, code: string, kind: CallKind, track: CallTrack | null, fiscalYear: number, supportStartsOn: string | null, rules: { maxDirectCostYen: string | null, maxTotalCostYen: string | null, indirectRatePercent: number, minPeriodMonths: number | null, maxPeriodMonths: number | null, networkShareGuidelinePercent: number | null, youngResearcherYearsSinceDegree: number | null, requiresYoungTraveller: boolean, youngTravellerStayMonths: number | null, requiresOutgoingResearcherEachSide: boolean, requiresPartnerLetterOfIntent: boolean, requiresResearchSecurity: boolean, singleApplicationPerResearcher: boolean, singlePiApplicationPerFiscalYear: boolean, appliesOngoingProjectRules: boolean, singleAdoptionPerResearcher: boolean }, fields: Array<{ code: string }>, countries: Array<{ code: string }>, milestones: Array<{ kind: MilestoneKind, startsAt: string, endsAt: string | null, side: TeamSide | null }> }, field: { code: string }, partnerCountries: Array<{ code: string }>, team: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, role: TeamRole, leftOn: string | null, travelsToPartner: boolean | null, plannedStayMonths: number | null, letterOfIntent: { receivedOn: string | null } | null, organization: { id: string, country: { code: string } }, researcher: { id: string, careerStage: CareerStage | null, degreeYear: number | null } }> }, budget: { lines: Array<{ fiscalYear: number, purpose: BudgetPurpose, directCostYen: string }> }, researchSecurityAttestations: Array<{ organization: { id: string } }> }
    | { __typename: 'ResearchField' }
    | { __typename: 'ResearchSecurityAttestation' }
    | { __typename: 'Researcher' }
    | { __typename: 'TeamMember' }
   | null };

export type SyncRecordsMutationVariables = Exact<{
  input: SyncRecordsInput;
}>;


export type SyncRecordsMutation = { syncRecords: { batch: { replayed: boolean, created: number, updated: number, unchanged: number, rejected: number, results: Array<{ index: number, type: SyncedEntity, externalId: string, status: SyncStatus, version: number | null, record:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ChangesQueryVariables = Exact<{
  since?: string | null | undefined;
  first: number;
}>;


export type ChangesQuery = { changes: { cursor: string, hasMore: boolean, events: Array<{ cursor: string, sequence: string, action: ChangeAction, recordType: RecordType, recordId: string, version: number, occurredAt: string, externalId: string | null, changedFields: Array<string>, record:
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'BudgetLine', id: string }
        | { __typename: 'Call', version: number, externalId: string | null, code: string, id: string }
        | { __typename: 'CallMilestone', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Decision', version: number, externalId: string | null, stage: DecisionStage, result: DecisionResult, decidedAt: string, id: string }
        | { __typename: 'Evaluation', id: string }
        | { __typename: 'FundingAgency', id: string }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorActual', id: string }
        | { __typename: 'Mobility', version: number, externalId: string | null, direction: MobilityDirection, startsOn: string, endsOn: string, id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Outcome', version: number, externalId: string | null, kind: OutcomeKind, title: string, occurredOn: string, reportedBySide: TeamSide, id: string }
        | { __typename: 'Project', version: number, externalId: string | null, startsOn: string, endsOn: string, id: string, projectStatus: ProjectStatus }
        | { __typename: 'Proposal', version: number, externalId: string | null, titleEn: string, titleJa: string | null, id: string, proposalStatus: ProposalStatus }
        | { __typename: 'ResearchField', id: string }
        | { __typename: 'ResearchSecurityAttestation', id: string }
        | { __typename: 'Researcher', id: string }
        | { __typename: 'TeamMember', version: number, externalId: string | null, role: TeamRole, side: TeamSide, leftOn: string | null, id: string, researcher: { id: string, nameEn: string, orcid: string | null } }
       | null }> } };

export type LinkExternalIdsMutationVariables = Exact<{
  input: LinkExternalIdsInput;
}>;


export type LinkExternalIdsMutation = { linkExternalIds: { linked: { links: Array<{ type: SyncedEntity, externalId: string, record:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string>, message: string, code: ProposalRule, severity: RuleSeverity }> } };

export type ByExternalIdQueryVariables = Exact<{
  type: SyncedEntity;
  externalId: string;
}>;


export type ByExternalIdQuery = { byExternalId:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'BudgetLine', id: string }
    | { __typename: 'Call', id: string }
    | { __typename: 'CallMilestone', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Decision', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'FundingAgency', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'Mobility', version: number, externalId: string | null, startsOn: string, endsOn: string, id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Outcome', version: number, externalId: string | null, title: string, id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'Proposal', version: number, externalId: string | null, titleEn: string, id: string, proposalStatus: ProposalStatus }
    | { __typename: 'ResearchField', id: string }
    | { __typename: 'ResearchSecurityAttestation', id: string }
    | { __typename: 'Researcher', id: string }
    | { __typename: 'TeamMember', version: number, externalId: string | null, role: TeamRole, id: string }
   | null };

export type AuditTrailQueryVariables = Exact<{
  recordId: string | number;
  since?: string | null | undefined;
  first: number;
}>;


export type AuditTrailQuery = { auditTrail: { cursor: string, hasMore: boolean, events: Array<{ sequence: string, action: ChangeAction, version: number, occurredAt: string, changedFields: Array<string>, actor: { name: string, role: string | null, keyId: string | null, agencyId: string | null, organizationId: string | null, requestId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null }> } };

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
export const ResearchFieldRefFragmentDoc = new TypedDocumentString(`
    fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}
    `, {"fragmentName":"ResearchFieldRef"}) as unknown as TypedDocumentString<ResearchFieldRefFragment, unknown>;
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
export const CallBaseFragmentDoc = new TypedDocumentString(`
    fragment CallBase on Call {
  id
  version
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
  fields {
    ...ResearchFieldRef
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
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"fragmentName":"CallBase"}) as unknown as TypedDocumentString<CallBaseFragment, unknown>;
export const CallSummaryFragmentDoc = new TypedDocumentString(`
    fragment CallSummary on Call {
  ...CallBase
  kind
  status
}
    fragment CallBase on Call {
  id
  version
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
  fields {
    ...ResearchFieldRef
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
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"fragmentName":"CallSummary"}) as unknown as TypedDocumentString<CallSummaryFragment, unknown>;
export const CallWrittenFragmentDoc = new TypedDocumentString(`
    fragment CallWritten on Call {
  ...CallSummary
  milestones {
    id
    kind
    startsAt
    endsAt
    side
  }
}
    fragment CallSummary on Call {
  ...CallBase
  kind
  status
}
fragment CallBase on Call {
  id
  version
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
  fields {
    ...ResearchFieldRef
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
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"fragmentName":"CallWritten"}) as unknown as TypedDocumentString<CallWrittenFragment, unknown>;
export const CallRefFragmentDoc = new TypedDocumentString(`
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
    `, {"fragmentName":"CallRef"}) as unknown as TypedDocumentString<CallRefFragment, unknown>;
export const OrganizationRefFragmentDoc = new TypedDocumentString(`
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
    `, {"fragmentName":"OrganizationRef"}) as unknown as TypedDocumentString<OrganizationRefFragment, unknown>;
export const ResearcherRefFragmentDoc = new TypedDocumentString(`
    fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
    `, {"fragmentName":"ResearcherRef"}) as unknown as TypedDocumentString<ResearcherRefFragment, unknown>;
export const ProjectBaseFragmentDoc = new TypedDocumentString(`
    fragment ProjectBase on Project {
  id
  version
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
  version
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
export const ProjectWrittenFragmentDoc = new TypedDocumentString(`
    fragment ProjectWritten on Project {
  ...ProjectSummary
  reReviewRequired
  reReviewReason
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
  version
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
}`, {"fragmentName":"ProjectWritten"}) as unknown as TypedDocumentString<ProjectWrittenFragment, unknown>;
export const ProjectRefFragmentDoc = new TypedDocumentString(`
    fragment ProjectRef on Project {
  id
  title
}
    `, {"fragmentName":"ProjectRef"}) as unknown as TypedDocumentString<ProjectRefFragment, unknown>;
export const EvaluationWrittenFragmentDoc = new TypedDocumentString(`
    fragment EvaluationWritten on Evaluation {
  id
  version
  kind
  grade
  evaluatedOn
  summary
  project {
    ...ProjectRef
  }
}
    fragment ProjectRef on Project {
  id
  title
}`, {"fragmentName":"EvaluationWritten"}) as unknown as TypedDocumentString<EvaluationWrittenFragment, unknown>;
export const TeamMemberWrittenFragmentDoc = new TypedDocumentString(`
    fragment TeamMemberWritten on TeamMember {
  id
  version
  role
  side
  joinedOn
  leftOn
  researcher {
    ...ResearcherRef
  }
  organization {
    ...OrganizationRef
  }
  letterOfIntent {
    receivedOn
    program
    reference
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
}`, {"fragmentName":"TeamMemberWritten"}) as unknown as TypedDocumentString<TeamMemberWrittenFragment, unknown>;
export const ProjectOfDeletedFragmentDoc = new TypedDocumentString(`
    fragment ProjectOfDeleted on Project {
  ...ProjectRef
  version
  outcomeCounts {
    kind
    count
  }
}
    fragment ProjectRef on Project {
  id
  title
}`, {"fragmentName":"ProjectOfDeleted"}) as unknown as TypedDocumentString<ProjectOfDeletedFragment, unknown>;
export const RuleViolationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
    `, {"fragmentName":"RuleViolationFields"}) as unknown as TypedDocumentString<RuleViolationFieldsFragment, unknown>;
export const ProposalWrittenFragmentDoc = new TypedDocumentString(`
    fragment ProposalWritten on Proposal {
  id
  version
  status
  title
  submittedAt
  decidedAt
  call {
    ...CallRef
  }
  ruleCheck {
    ok
    errors {
      ...RuleViolationFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
  project {
    ...ProjectRef
    version
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"fragmentName":"ProposalWritten"}) as unknown as TypedDocumentString<ProposalWrittenFragment, unknown>;
export const CountrySummaryFragmentDoc = new TypedDocumentString(`
    fragment CountrySummary on Country {
  id
  version
  code
  name
  nameEn
  isPartner
}
    `, {"fragmentName":"CountrySummary"}) as unknown as TypedDocumentString<CountrySummaryFragment, unknown>;
export const CountryWrittenFragmentDoc = new TypedDocumentString(`
    fragment CountryWritten on Country {
  ...CountrySummary
  nameJa
}
    fragment CountrySummary on Country {
  id
  version
  code
  name
  nameEn
  isPartner
}`, {"fragmentName":"CountryWritten"}) as unknown as TypedDocumentString<CountryWrittenFragment, unknown>;
export const ResearchFieldSummaryFragmentDoc = new TypedDocumentString(`
    fragment ResearchFieldSummary on ResearchField {
  id
  version
  code
  name
  scope
}
    `, {"fragmentName":"ResearchFieldSummary"}) as unknown as TypedDocumentString<ResearchFieldSummaryFragment, unknown>;
export const ResearchFieldWrittenFragmentDoc = new TypedDocumentString(`
    fragment ResearchFieldWritten on ResearchField {
  ...ResearchFieldSummary
  phases {
    phase
    fromFiscalYear
    toFiscalYear
    name
  }
}
    fragment ResearchFieldSummary on ResearchField {
  id
  version
  code
  name
  scope
}`, {"fragmentName":"ResearchFieldWritten"}) as unknown as TypedDocumentString<ResearchFieldWrittenFragment, unknown>;
export const IndicatorSummaryFragmentDoc = new TypedDocumentString(`
    fragment IndicatorSummary on Indicator {
  id
  version
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
export const IndicatorActualWrittenFragmentDoc = new TypedDocumentString(`
    fragment IndicatorActualWritten on IndicatorActual {
  id
  version
  reportedOn
  value
  qualitative
  scope
  source
  indicator {
    ...IndicatorSummary
  }
}
    fragment IndicatorSummary on Indicator {
  id
  version
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
}`, {"fragmentName":"IndicatorActualWritten"}) as unknown as TypedDocumentString<IndicatorActualWrittenFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  field
  message
  code
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const FundingAgencySummaryFragmentDoc = new TypedDocumentString(`
    fragment FundingAgencySummary on FundingAgency {
  id
  version
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
export const OrganizationBaseFragmentDoc = new TypedDocumentString(`
    fragment OrganizationBase on Organization {
  id
  version
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
export const ResearcherSummaryFragmentDoc = new TypedDocumentString(`
    fragment ResearcherSummary on Researcher {
  id
  version
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
export const ProposalBaseFragmentDoc = new TypedDocumentString(`
    fragment ProposalBase on Proposal {
  id
  version
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
export const OutcomeDetailsFragmentDoc = new TypedDocumentString(`
    fragment OutcomeDetails on Outcome {
  id
  version
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
}
    `, {"fragmentName":"OutcomeDetails"}) as unknown as TypedDocumentString<OutcomeDetailsFragment, unknown>;
export const OutcomeBaseFragmentDoc = new TypedDocumentString(`
    fragment OutcomeBase on Outcome {
  ...OutcomeDetails
  project {
    ...ProjectRef
  }
}
    fragment ProjectRef on Project {
  id
  title
}
fragment OutcomeDetails on Outcome {
  id
  version
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
}`, {"fragmentName":"OutcomeBase"}) as unknown as TypedDocumentString<OutcomeBaseFragment, unknown>;
export const MobilitySummaryFragmentDoc = new TypedDocumentString(`
    fragment MobilitySummary on Mobility {
  id
  version
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
  version
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
  fields {
    ...ResearchFieldRef
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
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment OrganizationBase on Organization {
  id
  version
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
  version
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
  version
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
  ...OutcomeDetails
  project {
    ...ProjectRef
  }
}
fragment OutcomeDetails on Outcome {
  id
  version
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
}
fragment MobilitySummary on Mobility {
  id
  version
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
  version
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
  version
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
  version
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
  version
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
  version
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
  version
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
  ...OutcomeDetails
  project {
    ...ProjectRef
  }
}
fragment OutcomeDetails on Outcome {
  id
  version
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
  version
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
export const CallRulesFieldsFragmentDoc = new TypedDocumentString(`
    fragment CallRulesFields on CallRules {
  maxDirectCostYen
  maxTotalCostYen
  indirectRatePercent
  minPeriodMonths
  maxPeriodMonths
  networkShareGuidelinePercent
  youngResearcherYearsSinceDegree
  requiresYoungTraveller
  youngTravellerStayMonths
  requiresOutgoingResearcherEachSide
  requiresPartnerLetterOfIntent
  requiresResearchSecurity
  singleApplicationPerResearcher
  singlePiApplicationPerFiscalYear
  appliesOngoingProjectRules
  singleAdoptionPerResearcher
}
    `, {"fragmentName":"CallRulesFields"}) as unknown as TypedDocumentString<CallRulesFieldsFragment, unknown>;
export const CallForRulesFragmentDoc = new TypedDocumentString(`
    fragment CallForRules on Call {
  id
  code
  kind
  track
  fiscalYear
  supportStartsOn
  rules {
    ...CallRulesFields
  }
  fields {
    code
  }
  countries {
    code
  }
  milestones {
    kind
    startsAt
    endsAt
    side
  }
}
    fragment CallRulesFields on CallRules {
  maxDirectCostYen
  maxTotalCostYen
  indirectRatePercent
  minPeriodMonths
  maxPeriodMonths
  networkShareGuidelinePercent
  youngResearcherYearsSinceDegree
  requiresYoungTraveller
  youngTravellerStayMonths
  requiresOutgoingResearcherEachSide
  requiresPartnerLetterOfIntent
  requiresResearchSecurity
  singleApplicationPerResearcher
  singlePiApplicationPerFiscalYear
  appliesOngoingProjectRules
  singleAdoptionPerResearcher
}`, {"fragmentName":"CallForRules"}) as unknown as TypedDocumentString<CallForRulesFragment, unknown>;
export const ProposalForRulesFragmentDoc = new TypedDocumentString(`
    fragment ProposalForRules on Proposal {
  id
  version
  status
  call {
    ...CallForRules
  }
  field {
    code
  }
  partnerCountries {
    code
  }
  plannedPeriodMonths
  team(first: 100) {
    pageInfo {
      hasNextPage
    }
    nodes {
      id
      role
      leftOn
      travelsToPartner
      plannedStayMonths
      letterOfIntent {
        receivedOn
      }
      organization {
        id
        country {
          code
        }
      }
      researcher {
        id
        careerStage
        degreeYear
      }
    }
  }
  budget {
    lines {
      fiscalYear
      purpose
      directCostYen
    }
  }
  researchSecurityAttestations {
    organization {
      id
    }
  }
}
    fragment CallRulesFields on CallRules {
  maxDirectCostYen
  maxTotalCostYen
  indirectRatePercent
  minPeriodMonths
  maxPeriodMonths
  networkShareGuidelinePercent
  youngResearcherYearsSinceDegree
  requiresYoungTraveller
  youngTravellerStayMonths
  requiresOutgoingResearcherEachSide
  requiresPartnerLetterOfIntent
  requiresResearchSecurity
  singleApplicationPerResearcher
  singlePiApplicationPerFiscalYear
  appliesOngoingProjectRules
  singleAdoptionPerResearcher
}
fragment CallForRules on Call {
  id
  code
  kind
  track
  fiscalYear
  supportStartsOn
  rules {
    ...CallRulesFields
  }
  fields {
    code
  }
  countries {
    code
  }
  milestones {
    kind
    startsAt
    endsAt
    side
  }
}`, {"fragmentName":"ProposalForRules"}) as unknown as TypedDocumentString<ProposalForRulesFragment, unknown>;
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
  version
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
  fields {
    ...ResearchFieldRef
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
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"hash":"sha256:af63ea77b32d039dc8e29d7d504a424ca1ca22a8e4e1d45d019948c584a943cb"}) as unknown as TypedDocumentString<CallsQuery, CallsQueryVariables>;
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
      ...CallRulesFields
      sources {
        rule
        source
        reference
      }
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
  version
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
  fields {
    ...ResearchFieldRef
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
fragment ResearchFieldRef on ResearchField {
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
fragment CallRulesFields on CallRules {
  maxDirectCostYen
  maxTotalCostYen
  indirectRatePercent
  minPeriodMonths
  maxPeriodMonths
  networkShareGuidelinePercent
  youngResearcherYearsSinceDegree
  requiresYoungTraveller
  youngTravellerStayMonths
  requiresOutgoingResearcherEachSide
  requiresPartnerLetterOfIntent
  requiresResearchSecurity
  singleApplicationPerResearcher
  singlePiApplicationPerFiscalYear
  appliesOngoingProjectRules
  singleAdoptionPerResearcher
}`, {"hash":"sha256:ec6dc17c1af74d502fad3e40eca6111173ac35641eb47f97916d0d97a7f9b64f"}) as unknown as TypedDocumentString<CallQuery, CallQueryVariables>;
export const CreateCallDocument = new TypedDocumentString(`
    mutation CreateCall($input: CreateCallInput!) {
  createCall(input: $input) {
    call {
      ...CallWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
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
  version
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
  fields {
    ...ResearchFieldRef
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
}
fragment CallWritten on Call {
  ...CallSummary
  milestones {
    id
    kind
    startsAt
    endsAt
    side
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"hash":"sha256:f86c93abc9fd4536779be5a142f477e57a8115219bbff2cf45ed3f5ad5f24cb1"}) as unknown as TypedDocumentString<CreateCallMutation, CreateCallMutationVariables>;
export const UpdateCallDocument = new TypedDocumentString(`
    mutation UpdateCall($input: UpdateCallInput!) {
  updateCall(input: $input) {
    call {
      ...CallWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
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
  version
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
  fields {
    ...ResearchFieldRef
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
}
fragment CallWritten on Call {
  ...CallSummary
  milestones {
    id
    kind
    startsAt
    endsAt
    side
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"hash":"sha256:05a7e4e5520a7be04b36dc51a82fd9c9f3bc0cb53f20d41a65f50d238906ab94"}) as unknown as TypedDocumentString<UpdateCallMutation, UpdateCallMutationVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      ...OrganizationSummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment OrganizationSummary on Organization {
  ...OrganizationBase
  kind
}
fragment OrganizationBase on Organization {
  id
  version
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
}`, {"hash":"sha256:ba438fea20ad4206001500f6e7291149e197d178066c113a0b2bbd909c9b7ab5"}) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      ...OrganizationSummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment OrganizationSummary on Organization {
  ...OrganizationBase
  kind
}
fragment OrganizationBase on Organization {
  id
  version
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
}`, {"hash":"sha256:3f3b117df7300296ff460168eda47c1e53447c6141f2f04c8ac96c6f80a0e45f"}) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const CreateResearcherDocument = new TypedDocumentString(`
    mutation CreateResearcher($input: CreateResearcherInput!) {
  createResearcher(input: $input) {
    researcher {
      ...ResearcherSummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherSummary on Researcher {
  id
  version
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
}`, {"hash":"sha256:1bde684f98f5954d9b4e9c383c3f03af18af78ff9adfdbe75aa36c04df91084a"}) as unknown as TypedDocumentString<CreateResearcherMutation, CreateResearcherMutationVariables>;
export const UpdateResearcherDocument = new TypedDocumentString(`
    mutation UpdateResearcher($input: UpdateResearcherInput!) {
  updateResearcher(input: $input) {
    researcher {
      ...ResearcherSummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
fragment ResearcherSummary on Researcher {
  id
  version
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
}`, {"hash":"sha256:29029ec72c830f771cf29c65587024d5d9ce7a7410907c2760bf16589f2ecd92"}) as unknown as TypedDocumentString<UpdateResearcherMutation, UpdateResearcherMutationVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    project {
      ...ProjectWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment ProjectWritten on Project {
  ...ProjectSummary
  reReviewRequired
  reReviewReason
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
  version
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
}`, {"hash":"sha256:1911caab4c30d8da1a3112d23b50d1ef539688d2806bfcd30523f3a5e70692d6"}) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const RecordEvaluationDocument = new TypedDocumentString(`
    mutation RecordEvaluation($input: RecordEvaluationInput!) {
  recordEvaluation(input: $input) {
    evaluation {
      ...EvaluationWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment EvaluationWritten on Evaluation {
  id
  version
  kind
  grade
  evaluatedOn
  summary
  project {
    ...ProjectRef
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:3bd54d70687fd5048ea8516e5aeb112b505d9316e4361cbb3b13bd7db8a41e49"}) as unknown as TypedDocumentString<RecordEvaluationMutation, RecordEvaluationMutationVariables>;
export const UpdateEvaluationDocument = new TypedDocumentString(`
    mutation UpdateEvaluation($input: UpdateEvaluationInput!) {
  updateEvaluation(input: $input) {
    evaluation {
      ...EvaluationWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment EvaluationWritten on Evaluation {
  id
  version
  kind
  grade
  evaluatedOn
  summary
  project {
    ...ProjectRef
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:f396887be72a1717c5a2376061201ae9be08950de0f8666958d9520e04581bb1"}) as unknown as TypedDocumentString<UpdateEvaluationMutation, UpdateEvaluationMutationVariables>;
export const ReportOutcomeDocument = new TypedDocumentString(`
    mutation ReportOutcome($input: ReportOutcomeInput!) {
  reportOutcome(input: $input) {
    outcome {
      ...OutcomeSummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
  ...OutcomeDetails
  project {
    ...ProjectRef
  }
}
fragment OutcomeDetails on Outcome {
  id
  version
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
}`, {"hash":"sha256:0f16bf8bc4600ede0030b9340673752919f7a21919cc21f38600d3cce0ae60b7"}) as unknown as TypedDocumentString<ReportOutcomeMutation, ReportOutcomeMutationVariables>;
export const UpdateOutcomeDocument = new TypedDocumentString(`
    mutation UpdateOutcome($input: UpdateOutcomeInput!) {
  updateOutcome(input: $input) {
    outcome {
      ...OutcomeSummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
  ...OutcomeDetails
  project {
    ...ProjectRef
  }
}
fragment OutcomeDetails on Outcome {
  id
  version
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
}`, {"hash":"sha256:43e12c673990e10f3342e428f0a658e61f80692d999915fe2f329540c29dd42b"}) as unknown as TypedDocumentString<UpdateOutcomeMutation, UpdateOutcomeMutationVariables>;
export const DeleteOutcomeDocument = new TypedDocumentString(`
    mutation DeleteOutcome($input: DeleteOutcomeInput!) {
  deleteOutcome(input: $input) {
    project {
      ...ProjectOfDeleted
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment ProjectOfDeleted on Project {
  ...ProjectRef
  version
  outcomeCounts {
    kind
    count
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:ac97b977f4140f08695c217512a4e325d494731afaf98a6261bd6652207e3d97"}) as unknown as TypedDocumentString<DeleteOutcomeMutation, DeleteOutcomeMutationVariables>;
export const ReportMobilityDocument = new TypedDocumentString(`
    mutation ReportMobility($input: ReportMobilityInput!) {
  reportMobility(input: $input) {
    mobility {
      ...MobilitySummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
  version
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
}`, {"hash":"sha256:70df57563be210cbdf621129759b5bbd93a745be742c01ae8757f9923a6ed5a9"}) as unknown as TypedDocumentString<ReportMobilityMutation, ReportMobilityMutationVariables>;
export const UpdateMobilityDocument = new TypedDocumentString(`
    mutation UpdateMobility($input: UpdateMobilityInput!) {
  updateMobility(input: $input) {
    mobility {
      ...MobilitySummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
  version
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
}`, {"hash":"sha256:9eee6082574273b93f5c01c9197303582fb02581e667a25d918e0b47b85a1b91"}) as unknown as TypedDocumentString<UpdateMobilityMutation, UpdateMobilityMutationVariables>;
export const DeleteMobilityDocument = new TypedDocumentString(`
    mutation DeleteMobility($input: DeleteMobilityInput!) {
  deleteMobility(input: $input) {
    project {
      ...ProjectOfDeleted
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment ProjectOfDeleted on Project {
  ...ProjectRef
  version
  outcomeCounts {
    kind
    count
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:ef57a9a99f2820a29d33704f46def273f2e07e34859ac10d173f0140167c7a15"}) as unknown as TypedDocumentString<DeleteMobilityMutation, DeleteMobilityMutationVariables>;
export const AddPartnerTeamMemberDocument = new TypedDocumentString(`
    mutation AddPartnerTeamMember($input: AddPartnerTeamMemberInput!) {
  addPartnerTeamMember(input: $input) {
    teamMember {
      ...TeamMemberWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment TeamMemberWritten on TeamMember {
  id
  version
  role
  side
  joinedOn
  leftOn
  researcher {
    ...ResearcherRef
  }
  organization {
    ...OrganizationRef
  }
  letterOfIntent {
    receivedOn
    program
    reference
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
}`, {"hash":"sha256:40ee9b51d33957d64baabfaef3c347554783557f19b9ae9070d4a5cafef82763"}) as unknown as TypedDocumentString<AddPartnerTeamMemberMutation, AddPartnerTeamMemberMutationVariables>;
export const EndTeamMembershipDocument = new TypedDocumentString(`
    mutation EndTeamMembership($input: EndTeamMembershipInput!) {
  endTeamMembership(input: $input) {
    teamMember {
      ...TeamMemberWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment TeamMemberWritten on TeamMember {
  id
  version
  role
  side
  joinedOn
  leftOn
  researcher {
    ...ResearcherRef
  }
  organization {
    ...OrganizationRef
  }
  letterOfIntent {
    receivedOn
    program
    reference
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
}`, {"hash":"sha256:a77e5cb0c62fe0a3167c0dd33bfe09fc86e7fbc6bfde18972a4f594926313ec5"}) as unknown as TypedDocumentString<EndTeamMembershipMutation, EndTeamMembershipMutationVariables>;
export const CreateProposalDocument = new TypedDocumentString(`
    mutation CreateProposal($input: CreateProposalInput!) {
  createProposal(input: $input) {
    proposal {
      ...ProposalWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment ProposalWritten on Proposal {
  id
  version
  status
  title
  submittedAt
  decidedAt
  call {
    ...CallRef
  }
  ruleCheck {
    ok
    errors {
      ...RuleViolationFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
  project {
    ...ProjectRef
    version
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:9fc45f4465ce3362d441852810206001faf7dcb28a9eac44e76837fde21beb2b"}) as unknown as TypedDocumentString<CreateProposalMutation, CreateProposalMutationVariables>;
export const UpdateProposalDocument = new TypedDocumentString(`
    mutation UpdateProposal($input: UpdateProposalInput!) {
  updateProposal(input: $input) {
    proposal {
      ...ProposalWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment ProposalWritten on Proposal {
  id
  version
  status
  title
  submittedAt
  decidedAt
  call {
    ...CallRef
  }
  ruleCheck {
    ok
    errors {
      ...RuleViolationFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
  project {
    ...ProjectRef
    version
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:beb51a8f9f8d2d076cf3f644f7f8e0b13542be04231307f6d8431c7cd20e7c4e"}) as unknown as TypedDocumentString<UpdateProposalMutation, UpdateProposalMutationVariables>;
export const SubmitProposalDocument = new TypedDocumentString(`
    mutation SubmitProposal($input: SubmitProposalInput!) {
  submitProposal(input: $input) {
    proposal {
      ...ProposalWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment ProposalWritten on Proposal {
  id
  version
  status
  title
  submittedAt
  decidedAt
  call {
    ...CallRef
  }
  ruleCheck {
    ok
    errors {
      ...RuleViolationFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
  project {
    ...ProjectRef
    version
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:dca93b75fc6d19b5c6b2a101dbaddeefc68a8bf93acd7cae171c0da78eed4ce2"}) as unknown as TypedDocumentString<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const WithdrawProposalDocument = new TypedDocumentString(`
    mutation WithdrawProposal($input: WithdrawProposalInput!) {
  withdrawProposal(input: $input) {
    proposal {
      ...ProposalWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment ProposalWritten on Proposal {
  id
  version
  status
  title
  submittedAt
  decidedAt
  call {
    ...CallRef
  }
  ruleCheck {
    ok
    errors {
      ...RuleViolationFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
  project {
    ...ProjectRef
    version
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:82b060889efdcadf68e9d110ad72acf0fc39ea8b02d81d0e5f49a3f94e954a1a"}) as unknown as TypedDocumentString<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const BeginDocumentReviewDocument = new TypedDocumentString(`
    mutation BeginDocumentReview($input: BeginDocumentReviewInput!) {
  beginDocumentReview(input: $input) {
    call {
      ...CallWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
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
  version
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
  fields {
    ...ResearchFieldRef
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
}
fragment CallWritten on Call {
  ...CallSummary
  milestones {
    id
    kind
    startsAt
    endsAt
    side
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
}
fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}`, {"hash":"sha256:005cb02f511c7bb97eef42aeebfc999c98e9d84e5dbfbd0e046a5fc21e8fd3c2"}) as unknown as TypedDocumentString<BeginDocumentReviewMutation, BeginDocumentReviewMutationVariables>;
export const DecideProposalDocument = new TypedDocumentString(`
    mutation DecideProposal($input: DecideProposalInput!) {
  decideProposal(input: $input) {
    proposal {
      ...ProposalWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
fragment ProposalWritten on Proposal {
  id
  version
  status
  title
  submittedAt
  decidedAt
  call {
    ...CallRef
  }
  ruleCheck {
    ok
    errors {
      ...RuleViolationFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
  project {
    ...ProjectRef
    version
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ProjectRef on Project {
  id
  title
}`, {"hash":"sha256:0e96fd6b15b599eab4fe53e3ae5cbed583a9398d61bafa15a8f44e823a390d71"}) as unknown as TypedDocumentString<DecideProposalMutation, DecideProposalMutationVariables>;
export const CreateCountryDocument = new TypedDocumentString(`
    mutation CreateCountry($input: CreateCountryInput!) {
  createCountry(input: $input) {
    country {
      ...CountryWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment CountryWritten on Country {
  ...CountrySummary
  nameJa
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment CountrySummary on Country {
  id
  version
  code
  name
  nameEn
  isPartner
}`, {"hash":"sha256:6b0e20ca87032ee8d833e10dfc89259c2640bfc25d92c9598d381083c1f12935"}) as unknown as TypedDocumentString<CreateCountryMutation, CreateCountryMutationVariables>;
export const UpdateCountryDocument = new TypedDocumentString(`
    mutation UpdateCountry($input: UpdateCountryInput!) {
  updateCountry(input: $input) {
    country {
      ...CountryWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment CountryWritten on Country {
  ...CountrySummary
  nameJa
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment CountrySummary on Country {
  id
  version
  code
  name
  nameEn
  isPartner
}`, {"hash":"sha256:a19087ce477dfa74413455bfdce5122008545b46e8876d607d84e33dd9038490"}) as unknown as TypedDocumentString<UpdateCountryMutation, UpdateCountryMutationVariables>;
export const CreateFundingAgencyDocument = new TypedDocumentString(`
    mutation CreateFundingAgency($input: CreateFundingAgencyInput!) {
  createFundingAgency(input: $input) {
    fundingAgency {
      ...FundingAgencySummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
  version
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
}`, {"hash":"sha256:67eacd6aa32accd50ccb8c5f6fdba8c471e0a7738cbe193f2c6f73117cf5f710"}) as unknown as TypedDocumentString<CreateFundingAgencyMutation, CreateFundingAgencyMutationVariables>;
export const UpdateFundingAgencyDocument = new TypedDocumentString(`
    mutation UpdateFundingAgency($input: UpdateFundingAgencyInput!) {
  updateFundingAgency(input: $input) {
    fundingAgency {
      ...FundingAgencySummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
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
  version
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
}`, {"hash":"sha256:d3d2878bb38fcfad2d1276b00f70d9d9cfe5b4162a6562bd29bb2cef8176c7a7"}) as unknown as TypedDocumentString<UpdateFundingAgencyMutation, UpdateFundingAgencyMutationVariables>;
export const CreateResearchFieldDocument = new TypedDocumentString(`
    mutation CreateResearchField($input: CreateResearchFieldInput!) {
  createResearchField(input: $input) {
    researchField {
      ...ResearchFieldWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment ResearchFieldWritten on ResearchField {
  ...ResearchFieldSummary
  phases {
    phase
    fromFiscalYear
    toFiscalYear
    name
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ResearchFieldSummary on ResearchField {
  id
  version
  code
  name
  scope
}`, {"hash":"sha256:003d9876c4788058d8b2ba385a7d46c54bfc8faee4fd4eb7a0701aec9ca77f10"}) as unknown as TypedDocumentString<CreateResearchFieldMutation, CreateResearchFieldMutationVariables>;
export const UpdateResearchFieldDocument = new TypedDocumentString(`
    mutation UpdateResearchField($input: UpdateResearchFieldInput!) {
  updateResearchField(input: $input) {
    researchField {
      ...ResearchFieldWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment ResearchFieldWritten on ResearchField {
  ...ResearchFieldSummary
  phases {
    phase
    fromFiscalYear
    toFiscalYear
    name
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment ResearchFieldSummary on ResearchField {
  id
  version
  code
  name
  scope
}`, {"hash":"sha256:667fc3bac4d169ce15aa9dc739d41bcd8bbec2a384d9f047557925028c6893be"}) as unknown as TypedDocumentString<UpdateResearchFieldMutation, UpdateResearchFieldMutationVariables>;
export const CreateIndicatorDocument = new TypedDocumentString(`
    mutation CreateIndicator($input: CreateIndicatorInput!) {
  createIndicator(input: $input) {
    indicator {
      ...IndicatorSummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment IndicatorSummary on Indicator {
  id
  version
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
}`, {"hash":"sha256:6078bf33341cd13882f76932157e55792de5a6f3fdfd1e4ffd0b2f0ec2b67c8d"}) as unknown as TypedDocumentString<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const UpdateIndicatorDocument = new TypedDocumentString(`
    mutation UpdateIndicator($input: UpdateIndicatorInput!) {
  updateIndicator(input: $input) {
    indicator {
      ...IndicatorSummary
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment IndicatorSummary on Indicator {
  id
  version
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
}`, {"hash":"sha256:af267ef0b3c13e8b4930bf7914d6c29f0960425e061925e14eb82bef1cfcb121"}) as unknown as TypedDocumentString<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const CreateIndicatorActualDocument = new TypedDocumentString(`
    mutation CreateIndicatorActual($input: CreateIndicatorActualInput!) {
  createIndicatorActual(input: $input) {
    indicatorActual {
      ...IndicatorActualWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment IndicatorActualWritten on IndicatorActual {
  id
  version
  reportedOn
  value
  qualitative
  scope
  source
  indicator {
    ...IndicatorSummary
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment IndicatorSummary on Indicator {
  id
  version
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
}`, {"hash":"sha256:3755cb2bfef5c2e396887b44df415955e27e14b8145065ad51489d45f8b5dcd6"}) as unknown as TypedDocumentString<CreateIndicatorActualMutation, CreateIndicatorActualMutationVariables>;
export const UpdateIndicatorActualDocument = new TypedDocumentString(`
    mutation UpdateIndicatorActual($input: UpdateIndicatorActualInput!) {
  updateIndicatorActual(input: $input) {
    indicatorActual {
      ...IndicatorActualWritten
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment IndicatorActualWritten on IndicatorActual {
  id
  version
  reportedOn
  value
  qualitative
  scope
  source
  indicator {
    ...IndicatorSummary
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
fragment IndicatorSummary on Indicator {
  id
  version
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
}`, {"hash":"sha256:cd9445009e781fad9697c2034cfe6786234a741931587c83e58005b64bd1a8b8"}) as unknown as TypedDocumentString<UpdateIndicatorActualMutation, UpdateIndicatorActualMutationVariables>;
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
  version
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
  fields {
    ...ResearchFieldRef
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
  version
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
  version
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
  version
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
  ...OutcomeDetails
  project {
    ...ProjectRef
  }
}
fragment OutcomeDetails on Outcome {
  id
  version
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
}
fragment MobilitySummary on Mobility {
  id
  version
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
  version
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
  version
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
  version
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
  version
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
  version
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
}`, {"hash":"sha256:77bbdc3baa0d05dee31a4ba3040aff07c7b21963fa6ad111edaacd7e3504458f"}) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
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
  version
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
  fields {
    ...ResearchFieldRef
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
  version
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
  version
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
  version
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
  ...OutcomeDetails
  project {
    ...ProjectRef
  }
}
fragment OutcomeDetails on Outcome {
  id
  version
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
}
fragment MobilitySummary on Mobility {
  id
  version
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
  version
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
  version
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
  version
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
  version
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
  version
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
}`, {"hash":"sha256:a044bb0e3504352f77d63474a53a2eca9ad9bde51d33f2a80b8d39362d7f818f"}) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
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
  version
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
}`, {"hash":"sha256:40e0f9b7343732ffb04588c5ed67dc7b4dd0ea606a8a0ef5af410a26bf87a5a6"}) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
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
  version
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
}`, {"hash":"sha256:a3f82c05f9939342d3d5b82cbc2a35eebafe76eece1f843f876caa6c09172172"}) as unknown as TypedDocumentString<ResearchersQuery, ResearchersQueryVariables>;
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
  version
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
}`, {"hash":"sha256:09ba6d41662904a3574b80a642834b23df013f376536cd74ad082a81deda8736"}) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectsWithOutcomesDocument = new TypedDocumentString(`
    query ProjectsWithOutcomes($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder, $outcomesFirst: Int = 20, $outcomesFilter: ProjectOutcomeFilter) {
  projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ProjectSummary
      outcomes(first: $outcomesFirst, filter: $outcomesFilter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...OutcomeDetails
          kind
          title
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
  version
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
fragment OutcomeDetails on Outcome {
  id
  version
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
}`, {"hash":"sha256:15a1b7589d589b9c27d5d5cd916d612d48c49a89905fe268f447c91928bb16ff"}) as unknown as TypedDocumentString<ProjectsWithOutcomesQuery, ProjectsWithOutcomesQueryVariables>;
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
  ...OutcomeDetails
  project {
    ...ProjectRef
  }
}
fragment OutcomeDetails on Outcome {
  id
  version
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
}`, {"hash":"sha256:13843ede063065c2bf9c802723866409f07e5fa60a19266637672e00a824e806"}) as unknown as TypedDocumentString<OutcomesQuery, OutcomesQueryVariables>;
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
  version
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
}`, {"hash":"sha256:339141b7a812a4d843a568080177bb4576bf58ceae87aeaefecfbec9d122f2da"}) as unknown as TypedDocumentString<MobilitiesQuery, MobilitiesQueryVariables>;
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
  version
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
}`, {"hash":"sha256:7fee597be7353a24e8ede160f874cb1ac143a913a2a9dc4b0077039b2362ffaa"}) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
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
  version
  code
  name
  nameEn
  isPartner
}`, {"hash":"sha256:7cdfeb532806fb64a28ea51b9b0d561d8fdee66afedb9fd91303949fe89f1641"}) as unknown as TypedDocumentString<CountriesQuery, CountriesQueryVariables>;
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
  version
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
}`, {"hash":"sha256:0b6a3b239b73534e1b803af51738dd231ae638ac19d69da7da565cd68f3fbd72"}) as unknown as TypedDocumentString<CountryQuery, CountryQueryVariables>;
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
  version
  code
  name
  scope
}`, {"hash":"sha256:2d0fc0b018c7ae380a41fb1243dbfd2588832c0f7587d9e3ff0dd4ddcd7bd8d9"}) as unknown as TypedDocumentString<ResearchFieldsQuery, ResearchFieldsQueryVariables>;
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
  version
  code
  name
  scope
}`, {"hash":"sha256:c55a47d2249bc52e83fab2d7bd1c3f035ee285e2b14a06563b0865a880b8d740"}) as unknown as TypedDocumentString<ResearchFieldQuery, ResearchFieldQueryVariables>;
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
  version
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
}`, {"hash":"sha256:7e1866e5ea2ba353f8a132bd7855bb12d846dc598dbe967ee0d54710214e7a37"}) as unknown as TypedDocumentString<FundingAgenciesQuery, FundingAgenciesQueryVariables>;
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
  version
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
}`, {"hash":"sha256:c8d3296cb6576eb7936136802e73855dcbfd4c26e28dd3e96d1b1ee218c6d1e0"}) as unknown as TypedDocumentString<FundingAgencyQuery, FundingAgencyQueryVariables>;
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
  version
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
}`, {"hash":"sha256:5d76b994652d8d083f3f72daa90adcd01f3c4a6957cf27ae81104c45909d7672"}) as unknown as TypedDocumentString<IndicatorsQuery, IndicatorsQueryVariables>;
export const IndicatorDocument = new TypedDocumentString(`
    query Indicator($code: String!) {
  indicator(code: $code) {
    ...IndicatorSummary
    actuals {
      id
      version
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
  version
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
}`, {"hash":"sha256:f3ec16159e1af9dd3c6314f54ce00fa98236c64634ac6a1f20add6caae377c87"}) as unknown as TypedDocumentString<IndicatorQuery, IndicatorQueryVariables>;
export const CallForRulesDocument = new TypedDocumentString(`
    query CallForRules($code: String!) {
  call(code: $code) {
    ...CallForRules
  }
}
    fragment CallRulesFields on CallRules {
  maxDirectCostYen
  maxTotalCostYen
  indirectRatePercent
  minPeriodMonths
  maxPeriodMonths
  networkShareGuidelinePercent
  youngResearcherYearsSinceDegree
  requiresYoungTraveller
  youngTravellerStayMonths
  requiresOutgoingResearcherEachSide
  requiresPartnerLetterOfIntent
  requiresResearchSecurity
  singleApplicationPerResearcher
  singlePiApplicationPerFiscalYear
  appliesOngoingProjectRules
  singleAdoptionPerResearcher
}
fragment CallForRules on Call {
  id
  code
  kind
  track
  fiscalYear
  supportStartsOn
  rules {
    ...CallRulesFields
  }
  fields {
    code
  }
  countries {
    code
  }
  milestones {
    kind
    startsAt
    endsAt
    side
  }
}`, {"hash":"sha256:e4203106a3c47d1ccded477329b97b516a9a415f50e665487635e2e2555ffde3"}) as unknown as TypedDocumentString<CallForRulesQuery, CallForRulesQueryVariables>;
export const ProposalForRulesDocument = new TypedDocumentString(`
    query ProposalForRules($id: ID!) {
  node(id: $id) {
    __typename
    ... on Proposal {
      ...ProposalForRules
    }
  }
}
    fragment CallRulesFields on CallRules {
  maxDirectCostYen
  maxTotalCostYen
  indirectRatePercent
  minPeriodMonths
  maxPeriodMonths
  networkShareGuidelinePercent
  youngResearcherYearsSinceDegree
  requiresYoungTraveller
  youngTravellerStayMonths
  requiresOutgoingResearcherEachSide
  requiresPartnerLetterOfIntent
  requiresResearchSecurity
  singleApplicationPerResearcher
  singlePiApplicationPerFiscalYear
  appliesOngoingProjectRules
  singleAdoptionPerResearcher
}
fragment CallForRules on Call {
  id
  code
  kind
  track
  fiscalYear
  supportStartsOn
  rules {
    ...CallRulesFields
  }
  fields {
    code
  }
  countries {
    code
  }
  milestones {
    kind
    startsAt
    endsAt
    side
  }
}
fragment ProposalForRules on Proposal {
  id
  version
  status
  call {
    ...CallForRules
  }
  field {
    code
  }
  partnerCountries {
    code
  }
  plannedPeriodMonths
  team(first: 100) {
    pageInfo {
      hasNextPage
    }
    nodes {
      id
      role
      leftOn
      travelsToPartner
      plannedStayMonths
      letterOfIntent {
        receivedOn
      }
      organization {
        id
        country {
          code
        }
      }
      researcher {
        id
        careerStage
        degreeYear
      }
    }
  }
  budget {
    lines {
      fiscalYear
      purpose
      directCostYen
    }
  }
  researchSecurityAttestations {
    organization {
      id
    }
  }
}`, {"hash":"sha256:33d07ba4b266c6d8f0836f3b744a905d1cb65e04462625ea8d56602ac0a26415"}) as unknown as TypedDocumentString<ProposalForRulesQuery, ProposalForRulesQueryVariables>;
export const SyncRecordsDocument = new TypedDocumentString(`
    mutation SyncRecords($input: SyncRecordsInput!) {
  syncRecords(input: $input) {
    batch {
      replayed
      created
      updated
      unchanged
      rejected
      results {
        index
        type
        externalId
        status
        version
        record {
          id
        }
        userErrors {
          field
          message
          code
        }
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:4d684ec4a3fe84cfa3d7a21494263a380c99c9ba999d9e931310e9d2a2a4c70d"}) as unknown as TypedDocumentString<SyncRecordsMutation, SyncRecordsMutationVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($since: String, $first: Int!) {
  changes(since: $since, first: $first) {
    cursor
    hasMore
    events {
      cursor
      sequence
      action
      recordType
      recordId
      version
      occurredAt
      externalId
      changedFields
      record {
        __typename
        id
        ... on Proposal {
          version
          externalId
          proposalStatus: status
          titleEn
          titleJa
        }
        ... on TeamMember {
          version
          externalId
          role
          side
          leftOn
          researcher {
            id
            nameEn
            orcid
          }
        }
        ... on Decision {
          version
          externalId
          stage
          result
          decidedAt
        }
        ... on Project {
          version
          externalId
          projectStatus: status
          startsOn
          endsOn
        }
        ... on Outcome {
          version
          externalId
          kind
          title
          occurredOn
          reportedBySide
        }
        ... on Mobility {
          version
          externalId
          direction
          startsOn
          endsOn
        }
        ... on Call {
          version
          externalId
          code
        }
      }
    }
  }
}
    `, {"hash":"sha256:7a7667b73e03efef93dfe830f4350e8de06188b9824b10c28b6363defe22def8"}) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const LinkExternalIdsDocument = new TypedDocumentString(`
    mutation LinkExternalIds($input: LinkExternalIdsInput!) {
  linkExternalIds(input: $input) {
    linked {
      links {
        type
        externalId
        record {
          id
        }
      }
    }
    userErrors {
      ...UserErrorFields
    }
    warnings {
      ...RuleViolationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}`, {"hash":"sha256:64297186e827c179d71ef4618a726069602fc7a4300e2d78d4390f7ab7c2f16d"}) as unknown as TypedDocumentString<LinkExternalIdsMutation, LinkExternalIdsMutationVariables>;
export const ByExternalIdDocument = new TypedDocumentString(`
    query ByExternalId($type: SyncedEntity!, $externalId: String!) {
  byExternalId(type: $type, externalId: $externalId) {
    __typename
    id
    ... on Proposal {
      version
      externalId
      proposalStatus: status
      titleEn
    }
    ... on TeamMember {
      version
      externalId
      role
    }
    ... on Outcome {
      version
      externalId
      title
    }
    ... on Mobility {
      version
      externalId
      startsOn
      endsOn
    }
  }
}
    `, {"hash":"sha256:eb1cc6e566c5b08ee8ec4f74ebdabc11caa219e60ecff3451d280c7e918d8414"}) as unknown as TypedDocumentString<ByExternalIdQuery, ByExternalIdQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($recordId: ID!, $since: String, $first: Int!) {
  auditTrail(recordId: $recordId, since: $since, first: $first) {
    cursor
    hasMore
    events {
      sequence
      action
      version
      occurredAt
      changedFields
      actor {
        name
        role
        keyId
        agencyId
        organizationId
        requestId
      }
      changes {
        field
        before
        after
      }
    }
  }
}
    `, {"hash":"sha256:fca31290d2674adb538048951add99a93bf6258a78994e8d7c289f7abca7483c"}) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;