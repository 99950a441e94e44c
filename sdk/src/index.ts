export { createClient, paginate } from './client.js';
export type { AspireClient, ClientOptions, Paginators, QueryMethods, RequestFn, ResultOf, RetryOptions, TypedDocument, VariablesOf } from './client.js';
export * from './errors.js';
export * from './generated/graphql.js';
export { queries, connections } from './operations.js';
/** The program's rules (`rules.validateProposal`, budget totals, call status), shared with the server. */
export * as rules from './rules.js';
