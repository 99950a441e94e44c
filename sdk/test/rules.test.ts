import { describe, expect, it } from 'vitest';
import { validateProposal as serverRule } from '../../src/domain/proposal-rules.js';
import { rules } from '../src/index.js';

describe('the rules the SDK ships', () => {
  it('are the functions the server enforces', () => {
    expect(rules.validateProposal).toBe(serverRule);
  });

  it('tell a client of a broken rule before it sends', () => {
    const verdict = rules.validateProposal(
      { fieldCode: 'QUANTUM', partnerCountryCodes: [], team: [], budget: [], attestedOrganizationIds: [] },
      {
        kind: 'SOLO', track: 'RISING', fiscalYear: 2026, maxDirectCostYen: 69_000_000n, maxTotalCostYen: 90_000_000n,
        indirectRatePercent: 30, minPeriodMonths: 36, maxPeriodMonths: 36, networkShareGuidelinePercent: 70,
        youngResearcherYearsSinceDegree: 15, requiresYoungTraveller: true, requiresPartnerLetterOfIntent: true,
        requiresResearchSecurity: true, singleApplicationPerResearcher: true, appliesOngoingProjectRules: true,
        eligibleFieldCodes: ['QUANTUM'], eligibleCountryCodes: ['GB'], milestones: [],
      },
      { now: new Date('2026-05-01T00:00:00Z'), forSubmission: false },
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.errors.map((e) => e.code)).toEqual(['PARTNER_COUNTRY_REQUIRED', 'PI_REQUIRED', 'YOUNG_TRAVELLER_REQUIRED', 'PARTNER_PI_REQUIRED']);
  });
});
