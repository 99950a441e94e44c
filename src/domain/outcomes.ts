// Outcomes of adopted projects, and how they map onto UKRI Gateway to Research (GtR), the
// reference taxonomy partner agencies already report in (fed by Researchfish).

/** Kinds the ASPIRE documents count first, then GtR's own categories, in the schema's order. */
export const OUTCOME_KINDS = [
  'CO_AUTHORED_PAPER',
  'JOINT_PRESENTATION',
  'WORKSHOP',
  'SYMPOSIUM',
  'SEMINAR',
  'LECTURE_TOUR',
  'NETWORKING_EVENT',
  'PHD_AWARDED',
  'CAREER_MOVE',
  'STANDARDISATION',
  'NEW_COLLABORATION',
  'PUBLICATION',
  'COLLABORATION_PARTNERSHIP',
  'FURTHER_FUNDING',
  'NEXT_DESTINATION',
  'ENGAGEMENT_ACTIVITY',
  'POLICY_INFLUENCE',
  'RESEARCH_TOOL_METHOD',
  'DATASET_MODEL',
  'INTELLECTUAL_PROPERTY',
  'ARTISTIC_CREATIVE_PRODUCT',
  'SOFTWARE_TECHNICAL_PRODUCT',
  'SPIN_OUT',
  'AWARD_RECOGNITION',
  'USE_OF_FACILITIES',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** GtR's outcome categories, in GtR's order. */
export const GTR_CATEGORIES = [
  'PUBLICATIONS',
  'COLLABORATIONS_AND_PARTNERSHIPS',
  'FURTHER_FUNDING',
  'NEXT_DESTINATION',
  'ENGAGEMENT_ACTIVITIES',
  'INFLUENCE_ON_POLICY',
  'RESEARCH_TOOLS_AND_METHODS',
  'DATASETS_AND_MODELS',
  'INTELLECTUAL_PROPERTY',
  'ARTISTIC_AND_CREATIVE_PRODUCTS',
  'SOFTWARE_AND_TECHNICAL_PRODUCTS',
  'SPIN_OUTS',
  'AWARDS_AND_RECOGNITION',
  'USE_OF_FACILITIES',
] as const;
export type GtrCategory = (typeof GTR_CATEGORIES)[number];

// A Record, so that a kind added to the schema does not compile until it is mapped.
const GTR_CATEGORY_OF_KIND: Record<OutcomeKind, GtrCategory | null> = {
  CO_AUTHORED_PAPER: 'PUBLICATIONS',
  // Researchfish files talks at academic conferences under publications (conference paper or
  // abstract); its engagement activities are for audiences beyond the research community.
  JOINT_PRESENTATION: 'PUBLICATIONS',
  WORKSHOP: 'ENGAGEMENT_ACTIVITIES',
  SYMPOSIUM: 'ENGAGEMENT_ACTIVITIES',
  SEMINAR: 'ENGAGEMENT_ACTIVITIES',
  LECTURE_TOUR: 'ENGAGEMENT_ACTIVITIES',
  NETWORKING_EVENT: 'ENGAGEMENT_ACTIVITIES',
  // GtR has no category for degrees: a PhD is neither a destination (CAREER_MOVE is the move
  // that may follow it) nor a prize. Counting it anywhere would inflate that category.
  PHD_AWARDED: null,
  CAREER_MOVE: 'NEXT_DESTINATION',
  // Researchfish files contributions to standards and guidelines as influence on policy and practice.
  STANDARDISATION: 'INFLUENCE_ON_POLICY',
  NEW_COLLABORATION: 'COLLABORATIONS_AND_PARTNERSHIPS',
  PUBLICATION: 'PUBLICATIONS',
  COLLABORATION_PARTNERSHIP: 'COLLABORATIONS_AND_PARTNERSHIPS',
  FURTHER_FUNDING: 'FURTHER_FUNDING',
  NEXT_DESTINATION: 'NEXT_DESTINATION',
  ENGAGEMENT_ACTIVITY: 'ENGAGEMENT_ACTIVITIES',
  POLICY_INFLUENCE: 'INFLUENCE_ON_POLICY',
  RESEARCH_TOOL_METHOD: 'RESEARCH_TOOLS_AND_METHODS',
  DATASET_MODEL: 'DATASETS_AND_MODELS',
  INTELLECTUAL_PROPERTY: 'INTELLECTUAL_PROPERTY',
  ARTISTIC_CREATIVE_PRODUCT: 'ARTISTIC_AND_CREATIVE_PRODUCTS',
  SOFTWARE_TECHNICAL_PRODUCT: 'SOFTWARE_AND_TECHNICAL_PRODUCTS',
  SPIN_OUT: 'SPIN_OUTS',
  AWARD_RECOGNITION: 'AWARDS_AND_RECOGNITION',
  USE_OF_FACILITIES: 'USE_OF_FACILITIES',
};

/** The GtR category an outcome of this kind is reported under; null where GtR has none. */
export function gtrCategoryOf(kind: OutcomeKind): GtrCategory | null {
  return GTR_CATEGORY_OF_KIND[kind];
}

export interface KindCount {
  kind: OutcomeKind;
  count: number;
}

export interface GtrCategoryCount {
  category: GtrCategory;
  count: number;
}

/**
 * Per-kind counts regrouped by GtR category, in GtR's order, leaving out empty categories and
 * kinds without a GtR counterpart (so the sum may be below the total of all outcomes).
 */
export function countByGtrCategory(counts: readonly KindCount[]): GtrCategoryCount[] {
  const byCategory = new Map<GtrCategory, number>();
  for (const { kind, count } of counts) {
    const category = gtrCategoryOf(kind);
    if (category && count > 0) byCategory.set(category, (byCategory.get(category) ?? 0) + count);
  }
  return GTR_CATEGORIES.filter((category) => byCategory.has(category)).map((category) => ({
    category,
    count: byCategory.get(category) ?? 0,
  }));
}

/** Per-kind counts in the schema's kind order, empty kinds left out. */
export function sortKindCounts(counts: readonly KindCount[]): KindCount[] {
  return counts
    .filter(({ count }) => count > 0)
    .sort((a, b) => OUTCOME_KINDS.indexOf(a.kind) - OUTCOME_KINDS.indexOf(b.kind));
}

/**
 * An outcome is "with the partner" when partner-side researchers contributed (indicator 2-1
 * counts joint presentations with the partner). The statistics count the same rule in SQL.
 */
export function isWithPartner(partnerContributors: readonly string[]): boolean {
  return partnerContributors.length > 0;
}
