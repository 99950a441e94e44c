import { GraphQLError } from 'graphql';

/** Stable codes in `errors[].extensions.code`: clients branch on these, never on messages. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'QUERY_TOO_COMPLEX' | 'INTERNAL_SERVER_ERROR';

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
