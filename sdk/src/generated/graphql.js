export class TypedDocumentString extends String {
    __apiType;
    value;
    __meta__;
    constructor(value, __meta__) {
        super(value);
        this.value = value;
        this.__meta__ = __meta__;
    }
    toString() {
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
    `, { "fragmentName": "CallStatisticsFields" });
export const ResearchFieldRefFragmentDoc = new TypedDocumentString(`
    fragment ResearchFieldRef on ResearchField {
  id
  code
  name
}
    `, { "fragmentName": "ResearchFieldRef" });
export const CountryRefFragmentDoc = new TypedDocumentString(`
    fragment CountryRef on Country {
  id
  code
  name
}
    `, { "fragmentName": "CountryRef" });
export const FundingAgencyRefFragmentDoc = new TypedDocumentString(`
    fragment FundingAgencyRef on FundingAgency {
  id
  code
  acronym
  name
}
    `, { "fragmentName": "FundingAgencyRef" });
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
}`, { "fragmentName": "CallBase" });
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
}`, { "fragmentName": "CallSummary" });
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
}`, { "fragmentName": "CallWritten" });
export const CallRefFragmentDoc = new TypedDocumentString(`
    fragment CallRef on Call {
  id
  code
  title
  fiscalYear
}
    `, { "fragmentName": "CallRef" });
export const OrganizationRefFragmentDoc = new TypedDocumentString(`
    fragment OrganizationRef on Organization {
  id
  name
  nameEn
}
    `, { "fragmentName": "OrganizationRef" });
export const ResearcherRefFragmentDoc = new TypedDocumentString(`
    fragment ResearcherRef on Researcher {
  id
  name
  nameEn
}
    `, { "fragmentName": "ResearcherRef" });
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
}`, { "fragmentName": "ProjectBase" });
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
}`, { "fragmentName": "ProjectSummary" });
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
}`, { "fragmentName": "ProjectWritten" });
export const ProjectRefFragmentDoc = new TypedDocumentString(`
    fragment ProjectRef on Project {
  id
  title
}
    `, { "fragmentName": "ProjectRef" });
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
}`, { "fragmentName": "EvaluationWritten" });
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
}`, { "fragmentName": "TeamMemberWritten" });
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
}`, { "fragmentName": "ProjectOfDeleted" });
export const RuleViolationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RuleViolationFields on RuleViolation {
  field
  message
  code
  severity
}
    `, { "fragmentName": "RuleViolationFields" });
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
}`, { "fragmentName": "ProposalWritten" });
export const CountrySummaryFragmentDoc = new TypedDocumentString(`
    fragment CountrySummary on Country {
  id
  version
  code
  name
  nameEn
  isPartner
}
    `, { "fragmentName": "CountrySummary" });
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
}`, { "fragmentName": "CountryWritten" });
export const ResearchFieldSummaryFragmentDoc = new TypedDocumentString(`
    fragment ResearchFieldSummary on ResearchField {
  id
  version
  code
  name
  scope
}
    `, { "fragmentName": "ResearchFieldSummary" });
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
}`, { "fragmentName": "ResearchFieldWritten" });
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
    `, { "fragmentName": "IndicatorSummary" });
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
}`, { "fragmentName": "IndicatorActualWritten" });
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  field
  message
  code
}
    `, { "fragmentName": "UserErrorFields" });
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
}`, { "fragmentName": "FundingAgencySummary" });
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
}`, { "fragmentName": "OrganizationBase" });
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
}`, { "fragmentName": "ResearcherSummary" });
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
}`, { "fragmentName": "ProposalBase" });
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
    `, { "fragmentName": "OutcomeDetails" });
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
}`, { "fragmentName": "OutcomeBase" });
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
}`, { "fragmentName": "MobilitySummary" });
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
}`, { "fragmentName": "NodeSummary" });
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
}`, { "fragmentName": "OrganizationSummary" });
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
}`, { "fragmentName": "OutcomeSummary" });
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
}`, { "fragmentName": "ProposalSummary" });
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
    `, { "fragmentName": "CallRulesFields" });
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
}`, { "fragmentName": "CallForRules" });
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
      careerStage
      degreeYear
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
}`, { "fragmentName": "ProposalForRules" });
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
}`, { "hash": "sha256:07827b007c206f67714dd5f7c6264e2c2f0a4dfe149e2d82da6d54ed5e70358a" });
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
}`, { "hash": "sha256:af63ea77b32d039dc8e29d7d504a424ca1ca22a8e4e1d45d019948c584a943cb" });
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
}`, { "hash": "sha256:ec6dc17c1af74d502fad3e40eca6111173ac35641eb47f97916d0d97a7f9b64f" });
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
}`, { "hash": "sha256:f86c93abc9fd4536779be5a142f477e57a8115219bbff2cf45ed3f5ad5f24cb1" });
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
}`, { "hash": "sha256:05a7e4e5520a7be04b36dc51a82fd9c9f3bc0cb53f20d41a65f50d238906ab94" });
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
}`, { "hash": "sha256:ba438fea20ad4206001500f6e7291149e197d178066c113a0b2bbd909c9b7ab5" });
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
}`, { "hash": "sha256:3f3b117df7300296ff460168eda47c1e53447c6141f2f04c8ac96c6f80a0e45f" });
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
}`, { "hash": "sha256:1bde684f98f5954d9b4e9c383c3f03af18af78ff9adfdbe75aa36c04df91084a" });
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
}`, { "hash": "sha256:29029ec72c830f771cf29c65587024d5d9ce7a7410907c2760bf16589f2ecd92" });
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
}`, { "hash": "sha256:1911caab4c30d8da1a3112d23b50d1ef539688d2806bfcd30523f3a5e70692d6" });
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
}`, { "hash": "sha256:3bd54d70687fd5048ea8516e5aeb112b505d9316e4361cbb3b13bd7db8a41e49" });
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
}`, { "hash": "sha256:f396887be72a1717c5a2376061201ae9be08950de0f8666958d9520e04581bb1" });
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
}`, { "hash": "sha256:0f16bf8bc4600ede0030b9340673752919f7a21919cc21f38600d3cce0ae60b7" });
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
}`, { "hash": "sha256:43e12c673990e10f3342e428f0a658e61f80692d999915fe2f329540c29dd42b" });
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
}`, { "hash": "sha256:ac97b977f4140f08695c217512a4e325d494731afaf98a6261bd6652207e3d97" });
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
}`, { "hash": "sha256:70df57563be210cbdf621129759b5bbd93a745be742c01ae8757f9923a6ed5a9" });
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
}`, { "hash": "sha256:9eee6082574273b93f5c01c9197303582fb02581e667a25d918e0b47b85a1b91" });
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
}`, { "hash": "sha256:ef57a9a99f2820a29d33704f46def273f2e07e34859ac10d173f0140167c7a15" });
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
}`, { "hash": "sha256:40ee9b51d33957d64baabfaef3c347554783557f19b9ae9070d4a5cafef82763" });
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
}`, { "hash": "sha256:a77e5cb0c62fe0a3167c0dd33bfe09fc86e7fbc6bfde18972a4f594926313ec5" });
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
}`, { "hash": "sha256:9fc45f4465ce3362d441852810206001faf7dcb28a9eac44e76837fde21beb2b" });
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
}`, { "hash": "sha256:beb51a8f9f8d2d076cf3f644f7f8e0b13542be04231307f6d8431c7cd20e7c4e" });
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
}`, { "hash": "sha256:dca93b75fc6d19b5c6b2a101dbaddeefc68a8bf93acd7cae171c0da78eed4ce2" });
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
}`, { "hash": "sha256:82b060889efdcadf68e9d110ad72acf0fc39ea8b02d81d0e5f49a3f94e954a1a" });
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
}`, { "hash": "sha256:005cb02f511c7bb97eef42aeebfc999c98e9d84e5dbfbd0e046a5fc21e8fd3c2" });
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
}`, { "hash": "sha256:0e96fd6b15b599eab4fe53e3ae5cbed583a9398d61bafa15a8f44e823a390d71" });
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
}`, { "hash": "sha256:6b0e20ca87032ee8d833e10dfc89259c2640bfc25d92c9598d381083c1f12935" });
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
}`, { "hash": "sha256:a19087ce477dfa74413455bfdce5122008545b46e8876d607d84e33dd9038490" });
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
}`, { "hash": "sha256:67eacd6aa32accd50ccb8c5f6fdba8c471e0a7738cbe193f2c6f73117cf5f710" });
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
}`, { "hash": "sha256:d3d2878bb38fcfad2d1276b00f70d9d9cfe5b4162a6562bd29bb2cef8176c7a7" });
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
}`, { "hash": "sha256:003d9876c4788058d8b2ba385a7d46c54bfc8faee4fd4eb7a0701aec9ca77f10" });
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
}`, { "hash": "sha256:667fc3bac4d169ce15aa9dc739d41bcd8bbec2a384d9f047557925028c6893be" });
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
}`, { "hash": "sha256:6078bf33341cd13882f76932157e55792de5a6f3fdfd1e4ffd0b2f0ec2b67c8d" });
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
}`, { "hash": "sha256:af267ef0b3c13e8b4930bf7914d6c29f0960425e061925e14eb82bef1cfcb121" });
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
}`, { "hash": "sha256:3755cb2bfef5c2e396887b44df415955e27e14b8145065ad51489d45f8b5dcd6" });
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
}`, { "hash": "sha256:cd9445009e781fad9697c2034cfe6786234a741931587c83e58005b64bd1a8b8" });
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
}`, { "hash": "sha256:77bbdc3baa0d05dee31a4ba3040aff07c7b21963fa6ad111edaacd7e3504458f" });
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
}`, { "hash": "sha256:a044bb0e3504352f77d63474a53a2eca9ad9bde51d33f2a80b8d39362d7f818f" });
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
}`, { "hash": "sha256:40e0f9b7343732ffb04588c5ed67dc7b4dd0ea606a8a0ef5af410a26bf87a5a6" });
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
}`, { "hash": "sha256:a3f82c05f9939342d3d5b82cbc2a35eebafe76eece1f843f876caa6c09172172" });
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
}`, { "hash": "sha256:09ba6d41662904a3574b80a642834b23df013f376536cd74ad082a81deda8736" });
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
}`, { "hash": "sha256:15a1b7589d589b9c27d5d5cd916d612d48c49a89905fe268f447c91928bb16ff" });
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
}`, { "hash": "sha256:13843ede063065c2bf9c802723866409f07e5fa60a19266637672e00a824e806" });
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
}`, { "hash": "sha256:339141b7a812a4d843a568080177bb4576bf58ceae87aeaefecfbec9d122f2da" });
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
    `, { "hash": "sha256:2d48f63ae24a30f4ac2c3e017d28aea6508aa83c784578d395615116d33306c2" });
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
}`, { "hash": "sha256:7fee597be7353a24e8ede160f874cb1ac143a913a2a9dc4b0077039b2362ffaa" });
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
}`, { "hash": "sha256:7cdfeb532806fb64a28ea51b9b0d561d8fdee66afedb9fd91303949fe89f1641" });
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
}`, { "hash": "sha256:0b6a3b239b73534e1b803af51738dd231ae638ac19d69da7da565cd68f3fbd72" });
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
}`, { "hash": "sha256:2d0fc0b018c7ae380a41fb1243dbfd2588832c0f7587d9e3ff0dd4ddcd7bd8d9" });
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
}`, { "hash": "sha256:c55a47d2249bc52e83fab2d7bd1c3f035ee285e2b14a06563b0865a880b8d740" });
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
}`, { "hash": "sha256:7e1866e5ea2ba353f8a132bd7855bb12d846dc598dbe967ee0d54710214e7a37" });
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
}`, { "hash": "sha256:c8d3296cb6576eb7936136802e73855dcbfd4c26e28dd3e96d1b1ee218c6d1e0" });
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
}`, { "hash": "sha256:5d76b994652d8d083f3f72daa90adcd01f3c4a6957cf27ae81104c45909d7672" });
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
}`, { "hash": "sha256:f3ec16159e1af9dd3c6314f54ce00fa98236c64634ac6a1f20add6caae377c87" });
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
}`, { "hash": "sha256:e4203106a3c47d1ccded477329b97b516a9a415f50e665487635e2e2555ffde3" });
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
      careerStage
      degreeYear
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
}`, { "hash": "sha256:84d1bffd04eeea7e6f6319e76f3ac4bcbe2056dd8e29df86306a3f2a9e25cd4f" });
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
    `, { "hash": "sha256:4d684ec4a3fe84cfa3d7a21494263a380c99c9ba999d9e931310e9d2a2a4c70d" });
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
    `, { "hash": "sha256:7a7667b73e03efef93dfe830f4350e8de06188b9824b10c28b6363defe22def8" });
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
}`, { "hash": "sha256:64297186e827c179d71ef4618a726069602fc7a4300e2d78d4390f7ab7c2f16d" });
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
    `, { "hash": "sha256:eb1cc6e566c5b08ee8ec4f74ebdabc11caa219e60ecff3451d280c7e918d8414" });
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
    `, { "hash": "sha256:fca31290d2674adb538048951add99a93bf6258a78994e8d7c289f7abca7483c" });
//# sourceMappingURL=graphql.js.map