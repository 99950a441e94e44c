import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { z } from 'zod';
import { seesProposal, seesResearcherDetails } from '../auth/visibility.js';
import type { Context } from '../context.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import { ApiError, InputError } from './errors.js';
import { decodeGlobalId } from './global-id.js';
import { fieldComplexity, WRITE_COST } from './limits.js';
import './safe-strings.js';
import { CONNECTION_DEFAULT_SIZE, CONNECTION_MAX_SIZE, isConnectionCursor } from './pagination.js';

// first/last above the maximum are rejected, never silently clamped (the prisma plugin clamps).
const pageSize = z
  .number()
  .int()
  .min(0, 'must not be negative')
  .max(CONNECTION_MAX_SIZE, `must be at most ${CONNECTION_MAX_SIZE}`);

const cursor = z.string().refine(isConnectionCursor, 'is not a cursor of this connection');

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    /** ADMIN or STAFF. */
    staff: boolean;
    admin: boolean;
    /** Any valid API key. */
    authenticated: boolean;
    /** The caller sees this proposal in full (not merely as part of a public project). */
    seesProposal: string;
    /** The caller may see this researcher's personal data. */
    seesResearcherDetails: { organizationId: string | null };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Yen: { Input: bigint; Output: bigint | number };
    FiscalYear: { Input: number; Output: number };
  };
}>({
  plugins: [
    'safeStrings',
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    PrismaPlugin,
    RelayPlugin,
    DataloaderPlugin,
    ComplexityPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => {
      const role = ctx.principal.kind === 'key' ? ctx.principal.role : null;
      return {
        staff: role === 'ADMIN' || role === 'STAFF',
        admin: role === 'ADMIN',
        authenticated: role !== null,
        seesProposal: (proposalId) => seesProposal(ctx, proposalId),
        seesResearcherDetails: (researcher) => seesResearcherDetails(ctx, researcher),
      };
    },
    unauthorizedError: (_parent, _ctx, _info, result) => new ApiError('FORBIDDEN', result.message),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    defaultConnectionSize: CONNECTION_DEFAULT_SIZE,
    maxConnectionSize: CONNECTION_MAX_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    decodeGlobalID: decodeGlobalId,
    firstArgOptions: { validate: pageSize },
    afterArgOptions: { validate: cursor },
    beforeArgOptions: { validate: cursor },
    lastArgOptions: { validate: pageSize },
    // A constant, not a function of the arguments: a priced function would have Pothos decode and
    // validate a mutation's whole input once to price it and again to run it.
    relayMutationFieldOptions: { complexity: WRITE_COST },
  },
  errors: { defaultTypes: [] },
  validation: {
    validationError: (failure) =>
      new InputError(
        failure.issues
          .map((issue) => `${issue.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.') ?? ''}: ${issue.message}`)
          .join('; '),
      ),
  },
  // Limits are enforced before execution by a validation rule (limits.ts); this prices fields.
  complexity: { fieldComplexity },
});

builder.queryType({});
