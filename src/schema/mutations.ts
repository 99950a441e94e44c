// The shape every mutation shares: one `input` argument, and a payload with the result, the
// `userErrors` that refused it (then nothing was written) and the rule `warnings` that did not.
import type { ObjectRef } from '@pothos/core';
import { z } from 'zod';
import type { Context } from '../context.js';
import { RULES, type RuleCode, type RuleVerdict, type RuleViolation } from '../domain/proposal-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import { idempotencyScope, storeAnswer, storedAnswer } from '../writes/idempotency.js';
import { columnsOf, type InsertableModel } from '../writes/inserts.js';
import { actorOf, toJson, writeTransaction, type Writer } from '../writes/transaction.js';
import { UserFailure, WRITE_ERRORS, type UserError, type UserErrorCode } from '../writes/user-errors.js';
import { builder } from './builder.js';
import { describedEnum } from './described-enum.js';

builder.mutationType({});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const describe = (rules: Record<string, { description: string }>) =>
  Object.fromEntries(Object.entries(rules).map(([code, rule]) => [code, rule.description]));

export const ProposalRuleEnum = describedEnum(
  'ProposalRule',
  'A rule of the program a proposal is checked against (see the README for the list).',
  describe(RULES) as Record<RuleCode, string>,
);

const RuleSeverityEnum = describedEnum('RuleSeverity', 'Whether a broken rule blocks submission.', {
  ERROR: 'A hard rule: it blocks submission (a draft may still be saved).',
  WARNING: 'A guideline ("目安", "in principle"): returned, never blocking.',
});

export const UserErrorCodeEnum = describedEnum(
  'UserErrorCode',
  'Why a mutation was refused: a rule of the program (the ProposalRule codes) or one of the write codes.',
  { ...describe(RULES), ...WRITE_ERRORS } as Record<UserErrorCode, string>,
);

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'Why a mutation was refused. When a payload has any, nothing was written.',
  fields: (t) => ({
    field: t.exposeStringList('field', { description: 'Path of the input field at fault, from `input`; empty for the whole input.' }),
    message: t.exposeString('message'),
    code: t.expose('code', { type: UserErrorCodeEnum }),
  }),
});

export const RuleViolationRef = builder.objectRef<RuleViolation>('RuleViolation').implement({
  description: 'A rule of the program a proposal breaks. In `warnings`, a guideline ("目安", "in principle"): it does not block.',
  fields: (t) => ({
    field: t.exposeStringList('field'),
    message: t.exposeString('message'),
    code: t.expose('code', { type: ProposalRuleEnum }),
    severity: t.expose('severity', { type: RuleSeverityEnum }),
  }),
});

export const RuleVerdictRef = builder.objectRef<RuleVerdict>('RuleVerdict').implement({
  description: 'The program’s rules checked against a proposal.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'No errors: the proposal may be submitted (warnings do not block).' }),
    errors: t.field({ type: [RuleViolationRef], description: 'Hard rules broken: they block submission.', resolve: (v) => v.errors }),
    warnings: t.field({ type: [RuleViolationRef], description: 'Guidelines not followed: they do not block.', resolve: (v) => v.warnings }),
    skipped: t.field({
      type: [UserErrorCodeEnum],
      description:
        'Rules of the call this verdict did not judge: the adoption limit is judged at adoption, not submission; the ' +
        'SDK also lacks the other applications and projects the duplicate and ongoing-project rules read.',
      resolve: (v) => v.skipped,
    }),
  }),
});

export interface Payload<T> {
  result: T | null;
  userErrors: UserError[];
  warnings: RuleViolation[];
  /** A retry answered from the first time: the result is read again by this id. */
  replayedId?: string;
}

/** What a write returns: its result, and warnings of rules that do not block. */
export interface Written<T> {
  result: T;
  warnings?: RuleViolation[];
}

/** A payload type's fields: `<field>` for the result, then userErrors and warnings. */
export function payloadOf<T extends object>(field: string, type: ObjectRef<Types, T>, description: string) {
  const model = (type as { modelName?: InsertableModel }).modelName;
  return {
    outputFields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<T>>) => ({
      [field]: model
        ? // Pothos cannot type a prismaField for a generic model: the value is its row either way.
          t.prismaField({
            type: type as never,
            nullable: true,
            description,
            resolve: ((query: PrismaQuery, payload: Payload<{ id: string }>, _args: unknown, ctx: Context) => resultRow(ctx, model, query, payload)) as never,
          })
        : // Not a model's row, so without an id: a retry's answer is the result stored whole.
          t.field({ type, nullable: true, description, resolve: (payload) => payload.result as never }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why the mutation was refused; empty when it succeeded.',
        resolve: (payload) => payload.userErrors,
      }),
      warnings: t.field({
        type: [RuleViolationRef],
        description: 'Guidelines the record does not follow; they do not block.',
        resolve: (payload) => payload.warnings,
      }),
    }),
  };
}

/** What Pothos plans for a field of a Prisma type: the columns and relations its selection reads. */
type PrismaQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> };

/** Whether `row` holds everything `query` reads: its columns only, no relation or count. */
function holds(model: InsertableModel, query: PrismaQuery, row: object): boolean {
  if (query.select) return Object.entries(query.select).every(([key, value]) => value === true && key in row);
  if (query.include && Object.keys(query.include).length) return false;
  return columnsOf(model).every((column) => column in row);
}

/**
 * A payload's record: the row the write left (its transaction read or wrote every column) when the
 * selection asks for nothing more, else read once by id with what it asks; a replayed answer's is
 * read by the id it stored.
 */
function resultRow(ctx: Context, model: InsertableModel, query: PrismaQuery, payload: Payload<{ id: string }>): unknown {
  const row = payload.result;
  if (row && holds(model, query, row)) return row;
  const id = payload.replayedId ?? row?.id;
  if (!id) return null;
  const delegate = (ctx.prisma as unknown as Record<string, { findUnique(args: PrismaQuery & { where: { id: string } }): Promise<unknown> }>)[
    `${model[0]!.toLowerCase()}${model.slice(1)}`
  ];
  return delegate!.findUnique({ ...query, where: { id } });
}

const writesSoFar = new WeakMap<Context, number>();

type StoredAnswer = { id: string | null; value: unknown; warnings: RuleViolation[] };

/**
 * Runs a write as one transaction that records its changes. A UserFailure thrown inside rolls
 * everything back and becomes the payload's userErrors; any other error stays a top-level error.
 * With an Idempotency-Key header the answer is stored in the same transaction, and a retry with
 * the same key and request is answered from it without writing again (a refusal is not stored:
 * it wrote nothing, and a retry meets the same rules).
 */
export async function performWrite<T>(ctx: Context, write: (writer: Writer) => Promise<Written<T>>): Promise<Payload<T>> {
  const scope = idempotencyScope(ctx.principal);
  // Mutation fields of one request run one after another: the n-th has its own answer. Prefixed,
  // as sync batches keep their own keys (in their input) in the same space.
  const nth = (writesSoFar.get(ctx) ?? 0) + 1;
  writesSoFar.set(ctx, nth);
  const idempotency = ctx.idempotency && scope ? { ...ctx.idempotency, scope, key: `header:${ctx.idempotency.key}#${nth}` } : null;
  try {
    return await writeTransaction(ctx.db.writes, actorOf(ctx), async (writer): Promise<Payload<T>> => {
      if (idempotency) {
        const stored = (await storedAnswer(writer.tx, idempotency.scope, idempotency.key, idempotency.requestHash)) as StoredAnswer | null;
        if (stored) {
          return stored.id
            ? { result: null, replayedId: stored.id, userErrors: [], warnings: stored.warnings }
            : { result: stored.value as T, userErrors: [], warnings: stored.warnings };
        }
      }
      const { result, warnings = [] } = await write(writer);
      if (idempotency) {
        const id = typeof result === 'object' && result !== null && 'id' in result && typeof result.id === 'string' ? result.id : null;
        const answer = { id, value: id ? null : toJson(result), warnings: toJson(warnings) };
        await storeAnswer(writer.tx, idempotency.scope, idempotency.key, idempotency.requestHash, 'mutation', answer as Prisma.InputJsonObject);
      }
      return { result, userErrors: [], warnings };
    }, ctx.answersChanged);
  } catch (error) {
    if (error instanceof UserFailure) return { result: null, userErrors: error.userErrors, warnings: error.warnings };
    throw error;
  }
}

/** A bounded text input: the column's limit, said in the schema so a client learns it before sending. */
export const text = (max: number) => z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

export type GlobalId = { id: string; typename: string };

/** The `version` field of every type a mutation writes. */
export const versionField = {
  description: 'Increases with every change. Send it back with an update: the update is refused if the record changed since.',
} as const;

/** Money in inputs: up to ¥1 trillion, far above any ASPIRE cap and far below what a BIGINT holds. */
export const yenAmount = z.bigint().max(1_000_000_000_000n, 'must be at most ¥1,000,000,000,000');
