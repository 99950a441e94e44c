// Checks the writes of calls, reference data and people share: identifier shapes, unique
// values, ids that must name something, lists without repeats. Problems are collected so that
// one refusal lists everything wrong with the input, each at its path.
import { isOrcid, isRorId } from '../../domain/identifiers.js';
import type { RecordType } from '../../generated/prisma/client.js';
import type { Writer } from '../../writes/transaction.js';
import { UserFailure, type UserError, type UserErrorCode } from '../../writes/user-errors.js';

export class Problems {
  private readonly errors: UserError[] = [];

  add(code: UserErrorCode, message: string, field: string[]): void {
    this.errors.push({ code, message, field });
  }

  /** Refuses the write with every problem found so far, if any. */
  throwIfAny(): void {
    if (this.errors.length) throw new UserFailure(this.errors);
  }
}

const matches = (pattern: RegExp) => (value: string) => pattern.test(value);

/**
 * Identifiers in their published shapes (the database checks the same; see the domain migration),
 * with their check digits where they have them (ORCID, ROR).
 */
export const SHAPES = {
  code: { valid: matches(/^[A-Za-z0-9][A-Za-z0-9_-]*$/), says: 'letters, digits, "-" and "_" only, e.g. FY2026-SOLO-TOP' },
  countryCode: { valid: matches(/^[A-Z]{2}$/), says: 'ISO 3166-1 alpha-2 in capitals (or EU), e.g. GB' },
  currency: { valid: matches(/^[A-Z]{3}$/), says: 'an ISO 4217 code in capitals, e.g. GBP' },
  ror: { valid: isRorId, says: 'a ROR id without https://ror.org/ and with its check digits, e.g. 04ksd4g47' },
  orcid: { valid: isOrcid, says: 'an ORCID iD with its check character, e.g. 0000-0002-1825-0097' },
  erad: { valid: matches(/^[0-9]{8}$/), says: 'an e-Rad researcher number, 8 digits' },
  crossrefFunderId: { valid: matches(/^10\.13039\/[0-9]+$/), says: 'a Crossref funder id, e.g. 10.13039/501100002241' },
  url: { valid: matches(/^https?:\/\/[^\s/]+\.[^\s]+$/), says: 'an http(s) address, e.g. https://www.jst.go.jp/' },
} as const;

/** Why a value is not of its shape, or null. */
export function shapeFault(shape: keyof typeof SHAPES, value: string): string | null {
  return SHAPES[shape].valid(value) ? null : `"${value}" is not ${SHAPES[shape].says}.`;
}

export function checkShape(problems: Problems, shape: keyof typeof SHAPES, value: string | null | undefined, field: string[]): void {
  const fault = value == null ? null : shapeFault(shape, value);
  if (fault) problems.add('INVALID_VALUE', fault, field);
}

/** A unique value is free if nobody holds it or the record being written does. */
export function checkFree(problems: Problems, holder: { id: string } | null, selfId: string | undefined, what: string, field: string[]): void {
  if (holder && holder.id !== selfId) problems.add('ALREADY_EXISTS', `Another record already has this ${what}.`, field);
}

/** Ids the input names that are not in the database, as NOT_FOUND at their paths. */
export async function checkExisting(
  problems: Problems,
  what: string,
  ids: readonly { id: string | null | undefined; field: string[] }[],
  find: (ids: string[]) => Promise<{ id: string }[]>,
): Promise<void> {
  const wanted = [...new Set(ids.map((i) => i.id).filter((id): id is string => !!id))];
  if (!wanted.length) return;
  const found = new Set((await find(wanted)).map((row) => row.id));
  for (const { id, field } of ids) if (id && !found.has(id)) problems.add('NOT_FOUND', `No ${what} with this id.`, field);
}

/** A list that names the same thing twice: ALREADY_EXISTS at the repeat. */
export function checkRepeats<T>(problems: Problems, items: readonly T[] | null | undefined, key: (item: T) => string, path: string, what: string): void {
  const seen = new Set<string>();
  (items ?? []).forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) problems.add('ALREADY_EXISTS', `${what} is listed twice.`, [path, String(i)]);
    seen.add(k);
  });
}

/** The path of a check on two fields: the second if the input gives it, else the first. */
export function pathOf(input: object, first: string, second: string): string[] {
  return [(input as Record<string, unknown>)[second] !== undefined ? second : first];
}

/** Leaves out what the input does not give, so an update keeps it. */
export function given<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Records a record that belongs to no call: reference data and people. */
export function recordChange(
  writer: Writer,
  recordType: RecordType,
  before: object | null,
  after: { id: string; version: number } & object,
): void {
  writer.record({ recordType, recordId: after.id, version: after.version, callId: null, before, after });
}
