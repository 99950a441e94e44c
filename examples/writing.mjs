// Drafting and submitting a proposal over plain GraphQL, as a university's research office.
// Run against a fresh `npm start` (the demo's sandbox call is open from the day it was loaded):
//   ASPIRE_KEY=<an INSTITUTION key of Demo: Sandbox University> node examples/writing.mjs
import { graphql } from './graphql.mjs';

// 1. What we need: the call, a field, a partner country, and our people (by name, from the demo).
const found = await graphql(`{
  call(code: "DEMO-SANDBOX-TOP") { id titleEn status submissionDeadline maxPeriodMonths }
  field: researchField(code: "QUANTUM") { id }
  uk: country(code: "GB") { id }
  viewer { organization { id nameEn } }
  people: researchers(filter: { name: "Sandbox" }, first: 10) { nodes { id nameEn organization { id } } }
}`);
const { call, field, uk, viewer } = found;
const person = (name) => found.people.nodes.find((p) => p.nameEn === `Demo: ${name}`);
console.log(`${call.titleEn}: ${call.status} until ${call.submissionDeadline}`);

// 2. Our partner in the UK: their institute and their PI, entered by us (any key may add them).
const { createOrganization: institute } = await graphql(
  `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { code message } } }`,
  { input: { nameEn: 'Demo: Sandbox Partner Institute', kind: 'RESEARCH_INSTITUTE', countryId: uk.id } },
);
const { createResearcher: partner } = await graphql(
  `mutation($input: CreateResearcherInput!) { createResearcher(input: $input) { researcher { id } userErrors { code message } } }`,
  { input: { nameEn: 'Demo: Morgan Sandbox', careerStage: 'RESEARCHER', organizationId: institute.organization.id } },
);

// 3. A draft: title, field, period, team (PI, a young traveller, the partner PI with a letter of
//    intent), budget by fiscal year, the partner country, and our research-security attestation.
const year = Number(call.submissionDeadline.slice(0, 4));
const drafted = await graphql(
  `mutation($input: CreateProposalInput!) {
    createProposal(input: $input) {
      proposal { id version status ruleCheck { ok errors { code message } warnings { code } } }
      userErrors { field code message }
    }
  }`,
  {
    input: {
      callId: call.id,
      fieldId: field.id,
      titleEn: '[Demo] Entangled sensors across two labs',
      plannedPeriodMonths: call.maxPeriodMonths,
      partnerCountryIds: [uk.id],
      team: [
        { researcherId: person('Aoi Sandbox').id, role: 'PI' },
        { researcherId: person('Ren Sandbox').id, role: 'YOUNG_TRAVELLER', travelsToPartner: true },
        {
          researcherId: partner.researcher.id,
          role: 'PARTNER_PI',
          letterOfIntent: { program: 'Demo: a partner programme (fictional)', receivedOn: new Date().toISOString().slice(0, 10) },
        },
      ],
      // ¥60M of direct cost a year, 75% of it for networks and young researchers (the guideline is ~70%).
      budget: [0, 1, 2, 3, 4].flatMap((i) => [
        { fiscalYear: year + i, purpose: 'WORKSHOPS', directCost: '20000000' },
        { fiscalYear: year + i, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCost: '25000000' },
        { fiscalYear: year + i, purpose: 'CONSUMABLES', directCost: '15000000' },
      ]),
      researchSecurityAttestations: [
        { organizationId: viewer.organization.id, attestedByName: 'Demo: Research Office', attestedAt: new Date().toISOString() },
      ],
    },
  },
);
const { proposal, userErrors } = drafted.createProposal;
if (userErrors.length) throw new Error(JSON.stringify(userErrors));
console.log(`draft ${proposal.id}: rules ${proposal.ruleCheck.ok ? 'kept' : 'broken'}`, proposal.ruleCheck.errors);

// 4. Submit it, sending the version we read.
const submitted = await graphql(
  `mutation($input: SubmitProposalInput!) {
    submitProposal(input: $input) { proposal { status submittedAt } userErrors { field code message } warnings { code } }
  }`,
  { input: { id: proposal.id, version: proposal.version } },
);
if (submitted.submitProposal.userErrors.length) throw new Error(JSON.stringify(submitted.submitProposal.userErrors));
console.log('submitted:', submitted.submitProposal.proposal);
