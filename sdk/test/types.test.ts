// Type-level checks, enforced by `npm run typecheck` (tsc): records of the change feed and of
// byExternalId narrow by `__typename`, as a partner's code branches on them.
import { describe, expectTypeOf, it } from 'vitest';
import type { ByExternalIdQuery, ChangeEvent, ProjectsWithOutcomesQuery, ProposalStatus, TeamRole } from '../src/index.js';

describe('narrowing by __typename', () => {
  it('narrows a change event record to its type', () => {
    const byType = (record: ChangeEvent['record']) => {
      if (record?.__typename === 'Proposal') expectTypeOf(record.proposalStatus).toEqualTypeOf<ProposalStatus>();
      if (record?.__typename === 'TeamMember') expectTypeOf(record.role).toEqualTypeOf<TeamRole>();
      if (record?.__typename === 'Outcome') expectTypeOf(record.title).toEqualTypeOf<string>();
    };
    expectTypeOf(byType).toBeFunction();
  });

  it('narrows a byExternalId record to its type', () => {
    const byType = (record: ByExternalIdQuery['byExternalId']) => {
      if (record?.__typename === 'Proposal') expectTypeOf(record.titleEn).toEqualTypeOf<string>();
      if (record?.__typename === 'Mobility') expectTypeOf(record.startsOn).toEqualTypeOf<string>();
      // Without __typename every branch would be one anonymous union: this would not compile.
      if (record?.__typename === 'TeamMember') expectTypeOf(record).not.toHaveProperty('titleEn');
    };
    expectTypeOf(byType).toBeFunction();
  });

  it('types the outcomes of a project in the list view', () => {
    type Project = ProjectsWithOutcomesQuery['projects']['nodes'][number];
    expectTypeOf<Project['outcomes']['nodes'][number]['title']>().toEqualTypeOf<string>();
  });
});
