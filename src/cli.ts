// Operators' command line: `npm run cli -- key create|list|revoke`.
// It opens the configured database directly (the embedded one is single-process: stop the
// server first, or use PostgreSQL).
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createApiKey } from './auth/keys.js';
import { forgetApiKey } from './auth/principal.js';
import { connectDatabase } from './db/client.js';
import { Role, type PrismaClient } from './generated/prisma/client.js';

const USAGE = `usage:
  npm run cli -- key create --role <ADMIN|STAFF|AGENCY|INSTITUTION> --name <text>
                            [--agency <CODE>] [--organization <id>] [--expires <ISO date-time>]
  npm run cli -- key list
  npm run cli -- key revoke <id>`;

export class UsageError extends Error {}

/** Runs one command against `prisma`, printing through `print`; exported for the tests. */
export async function runCli(argv: string[], prisma: PrismaClient, print: (line: string) => void = console.log) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string' },
      organization: { type: 'string' },
      expires: { type: 'string' },
    },
  });
  const [area, command, id] = positionals;
  if (area !== 'key') throw new UsageError(USAGE);
  if (command === 'create') {
    const role = values.role?.toUpperCase();
    if (!role || !(role in Role)) throw new UsageError(`--role must be one of ${Object.keys(Role).join(', ')}`);
    if (!values.name) throw new UsageError('--name is required');
    if ((role === 'AGENCY') !== !!values.agency) throw new UsageError('--agency <CODE> goes with --role AGENCY, and only with it');
    if ((role === 'INSTITUTION') !== !!values.organization) {
      throw new UsageError('--organization <id> goes with --role INSTITUTION, and only with it');
    }
    const agency = values.agency
      ? await prisma.fundingAgency.findUnique({ where: { code: values.agency.toUpperCase() } })
      : null;
    if (values.agency && !agency) throw new UsageError(`no funding agency has the code ${values.agency}`);
    const organization = values.organization
      ? await prisma.organization.findUnique({ where: { id: values.organization } }).catch(() => null)
      : null;
    if (values.organization && !organization) throw new UsageError(`no organisation has the id ${values.organization}`);
    const expiresAt = values.expires ? new Date(values.expires) : null;
    if (expiresAt && Number.isNaN(expiresAt.getTime())) throw new UsageError('--expires must be an ISO date-time');
    const { key, record } = await createApiKey(prisma, {
      name: values.name,
      role: role as Role,
      agencyId: agency?.id,
      organizationId: organization?.id,
      expiresAt,
    });
    print(`created key ${record.id} (${record.role}${agency ? ` ${agency.code}` : ''}${organization ? ` ${organization.nameEn}` : ''}), "${record.name}"`);
    print('This is the only time the key is shown. Send it as "Authorization: Bearer <key>".');
    print(key);
  } else if (command === 'list') {
    const keys = await prisma.apiKey.findMany({
      orderBy: { createdAt: 'asc' },
      include: { agency: { select: { code: true } }, organization: { select: { nameEn: true } } },
    });
    for (const k of keys) {
      const state = k.revokedAt ? 'revoked' : k.expiresAt && k.expiresAt <= new Date() ? 'expired' : 'active';
      const tenant = k.agency?.code ?? k.organization?.nameEn ?? '';
      print(
        [k.id, k.prefix + '…', k.role, tenant, state, `created ${k.createdAt.toISOString()}`,
          `last used ${k.lastUsedAt?.toISOString() ?? 'never'}`, k.name].join('\t'),
      );
    }
  } else if (command === 'revoke') {
    if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw new UsageError('key revoke needs the id of a key (see key list)');
    const { count } = await prisma.apiKey.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new UsageError(`no active key has the id ${id}`);
    forgetApiKey(id);
    print(`revoked key ${id}`);
  } else {
    throw new UsageError(USAGE);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const db = await connectDatabase();
  try {
    await runCli(process.argv.slice(2), db.prisma);
  } catch (error: unknown) {
    console.error(error instanceof UsageError ? error.message : error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  } finally {
    await db.close();
  }
}
