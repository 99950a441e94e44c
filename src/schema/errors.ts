import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Stable codes in `errors[].extensions.code`: clients branch on these, never on messages. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_COMPLEX'
  /** Over the caller's rate limit (HTTP 429 with Retry-After). */
  | 'THROTTLED'
  /** An idempotency key sent again with a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INTERNAL_SERVER_ERROR';

export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Arguments that break a documented limit or shape. */
export class InputError extends ApiError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

function isPothosValidationError(error: unknown): boolean {
  return error instanceof Error && error.name === 'PothosValidationError';
}

/** graphql-js refuses variables that do not fit their types (an unknown enum value, a missing field) with no code. */
function isVariableCoercionError(error: GraphQLError): boolean {
  return !error.extensions?.code && !error.path && /^Variable "\$\w+"/.test(error.message);
}

/**
 * Pothos reports malformed arguments (e.g. a global id of the wrong type) as its own validation
 * error, and graphql-js variables of the wrong shape, without a code; clients should see the same
 * BAD_USER_INPUT as for any other bad input.
 */
export function withStableCode<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError)) return error;
  if (error.extensions?.code && error.extensions.code !== 'GRAPHQL_VALIDATION_FAILED') return error;
  if (!isPothosValidationError(error) && !isPothosValidationError(error.originalError) && !isVariableCoercionError(error)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}

/**
 * Codes and HTTP statuses for the persisted-operation refusals (Yoga's defaults answer a refused
 * document with HTTP 200 and a code that names the wrong cause).
 */
export const PERSISTED_OPERATION_ERRORS = {
  persistedQueryOnly: {
    message: 'This server runs only the SDK’s persisted operations: send extensions.persistedQuery.sha256Hash instead of a query.',
    extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 403 } },
  },
  notFound: {
    message: 'No persisted operation has this hash: the SDK may be newer or older than the server.',
    extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } },
  },
  keyNotFound: {
    message: 'Send a query, or the hash of a persisted operation in extensions.persistedQuery.sha256Hash.',
    extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
  },
} as const;

/**
 * graphql-armor's parser limits (aliases, directives, tokens) as QUERY_TOO_COMPLEX, like the depth
 * and cost limits: armor reports them as a "Syntax Error" without a code.
 */
export function refuseAsTooComplex(context: { reportError(error: GraphQLError): void } | null, error: GraphQLError): void {
  const refusal = new ApiError('QUERY_TOO_COMPLEX', error.message.replace(/^Syntax Error: /, ''));
  if (!context) throw refusal;
  context.reportError(refusal);
}

/** graphql-js appends "Did you mean …?" to many messages: field, argument, type, enum value and input field names. */
const SUGGESTION = /\s*Did you mean [\s\S]*\?$/;

function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/**
 * Production: no answer suggests names of the schema, which would map it for an attacker even with
 * introspection off. Applied to the final result, whichever step (parse, validation, variables,
 * execution) produced the error.
 */
export function useHiddenSuggestions(): Plugin {
  const clean = (result: ExecutionResult): ExecutionResult =>
    result.errors ? { ...result, errors: result.errors.map(withoutSuggestion) } : result;
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(clean));
      else if (!(Symbol.asyncIterator in result)) setResult(clean(result as ExecutionResult));
    },
  };
}
