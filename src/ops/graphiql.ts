// GraphiQL served whole by the server (@graphql-yoga/render-graphiql inlines its scripts and
// styles): Yoga's default loads them from a CDN, and a machine without internet got a blank page.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/** What GraphiQL opens with: a query of public data, and how to send a key. */
export const EXAMPLE_QUERY = `# Public data needs no key. To use one,
# put this under Headers (below):
#   {"Authorization": "Bearer <key>"}
# Run with the pink button or Ctrl-Enter.
query OpenCalls {
  calls(first: 5) {
    totalCount
    nodes {
      code
      title
    }
  }
}
`;

export function graphiql(production: boolean): { graphiql: GraphiQLOptions | false; renderGraphiQL: typeof renderGraphiQL } {
  return {
    renderGraphiQL,
    graphiql: !production && {
      title: 'ASPIRE API',
      defaultQuery: EXAMPLE_QUERY,
      defaultEditorToolsVisibility: 'headers',
    },
  };
}
