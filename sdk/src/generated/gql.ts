/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Calls($first: Int, $after: String, $filter: CallFilter) {\n  calls(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      title\n      kind\n      track\n      fiscalYear\n      status\n      maxDirectCostYen\n      maxTotalCostYen\n    }\n  }\n}": typeof types.CallsDocument,
};
const documents: Documents = {
    "query Calls($first: Int, $after: String, $filter: CallFilter) {\n  calls(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      title\n      kind\n      track\n      fiscalYear\n      status\n      maxDirectCostYen\n      maxTotalCostYen\n    }\n  }\n}": types.CallsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Calls($first: Int, $after: String, $filter: CallFilter) {\n  calls(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      title\n      kind\n      track\n      fiscalYear\n      status\n      maxDirectCostYen\n      maxTotalCostYen\n    }\n  }\n}"): typeof import('./graphql.js').CallsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
