import type { RuleViolationFieldsFragment, UserErrorCode, UserErrorFieldsFragment } from './generated/graphql.js';

/** One error of a GraphQL response, as the server sends it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** Base of every error the SDK throws: `instanceof AspireError` catches them all. */
export class AspireError extends Error {
  override name = 'AspireError';
}

/** The request did not reach the API, or its answer was not GraphQL (network, proxy, 5xx page). */
export class TransportError extends AspireError {
  override name = 'TransportError';
  constructor(
    message: string,
    /** HTTP status, when there was a response. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The API answered with errors. `codes` are the stable `extensions.code` values to branch on. */
export class GraphQLRequestError extends AspireError {
  override name = 'GraphQLRequestError';
  readonly codes: readonly string[];
  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    readonly status: number,
    /** Whatever data came with the errors (a partial result). */
    readonly data?: unknown,
  ) {
    super(errors.map((e) => e.message).join('; ') || `GraphQL request failed with HTTP ${status}`);
    this.codes = errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
  }
  hasCode(code: string): boolean {
    return this.codes.includes(code);
  }
}

/** HTTP 401: the API key is unknown, revoked or expired (or the header is malformed). */
export class UnauthenticatedError extends GraphQLRequestError {
  override name = 'UnauthenticatedError';
}

/** HTTP 429 or code THROTTLED: too many requests; `retryAfterMs` says when to try again, if known. */
export class ThrottledError extends GraphQLRequestError {
  override name = 'ThrottledError';
  constructor(errors: readonly GraphQLErrorEntry[], status: number, readonly retryAfterMs?: number) {
    super(errors, status);
  }
}

/** What every mutation answers besides its record: why it was refused, and guidelines not followed. */
export interface MutationPayload {
  /** Empty when the write went through; otherwise nothing was written. */
  readonly userErrors: readonly UserErrorFieldsFragment[];
  /** Guidelines the record does not follow: they never block a write. */
  readonly warnings: readonly RuleViolationFieldsFragment[];
}

/** A payload whose write went through: its record is there. */
export type Accepted<P extends MutationPayload> = {
  [K in keyof P]: K extends keyof MutationPayload ? P[K] : NonNullable<P[K]>;
};

/**
 * The API refused a write (the payload's `userErrors`; nothing was written). Thrown by
 * `assertAccepted`, never by the client itself: a refusal is an answer, not a failure.
 */
export class MutationRefusedError extends AspireError {
  override name = 'MutationRefusedError';
  readonly codes: readonly UserErrorCode[];
  constructor(
    readonly userErrors: readonly UserErrorFieldsFragment[],
    readonly warnings: readonly RuleViolationFieldsFragment[] = [],
  ) {
    super(userErrors.map((e) => (e.field.length ? `${e.field.join('.')}: ${e.message}` : e.message)).join('; '));
    this.codes = userErrors.map((e) => e.code);
  }
  hasCode(code: UserErrorCode): boolean {
    return this.codes.includes(code);
  }
}

/**
 * For exception-style callers: throws MutationRefusedError if the write was refused, otherwise
 * returns the payload with its record typed as present.
 * `const { proposal } = assertAccepted(await client.mutate.createProposal(input));`
 */
export function assertAccepted<P extends MutationPayload>(payload: P): Accepted<P> {
  if (payload.userErrors.length) throw new MutationRefusedError(payload.userErrors, payload.warnings);
  // The API answers the record whenever it reports no userErrors.
  return payload as Accepted<P>;
}
