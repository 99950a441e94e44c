// A stored call's effective rules: its own rule columns over the program's table
// (src/domain/program-rules.ts). Every reader of a call's rules goes through here.
import { CALL_RULE_NAMES, effectiveCallRules, type CallRuleOverrides, type CallRules, type EffectiveCallRules } from '../../domain/program-rules.js';
import type { Call } from '../../generated/prisma/client.js';

/** The columns a call's effective rules are computed from. */
export const CALL_RULE_COLUMNS = {
  fiscalYear: true,
  kind: true,
  track: true,
  ...(Object.fromEntries(CALL_RULE_NAMES.map((name) => [name, true])) as Record<keyof CallRules, true>),
} as const;

export type CallRuleRow = Pick<Call, keyof typeof CALL_RULE_COLUMNS>;

export function overridesOf(call: CallRuleRow): CallRuleOverrides {
  return Object.fromEntries(CALL_RULE_NAMES.map((name) => [name, call[name]])) as CallRuleOverrides;
}

export function rulesOf(call: CallRuleRow): EffectiveCallRules {
  return effectiveCallRules(overridesOf(call), call);
}
