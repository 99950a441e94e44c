import type { Logger } from 'pino';
import { authenticate, type Principal } from './auth/principal.js';
import type { Database } from './db/client.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { negotiateLocale, type Locale } from './i18n.js';

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
}

/** Throws a 401 GraphQL error for a key that is unknown, revoked or expired. */
export async function createContext(db: Database, logger: Logger, request: Request): Promise<Context> {
  const requestId = request.headers.get('x-request-id') ?? crypto.randomUUID();
  const principal = await authenticate(db.prisma, request.headers.get('authorization'));
  return {
    prisma: db.prisma,
    db,
    principal,
    locale: negotiateLocale(request.headers.get('accept-language')),
    logger: logger.child({ requestId, ...(principal.kind === 'key' ? { keyId: principal.keyId } : {}) }),
    requestId,
  };
}
