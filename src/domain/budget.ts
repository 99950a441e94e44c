// Budget arithmetic of a proposal. Money is integer yen as bigint, never floating point.

export type BudgetPurpose =
  | 'WORKSHOPS'
  | 'YOUNG_RESEARCHER_TRAVEL_AND_STAY'
  | 'INVITATIONS'
  | 'COORDINATION_STAFF'
  | 'RESEARCH_PERSONNEL'
  | 'EQUIPMENT'
  | 'CONSUMABLES'
  | 'OTHER_TRAVEL'
  | 'OTHER';

/**
 * Purposes that build international networks and develop young researchers: workshops, young
 * researchers' travel and stay, invitations, coordination staff. Hiring or equipment purely for
 * research does not count (DOMAIN.md, budget rules).
 */
export const NETWORK_AND_YOUTH_PURPOSES: ReadonlySet<BudgetPurpose> = new Set([
  'WORKSHOPS',
  'YOUNG_RESEARCHER_TRAVEL_AND_STAY',
  'INVITATIONS',
  'COORDINATION_STAFF',
]);

export interface BudgetLineInput {
  fiscalYear: number;
  purpose: BudgetPurpose;
  directCostYen: bigint;
}

export interface BudgetTotals {
  directCostYen: bigint;
  /** indirectRatePercent of direct cost, rounded down to the yen. */
  indirectCostYen: bigint;
  totalCostYen: bigint;
  networkAndYouthCostYen: bigint;
  /** Share of direct cost for networks and young researchers, 0–1; null without direct cost. */
  networkAndYouthShare: number | null;
}

export function indirectCost(directCostYen: bigint, indirectRatePercent: number): bigint {
  return (directCostYen * BigInt(indirectRatePercent)) / 100n;
}

export function budgetTotals(lines: readonly BudgetLineInput[], indirectRatePercent: number): BudgetTotals {
  let direct = 0n;
  let network = 0n;
  for (const line of lines) {
    direct += line.directCostYen;
    if (NETWORK_AND_YOUTH_PURPOSES.has(line.purpose)) network += line.directCostYen;
  }
  const indirect = indirectCost(direct, indirectRatePercent);
  return {
    directCostYen: direct,
    indirectCostYen: indirect,
    totalCostYen: direct + indirect,
    networkAndYouthCostYen: network,
    // Four decimals are plenty for a guideline of "about 70%".
    networkAndYouthShare: direct === 0n ? null : Number((network * 10_000n) / direct) / 10_000,
  };
}

/** Direct cost per fiscal year, in year order. */
export function directCostByFiscalYear(lines: readonly BudgetLineInput[]): { fiscalYear: number; directCostYen: bigint }[] {
  const byYear = new Map<number, bigint>();
  for (const line of lines) byYear.set(line.fiscalYear, (byYear.get(line.fiscalYear) ?? 0n) + line.directCostYen);
  return [...byYear].sort(([a], [b]) => a - b).map(([fiscalYear, directCostYen]) => ({ fiscalYear, directCostYen }));
}
