// Operators' command line: `npm run cli -- key create|list|revoke`, `agencies`, `organizations`, `export`.
// It opens the configured database directly, migrating it and loading the first-start data when
// needed. The embedded database admits one process: while the server runs, manage keys over
// GraphQL with an ADMIN key instead (createApiKey, apiKeys, revokeApiKey).
import { decodeBase64 } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { keyRevoked, shareKeyRevocations } from './auth/key-cache.js';
import { agencyKeyRefusal, createApiKey, keyState, revokeApiKey, tenantProblem } from './auth/keys.js';
import { configFromEnv } from './config.js';
import { createLogger } from './logger.js';
import { inUseBy, openPreparedDatabase } from './db/prepare.js';
import { EXPORT_USAGE, ExportUsageError, runExport } from './modules/exports/cli.js';
import { Role, type PrismaClient } from './generated/prisma/client.js';

const USAGE = `usage:
  npm run cli -- key create --role <ADMIN|STAFF|AGENCY|INSTITUTION> --name <text>
                            [--agency <code or id>] [--organization <id or ROR>] [--expires <ISO date-time>]
  npm run cli -- key list
  npm run cli -- key revoke <id>
  npm run cli -- agencies                          the funding agencies: id, code, name
  npm run cli -- organizations [--search <text>]   organisations: id, ROR, country, name
${EXPORT_USAGE}`;

/** A mistake of the caller's: printed as it is, without a stack trace. */
export class UsageError extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The row id in an argument that is a raw UUID or a global id of `typename` (as the API gives them). */
function rowIdOf(value: string, typename: string): string | null {
  if (UUID.test(value)) return value;
  let decoded = '';
  try {
    decoded = decodeBase64(value);
  } catch {
    return null;
  }
  const [type, id] = decoded.split(':');
  return type === typename && id && UUID.test(id) ? id : null;
}

/** An agency by code (any case), global id or UUID. */
async function findAgency(prisma: PrismaClient, value: string) {
  const id = rowIdOf(value, 'FundingAgency');
  const agency = await prisma.fundingAgency.findFirst({ where: id ? { id } : { code: { equals: value, mode: 'insensitive' } } });
  if (!agency) throw new UsageError(`no funding agency has the code or id "${value}" (see: npm run cli -- agencies)`);
  return agency;
}

/** An organisation by global id, UUID or ROR id (bare, or as https://ror.org/… ). */
async function findOrganization(prisma: PrismaClient, value: string) {
  const id = rowIdOf(value, 'Organization');
  const ror = /^(?:https?:\/\/ror\.org\/)?(0[a-z0-9]{6}[0-9]{2})$/i.exec(value)?.[1]?.toLowerCase();
  if (!id && !ror) throw new UsageError(`--organization takes an organisation's id or ROR id; "${value}" is neither (see: npm run cli -- organizations)`);
  const organization = await prisma.organization.findFirst({ where: id ? { id } : { rorId: ror } });
  if (!organization) throw new UsageError(`no organisation has the ${id ? 'id' : 'ROR id'} "${value}" (see: npm run cli -- organizations)`);
  return organization;
}

async function createKey(prisma: PrismaClient, values: Record<string, string | undefined>, print: (line: string) => void) {
  const role = values.role?.toUpperCase();
  if (!role || !(role in Role)) throw new UsageError(`--role must be one of ${Object.keys(Role).join(', ')}`);
  if (!values.name) throw new UsageError('--name is required');
  const problem = tenantProblem(role as Role, { agency: !!values.agency, organization: !!values.organization });
  if (problem) {
    const option = problem.field === 'agency' ? '--agency <code>' : '--organization <id or ROR>';
    throw new UsageError(`${option} goes with --role ${problem.field === 'agency' ? 'AGENCY' : 'INSTITUTION'}, and only with it`);
  }
  const agency = values.agency ? await findAgency(prisma, values.agency) : null;
  const refusal = agency && (await agencyKeyRefusal(prisma, agency));
  if (refusal) throw new UsageError(refusal);
  const organization = values.organization ? await findOrganization(prisma, values.organization) : null;
  const expiresAt = values.expires ? new Date(values.expires) : null;
  if (expiresAt && Number.isNaN(expiresAt.getTime())) throw new UsageError('--expires must be an ISO date-time, e.g. 2027-03-31T00:00:00Z');
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
}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        agency: { type: 'string' },
        organization: { type: 'string' },
        expires: { type: 'string' },
        search: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

/** Runs one command against `prisma`, printing through `print`; exported for the tests. */
export async function runCli(argv: string[], prisma: PrismaClient, print: (line: string) => void = console.log) {
  const { values, positionals } = parseArguments(argv);
  const [area, command, id] = positionals;
  if (area === 'agencies') {
    const agencies = await prisma.fundingAgency.findMany({ orderBy: { code: 'asc' } });
    for (const a of agencies) print([encodeGlobalID('FundingAgency', a.id), a.code, a.nameEn].join('\t'));
  } else if (area === 'organizations' || area === 'organisations') {
    const organizations = await prisma.organization.findMany({
      where: values.search ? { OR: [{ nameEn: { contains: values.search, mode: 'insensitive' } }, { nameJa: { contains: values.search } }] } : {},
      include: { country: { select: { code: true } } },
      orderBy: { nameEn: 'asc' },
    });
    for (const o of organizations) print([encodeGlobalID('Organization', o.id), o.rorId ?? '-', o.country.code, o.nameEn].join('\t'));
  } else if (area === 'key' && command === 'create') {
    await createKey(prisma, values, print);
  } else if (area === 'key' && command === 'list') {
    const keys = await prisma.apiKey.findMany({
      orderBy: { createdAt: 'asc' },
      include: { agency: { select: { code: true } }, organization: { select: { nameEn: true } } },
    });
    for (const k of keys) {
      const tenant = k.agency?.code ?? k.organization?.nameEn ?? '';
      print(
        [k.id, k.prefix + '…', k.role, tenant, keyState(k).toLowerCase(), `created ${k.createdAt.toISOString()}`,
          `last used ${k.lastUsedAt?.toISOString() ?? 'never'}`, k.name].join('\t'),
      );
    }
  } else if (area === 'key' && command === 'revoke') {
    const rowId = id ? rowIdOf(id, 'ApiKey') : null;
    if (!rowId) throw new UsageError('key revoke needs the id of a key (see: npm run cli -- key list)');
    if (!(await revokeApiKey(prisma, rowId))) throw new UsageError(`no active key has the id ${id}`);
    await keyRevoked(rowId);
    print(`revoked key ${id}`);
  } else {
    throw new UsageError(USAGE);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const argv = process.argv.slice(2);
    if (argv.length === 0 || argv.includes('--help')) throw new UsageError(USAGE);
    const config = configFromEnv();
    const pid = inUseBy(config.database);
    if (pid) {
      throw new UsageError(
        `the server (pid ${pid}) is using the embedded database in ${config.database.kind === 'pglite' ? config.database.dataDir : ''}, ` +
          'which admits one process: stop it first, or manage keys over GraphQL with an ADMIN key (createApiKey, apiKeys, revokeApiKey)',
      );
    }
    const db = await openPreparedDatabase(config.database, { demo: config.demoData });
    // Servers sharing a PostgreSQL database hear of a revocation through Redis at once.
    const revocations =
      argv[0] === 'key' && argv[1] === 'revoke' ? await shareKeyRevocations({ redisUrl: config.redisUrl, logger: createLogger() }) : null;
    try {
      if (argv[0] === 'export') await runExport(argv, db, process.stdout);
      else await runCli(argv, db.prisma);
    } finally {
      await revocations?.();
      await db.close();
    }
  } catch (error: unknown) {
    // Operators get a sentence, not a stack trace; DEBUG=1 shows the whole error.
    const message = error instanceof Error ? error.message : String(error);
    const usage = error instanceof UsageError || error instanceof ExportUsageError;
    console.error(usage ? message : `error: ${message}`);
    if (process.env.DEBUG && !usage) console.error(error);
    process.exitCode = usage ? 2 : 1;
  }
}
