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
