// Helpers for the tests of mutations: keys whose id the test knows, one mutation per call, and the
// check that a refused write changed nothing.
import { randomUUID } from 'node:crypto';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { expect } from 'vitest';
import type { NewKey } from '../../src/auth/keys.js';
import type { TestServer } from './server.js';

export const gid = (typename: string, id: string) => encodeGlobalID(typename, id);

/** The row id inside a global id, to look the record up in the database. */
export const rowId = (globalId: string) => decodeGlobalID(globalId).id;

/** A global id of the right type naming nothing. */
export const missing = (typename: string) => gid(typename, '01900000-0000-7000-8000-000000000000');

/** No Authorization header: the public view. */
export const ANONYMOUS = { authorization: '' };

export interface Caller {
  headers: Record<string, string>;
  keyId: string;
}

/** A new API key, with the id the change log records for it. */
export async function callerWith(server: TestServer, key: Omit<NewKey, 'name'>): Promise<Caller> {
  const name = `writer ${randomUUID()}`;
  const headers = await server.headersFor({ ...key, name });
  const { id } = await server.db.prisma.apiKey.findFirstOrThrow({ where: { name }, select: { id: true } });
  return { headers, keyId: id };
}

export interface UserError {
  field: string[];
  message: string;
  code: string;
}

export interface Outcome {
  /** The payload's result field (`call`, `country`, …); null when refused. */
  result: Record<string, any> | null;
  userErrors: UserError[];
  /** Top-level errors (authorization, malformed input); the payload is then absent. */
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends `mutation { <name>(input: $input) { <resultField> { <selection> } userErrors { … } } }`
 * with the input as a variable, as clients do.
 */
export async function mutate(
  server: TestServer,
  name: string,
  resultField: string,
  selection: string,
  input: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<Outcome> {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const response = await server.graphql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${resultField} { ${selection} } userErrors { field message code } } }`,
    { input },
    headers,
  );
  const payload = response.data?.[name] as Record<string, any> | undefined;
  return { result: payload?.[resultField] ?? null, userErrors: payload?.userErrors ?? [], errors: response.errors };
}

/** Runs `write` and checks that what `read` returns, and the number of change events, stayed the same. */
export async function unchanged<T>(server: TestServer, read: () => Promise<unknown>, write: () => Promise<T>): Promise<T> {
  const before = { rows: await read(), changes: await server.db.prisma.changeEvent.count() };
  const outcome = await write();
  expect({ rows: await read(), changes: await server.db.prisma.changeEvent.count() }).toEqual(before);
  return outcome;
}

/** A write refused with this user error, and nothing written. */
export async function expectRefused(server: TestServer, read: () => Promise<unknown>, write: () => Promise<Outcome>, code: string, field: string[]): Promise<Outcome> {
  const outcome = await unchanged(server, read, write);
  expect(outcome.errors).toBeUndefined();
  expect(outcome.result).toBeNull();
  expect(outcome.userErrors).toContainEqual(expect.objectContaining({ code, field }));
  return outcome;
}

/** A write refused before it ran with a top-level error of this code, and nothing written. */
export async function expectRejected(server: TestServer, read: () => Promise<unknown>, write: () => Promise<Outcome>, code: string): Promise<Outcome> {
  const outcome = await unchanged(server, read, write);
  expect(outcome.result).toBeNull();
  expect(outcome.errors?.[0]?.extensions?.code).toBe(code);
  return outcome;
}

/** The last change recorded for a record. */
export function lastChange(server: TestServer, recordId: string) {
  return server.db.prisma.changeEvent.findFirstOrThrow({ where: { recordId }, orderBy: { sequence: 'desc' } });
}
