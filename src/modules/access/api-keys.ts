// API keys managed over GraphQL by ADMIN keys, so that keys can be made and revoked while the
// server runs (the embedded database admits one process: the CLI needs the server stopped).
import { agencyKeyRefusal, createApiKey, keyState, revokeApiKey, tenantProblem } from '../../auth/keys.js';
import { keyRevoked } from '../../auth/key-cache.js';
import { visibleById } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { describedEnum } from '../../schema/described-enum.js';
import { payloadOf, performWrite, text, versionField } from '../../schema/mutations.js';
import { refuse } from '../../writes/user-errors.js';
import { OrganizationRef } from '../people/organization.js';
import { FundingAgencyRef } from '../reference/agency.js';
import { admins } from '../reference/mutations.js';
import { RoleEnum } from './viewer.js';

const isAdmin = (ctx: Context) => ctx.principal.kind === 'key' && ctx.principal.role === 'ADMIN';

const KeyStateEnum = describedEnum('ApiKeyState', 'Whether a key is accepted.', {
  ACTIVE: 'Accepted.',
  REVOKED: 'Revoked: refused with UNAUTHENTICATED.',
  EXPIRED: 'Past its expiry: refused with UNAUTHENTICATED.',
});

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  description: 'An API key, as ADMIN keys see it. The key itself is never stored (only its SHA-256) nor shown again.',
  id: { field: 'id' },
  nullable: true,
  // Other callers get null from node(id:), as for a missing key.
  findUnique: visibleById((ctx) => (isAdmin(ctx) ? {} : { id: { in: [] } })),
  authScopes: { admin: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.expose('role', { type: RoleEnum }),
    prefix: t.exposeString('prefix', { description: 'The key’s first characters, to tell keys apart (not enough to use it).' }),
    agency: t.relation('agency', { nullable: true, description: 'The agency an AGENCY key acts for.' }),
    organization: t.relation('organization', { nullable: true, description: 'The organisation an INSTITUTION key acts for.' }),
    state: t.field({ type: KeyStateEnum, resolve: (key) => keyState(key) }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'To the minute.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    version: t.exposeInt('version', versionField),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    description: 'Every API key, oldest first (ADMIN keys only).',
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.apiKey.findMany({ ...query, orderBy: { id: 'asc' } }),
    totalCount: (_root, _args, ctx) => ctx.prisma.apiKey.count(),
  }),
);

builder.relayMutationField(
  'createApiKey',
  {
    description: 'A new API key.',
    inputFields: (t) => ({
      name: t.string({ required: true, validate: text(200), description: 'What the key is for, e.g. "UKRI sync".' }),
      role: t.field({ type: RoleEnum, required: true }),
      agencyId: t.globalID({ for: FundingAgencyRef, description: 'For role AGENCY: the agency it acts for.' }),
      organizationId: t.globalID({ for: OrganizationRef, description: 'For role INSTITUTION: the organisation it acts for.' }),
      expiresAt: t.field({ type: 'DateTime', description: 'When it stops being accepted; never when left out.' }),
    }),
  },
  {
    ...admins,
    description: 'Creates a key (ADMIN keys only). The key is answered once, in `key`; a retry with the same Idempotency-Key answers the same record without it.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async ({ tx, now }) => {
        const problem = tenantProblem(input.role, { agency: !!input.agencyId, organization: !!input.organizationId });
        if (problem) refuse('INVALID_VALUE', problem.message, [`${problem.field}Id`]);
        if (input.expiresAt && input.expiresAt <= now) refuse('INVALID_VALUE', 'The expiry must be in the future.', ['expiresAt']);
        const agency = input.agencyId ? await tx.fundingAgency.findUnique({ where: { id: input.agencyId.id }, select: { id: true, code: true } }) : null;
        if (input.agencyId && !agency) refuse('NOT_FOUND', 'No agency with this id.', ['agencyId']);
        const refusal = agency && (await agencyKeyRefusal(tx, agency));
        if (refusal) refuse('INVALID_VALUE', refusal, ['agencyId']);
        if (input.organizationId && !(await tx.organization.count({ where: { id: input.organizationId.id } }))) {
          refuse('NOT_FOUND', 'No organisation with this id.', ['organizationId']);
        }
        const { key, record } = await createApiKey(tx, {
          name: input.name,
          role: input.role,
          agencyId: input.agencyId?.id,
          organizationId: input.organizationId?.id,
          expiresAt: input.expiresAt,
        });
        // The secret rides on the result only; a stored (replayed) answer keeps just the id.
        return { result: Object.assign(record, { secret: key }) };
      }),
  },
  {
    outputFields: (t) => ({
      ...payloadOf('apiKey', ApiKeyRef, 'The new key’s record.').outputFields(t),
      key: t.string({
        nullable: true,
        description: 'The key, to send as "Authorization: Bearer <key>". Shown this once: it is not stored and cannot be read again.',
        resolve: (payload) => (payload.result as { secret?: string } | null)?.secret ?? null,
      }),
    }),
  },
);

builder.relayMutationField(
  'revokeApiKey',
  { description: 'Revokes a key.', inputFields: (t) => ({ id: t.globalID({ required: true, for: ApiKeyRef }) }) },
  {
    ...admins,
    description: 'Revokes a key at once (ADMIN keys only); requests with it are refused from then on.',
    resolve: async (_root, { input }, ctx) => {
      const payload = await performWrite(ctx, async ({ tx, now }) => {
        const key = await tx.apiKey.findUnique({ where: { id: input.id.id } });
        if (!key) refuse('NOT_FOUND', 'No API key with this id.', ['id']);
        if (!(await revokeApiKey(tx, key.id, now))) refuse('INVALID_TRANSITION', 'The key is revoked already.', ['id']);
        return { result: await tx.apiKey.findUniqueOrThrow({ where: { id: key.id } }) };
      });
      await keyRevoked(input.id.id, ctx.logger);
      return payload;
    },
  },
  payloadOf('apiKey', ApiKeyRef, 'The key as it is now.'),
);
