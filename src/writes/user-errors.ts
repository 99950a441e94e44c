import type { RuleCode, RuleViolation } from '../domain/proposal-rules.js';

/**
 * Why a write was refused, in terms the caller can act on. The program's rules bring their own
 * codes (RULES); these are the others.
 */
export const WRITE_ERRORS = {
  NOT_FOUND: 'The id names nothing the caller may see: missing, or another tenant’s (the same answer).',
  VERSION_CONFLICT: 'The record changed since the caller read it: read it again, reapply the change, resend.',
  VERSION_REQUIRED: 'An update of an existing record must send the version it was based on.',
  INVALID_TRANSITION: 'The record’s state does not allow this action (e.g. submitting a rejected proposal).',
  NOT_EDITABLE: 'Only drafts are edited by their applicants; after submission a proposal is what was sent.',
  NOT_PERMITTED: 'The caller may see the record but not change it this way.',
  DATES_OUT_OF_ORDER: 'A period ends before it starts.',
  ALREADY_EXISTS: 'A value that must be unique (a code, an external id, a team member) is taken.',
  INVALID_VALUE: 'A value outside what the field allows, beyond what its type says.',
  AFFILIATED_IN_JAPAN:
    'A partner agency places on the partner side only researchers affiliated outside Japan (the researcher’s record and the affiliation on the team); the Japan side comes from the applicants.',
  ADOPTION_LIMIT_EXCEEDED: 'A researcher is adopted as PI or Co-PI in at most one project across the calls of a fiscal year that set the rule (FY2026).',
} as const;

export type WriteErrorCode = keyof typeof WRITE_ERRORS;

export type UserErrorCode = RuleCode | WriteErrorCode;

export interface UserError {
  /** Path of the input field at fault, from the mutation's `input`; empty for the whole input. */
  field: string[];
  message: string;
  code: UserErrorCode;
}

/**
 * Thrown inside a write transaction to refuse the write: the transaction rolls back and the
 * payload carries the errors, so nothing is half-written.
 */
export class UserFailure extends Error {
  constructor(
    readonly userErrors: UserError[],
    readonly warnings: RuleViolation[] = [],
  ) {
    super(userErrors.map((e) => e.message).join(' '));
  }
}

export function refuse(code: UserErrorCode, message: string, field: string[] = []): never {
  throw new UserFailure([{ code, message, field }]);
}

export function notFound(what: string, field: string[]): never {
  return refuse('NOT_FOUND', `No ${what} with this id.`, field);
}
