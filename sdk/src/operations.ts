import * as D from './generated/graphql.js';

/** Every read the SDK offers as a method: client.<name>(variables). */
export const queries = {
  // calls
  calls: D.CallsDocument,
  call: D.CallDocument,
  // reference
  countries: D.CountriesDocument,
  country: D.CountryDocument,
  researchFields: D.ResearchFieldsDocument,
  researchField: D.ResearchFieldDocument,
  fundingAgencies: D.FundingAgenciesDocument,
  fundingAgency: D.FundingAgencyDocument,
  indicators: D.IndicatorsDocument,
  indicator: D.IndicatorDocument,
  // people
  organizations: D.OrganizationsDocument,
  researchers: D.ResearchersDocument,
  // proposals
  proposals: D.ProposalsDocument,
  // rules: what rules.callForRules and rules.proposalDraft turn into validateProposal's inputs
  callForRules: D.CallForRulesDocument,
  proposalForRules: D.ProposalForRulesDocument,
  // projects
  projects: D.ProjectsDocument,
  projectsWithOutcomes: D.ProjectsWithOutcomesDocument,
  outcomes: D.OutcomesDocument,
  mobilities: D.MobilitiesDocument,
  outcomeStatistics: D.OutcomeStatisticsDocument,
  // access
  viewer: D.ViewerDocument,
  // node
  node: D.NodeDocument,
  nodes: D.NodesDocument,
  // sync and audit
  byExternalId: D.ByExternalIdDocument,
  auditTrail: D.AuditTrailDocument,
} as const;

/** Connections the SDK can page through: client.paginate.<name>(variables) follows `after` cursors. */
export const connections = {
  calls: { document: D.CallsDocument, connection: (data: D.CallsQuery) => data.calls },
  countries: { document: D.CountriesDocument, connection: (data: D.CountriesQuery) => data.countries },
  researchFields: { document: D.ResearchFieldsDocument, connection: (data: D.ResearchFieldsQuery) => data.researchFields },
  fundingAgencies: { document: D.FundingAgenciesDocument, connection: (data: D.FundingAgenciesQuery) => data.fundingAgencies },
  indicators: { document: D.IndicatorsDocument, connection: (data: D.IndicatorsQuery) => data.indicators },
  organizations: { document: D.OrganizationsDocument, connection: (data: D.OrganizationsQuery) => data.organizations },
  researchers: { document: D.ResearchersDocument, connection: (data: D.ResearchersQuery) => data.researchers },
  proposals: { document: D.ProposalsDocument, connection: (data: D.ProposalsQuery) => data.proposals },
  projects: { document: D.ProjectsDocument, connection: (data: D.ProjectsQuery) => data.projects },
  projectsWithOutcomes: { document: D.ProjectsWithOutcomesDocument, connection: (data: D.ProjectsWithOutcomesQuery) => data.projects },
  outcomes: { document: D.OutcomesDocument, connection: (data: D.OutcomesQuery) => data.outcomes },
  mobilities: { document: D.MobilitiesDocument, connection: (data: D.MobilitiesQuery) => data.mobilities },
} as const;

/**
 * Every write the SDK offers: client.mutate.<name>(input), each named as its root field so the
 * client can hand back data[<name>], the payload.
 */
export const mutations = {
  // proposals
  createProposal: D.CreateProposalDocument,
  updateProposal: D.UpdateProposalDocument,
  submitProposal: D.SubmitProposalDocument,
  withdrawProposal: D.WithdrawProposalDocument,
  beginDocumentReview: D.BeginDocumentReviewDocument,
  decideProposal: D.DecideProposalDocument,
  // calls
  createCall: D.CreateCallDocument,
  updateCall: D.UpdateCallDocument,
  // projects
  updateProject: D.UpdateProjectDocument,
  recordEvaluation: D.RecordEvaluationDocument,
  updateEvaluation: D.UpdateEvaluationDocument,
  reportOutcome: D.ReportOutcomeDocument,
  updateOutcome: D.UpdateOutcomeDocument,
  deleteOutcome: D.DeleteOutcomeDocument,
  reportMobility: D.ReportMobilityDocument,
  updateMobility: D.UpdateMobilityDocument,
  deleteMobility: D.DeleteMobilityDocument,
  addPartnerTeamMember: D.AddPartnerTeamMemberDocument,
  endTeamMembership: D.EndTeamMembershipDocument,
  // sync (batches go through createSync)
  linkExternalIds: D.LinkExternalIdsDocument,
  // people
  createOrganization: D.CreateOrganizationDocument,
  updateOrganization: D.UpdateOrganizationDocument,
  createResearcher: D.CreateResearcherDocument,
  updateResearcher: D.UpdateResearcherDocument,
  // reference
  createCountry: D.CreateCountryDocument,
  updateCountry: D.UpdateCountryDocument,
  createFundingAgency: D.CreateFundingAgencyDocument,
  updateFundingAgency: D.UpdateFundingAgencyDocument,
  createResearchField: D.CreateResearchFieldDocument,
  updateResearchField: D.UpdateResearchFieldDocument,
  createIndicator: D.CreateIndicatorDocument,
  updateIndicator: D.UpdateIndicatorDocument,
  createIndicatorActual: D.CreateIndicatorActualDocument,
  updateIndicatorActual: D.UpdateIndicatorActualDocument,
} as const;
