import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { principalOf, type Principal } from './auth/principal.js';
import type { Database } from './db/client.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { negotiateLocale, type Locale } from './i18n.js';
import { requestIdOf } from './ops/request-id.js';
import { ApiError } from './schema/errors.js';

/** Everything a resolver may use for one request. */
export interface Context {
  prisma: PrismaClient;
  db: Database;
  /** Who is asking; anonymous readers get the public view. */
  principal: Principal;
  /** Default language for `name`-like fields, from Accept-Language. */
  locale: Locale;
  logger: Logger;
  requestId: string;
  /**
   * The request's Idempotency-Key header, with a hash of what it asks: a mutation sent again
   * with the same key is answered from the first time (see performWrite).
   */
  idempotency: { key: string; requestHash: string } | null;
  /** Told once a write that changed records has committed (the public answers' cache). */
  answersChanged?: () => Promise<void>;
}

/** What the GraphQL request asks, whatever form it came in (text or persisted hash). */
export interface RequestParams {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

/** Longer keys are refused rather than cut, so that two keys never collide. */
const IDEMPOTENCY_KEY_MAX = 200;

function idempotencyOf(request: Request, params: RequestParams): Context['idempotency'] {
  const key = request.headers.get('idempotency-key');
  if (!key) return null;
  if (key.length > IDEMPOTENCY_KEY_MAX) throw new ApiError('BAD_USER_INPUT', `The Idempotency-Key header is at most ${IDEMPOTENCY_KEY_MAX} characters.`);
  const { query = null, operationName = null, variables = null, extensions = null } = params;
  const requestHash = createHash('sha256').update(JSON.stringify({ query, operationName, variables, extensions })).digest('hex');
  return { key, requestHash };
}

/** Throws a 401 GraphQL error for a key that is unknown, revoked or expired. */
/** `incoming`: Node's message the request was made from, whose caller the HTTP gate may know already. */
export async function createContext(db: Database, logger: Logger, request: Request, params: RequestParams = {}, incoming?: object): Promise<Context> {
  const requestId = requestIdOf(request);
  const principal = await principalOf(db.prisma, request, incoming);
  return {
    prisma: db.prisma,
    db,
    principal,
    locale: negotiateLocale(request.headers.get('accept-language')),
    logger: logger.child({ requestId, ...(principal.kind === 'key' ? { keyId: principal.keyId } : {}) }),
    requestId,
    idempotency: idempotencyOf(request, params),
  };
}
