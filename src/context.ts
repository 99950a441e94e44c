import type { Logger } from 'pino';
import type { Database } from './db/client.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { negotiateLocale, type Locale } from './i18n.js';

/** Everything a resolver may use for one request. */
export interface Context {
  prisma: PrismaClient;
  db: Database;
  /** Default language for `name`-like fields, from Accept-Language. */
  locale: Locale;
  logger: Logger;
  requestId: string;
}

export function createContext(db: Database, logger: Logger, request: Request): Context {
  const requestId = request.headers.get('x-request-id') ?? crypto.randomUUID();
  return {
    prisma: db.prisma,
    db,
    locale: negotiateLocale(request.headers.get('accept-language')),
    logger: logger.child({ requestId }),
    requestId,
  };
}
