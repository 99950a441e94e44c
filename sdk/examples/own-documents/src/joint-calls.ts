// A partner's own view of the joint calls it co-runs: just the fields it needs, typed end to end.
import { pathToFileURL } from 'node:url';
import { createClient } from '@aspire/sdk';
import { graphql } from './gql/index.js';

export const JointCallsDocument = graphql(`
  query JointCalls($fiscalYear: FiscalYear) {
    calls(first: 50, filter: { kind: JOINT, fiscalYear: $fiscalYear }) {
      nodes {
        code
        titleEn
        submissionDeadline(side: PARTNER)
        countries {
          code
        }
        agencies {
          role
          agency {
            code
          }
        }
      }
    }
  }
`);

/** The codes of the joint calls an agency runs, with their partner-side deadline. */
export async function jointCallsOf(url: string, agencyCode: string, apiKey?: string) {
  const client = createClient({ url, ...(apiKey ? { apiKey } : {}) });
  const { calls } = await client.request(JointCallsDocument, {});
  return calls.nodes
    .filter((call) => call.agencies.some((a) => a.agency.code === agencyCode))
    .map((call) => ({ code: call.code, title: call.titleEn, partnerDeadline: call.submissionDeadline, countries: call.countries.map((c) => c.code) }));
}

// `npx tsx src/joint-calls.ts http://localhost:4000/graphql BBSRC`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url = 'http://localhost:4000/graphql', agency = 'BBSRC'] = process.argv.slice(2);
  console.log(await jointCallsOf(url, agency, process.env.ASPIRE_API_KEY));
}
