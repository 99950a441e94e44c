// The read shapes of issue #14, shared by `npm run bench:read` and the read tests.
import { encodeGlobalID } from '@pothos/plugin-relay';

export interface ReadShape {
  name: string;
  /** What the issue calls it. */
  label: string;
  query: string;
  /** Variables of the i-th request (the node lookup walks over projects). */
  variables(i: number, projectIds: readonly string[]): Record<string, unknown>;
  /** Sent without an API key (the public view); the others go as STAFF. */
  anonymous?: boolean;
}

const none = () => ({});

export const READ_SHAPES: ReadShape[] = [
  {
    name: 'a',
    label: '(a) 50 proposals with call, field, team → researcher → organisation',
    query: /* GraphQL */ `
      query BenchProposals {
        proposals(first: 50) {
          totalCount
          nodes {
            id titleEn status submittedAt
            call { id code titleEn }
            field { id code name }
            team { nodes { id role side researcher { id nameEn orcid organization { id nameEn } } } }
          }
        }
      }`,
    variables: none,
  },
  {
    name: 'b',
    label: '(b) 20 calls with countries and proposals(first: 10) with team',
    query: /* GraphQL */ `
      query BenchCalls {
        calls(first: 20) {
          nodes {
            id code titleEn fiscalYear
            countries { code nameEn }
            proposals(first: 10) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes { id titleEn status team { nodes { id role researcher { id nameEn } } } }
            }
          }
        }
      }`,
    variables: none,
  },
  {
    name: 'c',
    label: '(c) one project by node(id) with outcomes',
    query: /* GraphQL */ `
      query BenchProject($id: ID!) {
        node(id: $id) {
          id
          ... on Project {
            titleEn startsOn endsOn status
            outcomes(first: 10) { totalCount nodes { id kind title occurredOn doi withPartner } }
          }
        }
      }`,
    variables: (i, projectIds) => ({ id: encodeGlobalID('Project', projectIds[(i * 37) % projectIds.length]!) }),
  },
  {
    name: 'public',
    label: 'public: 20 projects with call, field, countries, PI, outcomes (anonymous)',
    anonymous: true,
    query: /* GraphQL */ `
      query BenchPublicProjects {
        projects(first: 20, orderBy: { field: TITLE, direction: ASC }) {
          totalCount
          nodes {
            id titleEn status
            call { code titleEn }
            field { code }
            partnerCountries { code }
            pi { nameEn }
            outcomes(first: 5) { nodes { kind title occurredOn } }
          }
        }
      }`,
    variables: none,
  },
];
