import { GraphQLError } from 'graphql';

/** Stable codes in `errors[].extensions.code`: clients branch on these, never on messages. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_COMPLEX'
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
