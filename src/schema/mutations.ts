// The shape every mutation shares: one `input` argument, and a payload with the result, the
// `userErrors` that refused it (then nothing was written) and the rule `warnings` that did not.
import type { ObjectRef } from '@pothos/core';
import { z } from 'zod';
import type { Context } from '../context.js';
import { RULES, type RuleCode, type RuleVerdict, type RuleViolation } from '../domain/proposal-rules.js';
import { actorOf, writeTransaction, type Writer } from '../writes/transaction.js';
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
  }),
});

export interface Payload<T> {
  result: T | null;
  userErrors: UserError[];
  warnings: RuleViolation[];
}

/** What a write returns: its result, and warnings of rules that do not block. */
export interface Written<T> {
  result: T;
  warnings?: RuleViolation[];
}

/** A payload type's fields: `<field>` for the result, then userErrors and warnings. */
export function payloadOf<T extends object>(field: string, type: ObjectRef<Types, T>, description: string) {
  return {
    outputFields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<T>>) => ({
      [field]: t.expose('result', { type, nullable: true, description }),
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

/**
 * Runs a write as one transaction that records its changes. A UserFailure thrown inside rolls
 * everything back and becomes the payload's userErrors; any other error stays a top-level error.
 */
export async function performWrite<T>(ctx: Context, write: (writer: Writer) => Promise<Written<T>>): Promise<Payload<T>> {
  try {
    const { result, warnings = [] } = await writeTransaction(ctx.prisma, actorOf(ctx), write);
    return { result, userErrors: [], warnings };
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
