import { describe, expect, it } from 'vitest';
import {
  countByGtrCategory,
  GTR_CATEGORIES,
  gtrCategoryOf,
  isWithPartner,
  OUTCOME_KINDS,
  sortKindCounts,
  type OutcomeKind,
} from '../../src/domain/outcomes.js';
import { OutcomeKind as PrismaOutcomeKind } from '../../src/generated/prisma/client.js';

describe('gtrCategoryOf', () => {
  it.each<[OutcomeKind, string | null]>([
    ['CO_AUTHORED_PAPER', 'PUBLICATIONS'],
    ['JOINT_PRESENTATION', 'PUBLICATIONS'],
    ['WORKSHOP', 'ENGAGEMENT_ACTIVITIES'],
    ['SYMPOSIUM', 'ENGAGEMENT_ACTIVITIES'],
    ['SEMINAR', 'ENGAGEMENT_ACTIVITIES'],
    ['LECTURE_TOUR', 'ENGAGEMENT_ACTIVITIES'],
    ['NETWORKING_EVENT', 'ENGAGEMENT_ACTIVITIES'],
    ['PHD_AWARDED', null],
    ['CAREER_MOVE', 'NEXT_DESTINATION'],
    ['STANDARDISATION', 'INFLUENCE_ON_POLICY'],
    ['NEW_COLLABORATION', 'COLLABORATIONS_AND_PARTNERSHIPS'],
    ['PUBLICATION', 'PUBLICATIONS'],
    ['COLLABORATION_PARTNERSHIP', 'COLLABORATIONS_AND_PARTNERSHIPS'],
    ['FURTHER_FUNDING', 'FURTHER_FUNDING'],
    ['NEXT_DESTINATION', 'NEXT_DESTINATION'],
    ['ENGAGEMENT_ACTIVITY', 'ENGAGEMENT_ACTIVITIES'],
    ['POLICY_INFLUENCE', 'INFLUENCE_ON_POLICY'],
    ['RESEARCH_TOOL_METHOD', 'RESEARCH_TOOLS_AND_METHODS'],
    ['DATASET_MODEL', 'DATASETS_AND_MODELS'],
    ['INTELLECTUAL_PROPERTY', 'INTELLECTUAL_PROPERTY'],
    ['ARTISTIC_CREATIVE_PRODUCT', 'ARTISTIC_AND_CREATIVE_PRODUCTS'],
    ['SOFTWARE_TECHNICAL_PRODUCT', 'SOFTWARE_AND_TECHNICAL_PRODUCTS'],
    ['SPIN_OUT', 'SPIN_OUTS'],
    ['AWARD_RECOGNITION', 'AWARDS_AND_RECOGNITION'],
    ['USE_OF_FACILITIES', 'USE_OF_FACILITIES'],
  ])('files %s under %s', (kind, category) => {
    expect(gtrCategoryOf(kind)).toBe(category);
  });

  it('knows every kind of the schema, in its order, and reaches every GtR category', () => {
    expect(OUTCOME_KINDS).toEqual(Object.values(PrismaOutcomeKind));
    const reached = new Set(OUTCOME_KINDS.map(gtrCategoryOf));
    expect(GTR_CATEGORIES.filter((c) => !reached.has(c))).toEqual([]);
    expect(GTR_CATEGORIES).toHaveLength(14);
  });
});

describe('countByGtrCategory', () => {
  it('adds kinds of one category, keeps GtR order and leaves out PhDs and empty counts', () => {
    expect(
      countByGtrCategory([
        { kind: 'WORKSHOP', count: 3 },
        { kind: 'PHD_AWARDED', count: 2 },
        { kind: 'CO_AUTHORED_PAPER', count: 4 },
        { kind: 'SEMINAR', count: 1 },
        { kind: 'PUBLICATION', count: 1 },
        { kind: 'SPIN_OUT', count: 0 },
      ]),
    ).toEqual([
      { category: 'PUBLICATIONS', count: 5 },
      { category: 'ENGAGEMENT_ACTIVITIES', count: 4 },
    ]);
    expect(countByGtrCategory([])).toEqual([]);
  });
});

describe('sortKindCounts', () => {
  it('orders by the schema kind order and drops zeros', () => {
    expect(
      sortKindCounts([
        { kind: 'USE_OF_FACILITIES', count: 1 },
        { kind: 'SEMINAR', count: 0 },
        { kind: 'CO_AUTHORED_PAPER', count: 2 },
      ]),
    ).toEqual([
      { kind: 'CO_AUTHORED_PAPER', count: 2 },
      { kind: 'USE_OF_FACILITIES', count: 1 },
    ]);
  });
});

describe('isWithPartner', () => {
  it('is true with at least one partner contributor', () => {
    expect(isWithPartner(['Katharina Vogelsang'])).toBe(true);
    expect(isWithPartner([])).toBe(false);
  });
});
