// GraphiQL served whole by the server (@graphql-yoga/render-graphiql inlines its scripts and
// styles): Yoga's default loads them from a CDN, and a machine without internet got a blank page.
// Those inlined scripts take 30 MB of heap, so they load with the first page, never in production.
import type { GraphiQLOptions, YogaServerOptions } from 'graphql-yoga';

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

const renderGraphiQL = async (options: GraphiQLOptions) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options);

export function graphiql(production: boolean): Pick<YogaServerOptions<object, object>, 'graphiql' | 'renderGraphiQL'> & { graphiql: GraphiQLOptions | false } {
  return {
    renderGraphiQL,
    graphiql: !production && {
      title: 'ASPIRE API',
      defaultQuery: EXAMPLE_QUERY,
      defaultEditorToolsVisibility: 'headers',
    },
  };
}
