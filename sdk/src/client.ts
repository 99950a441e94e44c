import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  GraphQLRequestError,
  ThrottledError,
  TransportError,
  UnauthenticatedError,
  type GraphQLErrorEntry,
} from './errors.js';
import { connections, mutations, queries } from './operations.js';

/** A typed document: the SDK's own, or one of yours made with graphql-codegen (string or AST). */
export type TypedDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & {
  toString(): string;
  __meta__?: { hash?: string } | Record<string, unknown>;
};
export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, infer _V> ? R : never;
export type VariablesOf<D> = D extends DocumentTypeDecoration<infer _R, infer V> ? V : never;

export interface RetryOptions {
  /** Attempts after the first; 0 turns retries off. */
  retries: number;
  /** First delay; it doubles each attempt, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. https://api.example.org/graphql. */
  url: string;
  /** An API key; without one you get the public view. */
  apiKey?: string;
  /** A fetch implementation (defaults to the global one: Node 20+, browsers). */
  fetch?: typeof fetch;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Language of names and titles: sent as Accept-Language. */
  locale?: 'ja' | 'en';
  /** Retries for queries (and mutations sent with an idempotency key) on network errors, 5xx and throttling. Default: 2 retries from 300 ms. */
  retry?: Partial<RetryOptions> | false;
  /** Send the SDK's own operations by hash instead of their text. Default true. */
  persistedDocuments?: boolean;
}

/** The server does not know the hash: Yoga's persisted operations, or the APQ convention. */
function isUnknownHash(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some((e) => ['PERSISTED_QUERY_NOT_IN_LIST', 'PERSISTED_QUERY_NOT_FOUND'].includes(e.extensions?.code ?? '') || e.message === 'PersistedQueryNotFound')
  );
}

const DEFAULT_RETRY: RetryOptions = { retries: 2, baseDelayMs: 300, maxDelayMs: 10_000 };

function documentHash(document: TypedDocument<unknown, unknown>): string | undefined {
  const hash = (document.__meta__ as { hash?: unknown } | undefined)?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

function isMutation(text: string): boolean {
  return /^\s*mutation\b/m.test(text.replace(/#[^\n]*/g, ''));
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** A failure worth another attempt: the network, a 5xx, throttling. Anything else would fail the same way. */
export function isRetriable(error: unknown): boolean {
  return error instanceof ThrottledError || (error instanceof TransportError && (error.status === undefined || error.status >= 500));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Per call: an idempotency key makes a mutation safe to retry (and the client then retries it). */
export interface SendOptions {
  idempotencyKey?: string;
}

export type RequestFn = <D extends TypedDocument<unknown, never>>(
  document: D,
  ...variables: VariablesOf<D> extends Record<string, never> ? [variables?: VariablesOf<D>] : [variables: VariablesOf<D>]
) => Promise<ResultOf<D>>;

/** Sends one operation and returns its data, or throws a typed error (see errors.ts). */
function createRequest(options: ClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retry = options.retry === false ? { ...DEFAULT_RETRY, retries: 0 } : { ...DEFAULT_RETRY, ...options.retry };
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...(options.locale ? { 'accept-language': options.locale } : {}),
    ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    ...options.headers,
  };

  async function once<Result>(body: string, extraHeaders: Record<string, string>): Promise<Result> {
    let response: Response;
    try {
      response = await doFetch(options.url, { method: 'POST', headers: { ...headers, ...extraHeaders }, body });
    } catch (cause) {
      throw new TransportError(`Could not reach ${options.url}: ${(cause as Error).message}`, undefined, { cause });
    }
    const text = await response.text();
    let payload: { data?: Result | null; errors?: GraphQLErrorEntry[] };
    try {
      payload = JSON.parse(text);
    } catch (cause) {
      throw new TransportError(`HTTP ${response.status}: the answer is not GraphQL`, response.status, { cause });
    }
    const errors = payload.errors ?? [];
    const codes = errors.map((e) => e.extensions?.code);
    if (response.status === 401 || codes.includes('UNAUTHENTICATED')) {
      throw new UnauthenticatedError(errors, response.status);
    }
    if (response.status === 429 || codes.includes('THROTTLED')) {
      throw new ThrottledError(errors, response.status, retryAfterMs(response));
    }
    if (errors.length || payload.data == null) {
      if (!errors.length && response.status >= 500) throw new TransportError(`HTTP ${response.status}`, response.status);
      throw new GraphQLRequestError(errors, response.status, payload.data);
    }
    return payload.data;
  }

  // Hashes this server did not know (an SDK newer or older than the server): sent as text from then on.
  const unknownHashes = new Set<string>();

  const request = async (document: TypedDocument<unknown, unknown>, variables?: unknown, send: SendOptions = {}) => {
    const text = document.toString();
    let hash = options.persistedDocuments === false ? undefined : documentHash(document);
    if (hash && unknownHashes.has(hash)) hash = undefined;
    // The automatic-persisted-queries format every GraphQL server understands.
    const bodyOf = (byHash: string | undefined) =>
      JSON.stringify(byHash ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: byHash } } } : { query: text, variables });
    let body = bodyOf(hash);
    // Queries are safe to send twice; a mutation only with an idempotency key, which makes the
    // server answer a repeat from the first time instead of writing again.
    const attempts = isMutation(text) && !send.idempotencyKey ? 0 : retry.retries;
    const extraHeaders: Record<string, string> = send.idempotencyKey ? { 'idempotency-key': send.idempotencyKey } : {};
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(body, extraHeaders);
      } catch (error) {
        // An unknown hash was refused before anything ran, so sending the text instead is safe even
        // for a mutation; the server then runs it if it accepts documents from this caller.
        if (hash && isUnknownHash(error)) {
          unknownHashes.add(hash);
          hash = undefined;
          body = bodyOf(undefined);
          attempt--;
          continue;
        }
        if (!isRetriable(error) || attempt >= attempts) throw error;
        const backoff = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);
        await sleep(error instanceof ThrottledError && error.retryAfterMs !== undefined ? error.retryAfterMs : backoff);
      }
    }
  };
  return request as RequestFn;
}

type Queries = typeof queries;
type Connections = typeof connections;
type Mutations = typeof mutations;
type NodeOf<C> = C extends { connection: (data: never) => { nodes: readonly (infer N)[] } | null | undefined } ? N : never;

export type QueryMethods = {
  [K in keyof Queries]: (
    ...variables: VariablesOf<Queries[K]> extends Record<string, never>
      ? [variables?: VariablesOf<Queries[K]>]
      : [variables: VariablesOf<Queries[K]>]
  ) => Promise<ResultOf<Queries[K]>>;
};

/** The payload of mutation K: its data under its own name. */
type PayloadOf<K extends keyof Mutations> = ResultOf<Mutations[K]>[K & keyof ResultOf<Mutations[K]>];
type InputOf<K extends keyof Mutations> = VariablesOf<Mutations[K]> extends { input: infer I } ? I : never;

export type MutationMethods = {
  [K in keyof Mutations]: (input: InputOf<K>, options?: SendOptions) => Promise<PayloadOf<K>>;
};

export type Paginators = {
  [K in keyof Connections]: (
    variables?: Omit<VariablesOf<Connections[K]['document']>, 'after'>,
  ) => AsyncGenerator<NonNullable<NodeOf<Connections[K]>>, void, undefined>;
};

/**
 * Follows a connection's cursors page by page, yielding its nodes; stops after the last page or
 * when the loop is left early.
 */
export async function* paginate<D extends TypedDocument<unknown, never>, Node>(
  request: RequestFn,
  document: D,
  variables: Omit<VariablesOf<D>, 'after'>,
  connection: (data: ResultOf<D>) => { nodes: readonly Node[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | null | undefined,
): AsyncGenerator<NonNullable<Node>, void, undefined> {
  let after: string | null | undefined;
  for (;;) {
    const data = await (request as (d: D, v: unknown) => Promise<ResultOf<D>>)(document, { ...variables, after });
    const page = connection(data);
    if (!page) return;
    for (const node of page.nodes) if (node != null) yield node as NonNullable<Node>;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || page.pageInfo.endCursor === after) return;
    after = page.pageInfo.endCursor;
  }
}

export interface AspireClient extends QueryMethods {
  /** Any operation, typed by its document: the SDK's or your own (TypedDocumentString or AST). */
  request: RequestFn;
  /** `for await (const p of client.paginate.proposals({ filter }))` over every page. */
  paginate: Paginators;
  /**
   * `await client.mutate.createProposal(input)`: the payload, `{ proposal, userErrors, warnings }`.
   * A refusal comes back in `userErrors` (see `assertAccepted`). Retried only with `{ idempotencyKey }`.
   */
  mutate: MutationMethods;
}

export function createClient(options: ClientOptions): AspireClient {
  const request = createRequest(options);
  const send = request as (document: unknown, variables?: unknown, options?: SendOptions) => Promise<Record<string, unknown>>;
  const methods = Object.fromEntries(
    Object.entries(queries).map(([name, document]) => [name, (variables?: unknown) => send(document, variables)]),
  ) as QueryMethods;
  // The request sees a mutation document and sends it once, unless given an idempotency key.
  const mutators = Object.fromEntries(
    Object.entries(mutations).map(([name, document]) => [name, async (input: unknown, options?: SendOptions) => (await send(document, { input }, options))[name]]),
  ) as MutationMethods;
  const paginators = Object.fromEntries(
    Object.entries(connections).map(([name, { document, connection }]) => [
      name,
      (variables: Record<string, unknown> = {}) =>
        paginate(request, document as TypedDocument<unknown, unknown>, variables as never, connection as never),
    ]),
  ) as unknown as Paginators;
  return { ...methods, request, paginate: paginators, mutate: mutators };
}
