import { describe, expect, it } from 'vitest';
import { contradictions, effectiveCallRules, overridesToStore, programRules } from '../../src/domain/program-rules.js';

describe('the program rules table', () => {
  it('gives a FY2026 Top solo call everything DOMAIN.md says of it', () => {
    const { rules, sources } = programRules({ kind: 'SOLO', track: 'TOP', fiscalYear: 2026 });
    expect(rules).toMatchObject({
      maxDirectCostYen: 380_000_000n, maxTotalCostYen: 500_000_000n, minPeriodMonths: 60, maxPeriodMonths: 60, indirectRatePercent: 30,
      networkShareGuidelinePercent: 70, requiresYoungTraveller: true, youngResearcherYearsSinceDegree: 15, requiresPartnerLetterOfIntent: true,
      requiresResearchSecurity: true, singleApplicationPerResearcher: true, appliesOngoingProjectRules: true, singleAdoptionPerResearcher: true,
      singlePiApplicationPerFiscalYear: false,
    });
    expect(sources.find((s) => s.rule === 'maxDirectCostYen')).toMatchObject({ source: 'PROGRAM', reference: expect.stringContaining('seed 000 L84') });
  });

  it('gives joint calls ¥500,000,000 and 3–5 years, and no letter of intent', () => {
    expect(programRules({ kind: 'JOINT', track: null, fiscalYear: 2025 }).rules).toMatchObject({
      maxDirectCostYen: null, maxTotalCostYen: 500_000_000n, minPeriodMonths: 36, maxPeriodMonths: 60, requiresPartnerLetterOfIntent: false,
    });
  });

  it('gives FY2024 the PI-duplicate rule and nothing of FY2026', () => {
    expect(programRules({ kind: 'SOLO', track: 'RISING', fiscalYear: 2024 }).rules).toMatchObject({
      singlePiApplicationPerFiscalYear: true, requiresResearchSecurity: false, singleApplicationPerResearcher: false, singleAdoptionPerResearcher: false,
    });
  });

  it("takes a call's own values over the table, and says so", () => {
    const { rules, sources } = effectiveCallRules({ maxTotalCostYen: 234_000_000n, maxPeriodMonths: null }, { kind: 'JOINT', track: null, fiscalYear: 2024 });
    expect(rules.maxTotalCostYen).toBe(234_000_000n);
    expect(rules.maxPeriodMonths).toBe(60);
    expect(sources.filter((s) => s.source === 'CALL').map((s) => s.rule)).toEqual(['maxTotalCostYen']);
  });

  it('stores only what differs from the table and warns of what contradicts it', () => {
    const key = { kind: 'SOLO' as const, track: 'TOP' as const, fiscalYear: 2026 };
    expect(overridesToStore({ requiresResearchSecurity: true, maxDirectCostYen: 1n }, key)).toEqual({ requiresResearchSecurity: null, maxDirectCostYen: 1n });
    expect(contradictions({ requiresResearchSecurity: false }, key).map((c) => c.rule)).toEqual(['requiresResearchSecurity']);
    // A joint call sets its own terms within the program's bounds; beyond them it contradicts.
    const joint = { kind: 'JOINT' as const, track: null, fiscalYear: 2024 };
    expect(contradictions({ maxTotalCostYen: 234_000_000n, maxPeriodMonths: 36 }, joint)).toEqual([]);
    expect(contradictions({ maxTotalCostYen: 585_000_000n, maxPeriodMonths: 84 }, joint).map((c) => c.rule)).toEqual(['maxTotalCostYen', 'maxPeriodMonths']);
  });
});
