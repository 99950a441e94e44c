// Every refusal carries a stable code (README, Errors), and production answers suggest no names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let production: TestServer;
let development: TestServer;
let persistedOnly: TestServer;
beforeAll(async () => {
  [production, development, persistedOnly] = await Promise.all([
    createTestServer({ production: true, template: 'empty', as: 'ANONYMOUS' }),
    createTestServer({ template: 'empty', as: 'ANONYMOUS' }),
    createTestServer({ production: true, template: 'empty', as: 'ANONYMOUS', server: { arbitraryOperations: 'none' } }),
  ]);
});
afterAll(() => Promise.all([production.close(), development.close(), persistedOnly.close()]));

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('stable codes', () => {
  it('refuses too many aliases, directives or tokens as QUERY_TOO_COMPLEX', async () => {
    const aliases = await production.graphql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: researchFields { totalCount }`).join(' ')} }`);
    const directives = await production.graphql(`{ __typename ${'@include(if: true) '.repeat(51)} }`);
    const tokens = await production.graphql(`{ ${'__typename '.repeat(5001)} }`);
    for (const refused of [aliases, directives, tokens]) {
      expect(code(refused)).toBe('QUERY_TOO_COMPLEX');
      expect(refused.errors![0]!.message).not.toMatch(/Syntax Error/);
    }
  });

  it('answers a node id of an unknown type with BAD_USER_INPUT', async () => {
    const id = Buffer.from('Nonsense:00000000-0000-4000-8000-000000000000').toString('base64');
    const refused = await production.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(code(refused)).toBe('BAD_USER_INPUT');
  });

  it('lets anonymous callers send their own documents in production by default', async () => {
    const { errors, data } = await production.graphql(`{ researchFields { totalCount } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ researchFields: { totalCount: 0 } });
  });

  it('refuses a document of its own with 403 PERSISTED_QUERY_REQUIRED where operators allow persisted operations only', async () => {
    const refused = await persistedOnly.graphql(`{ researchFields { totalCount } }`);
    expect(refused.status).toBe(403);
    expect(code(refused)).toBe('PERSISTED_QUERY_REQUIRED');
  });

  it('refuses an unknown persisted hash with 400 PERSISTED_QUERY_NOT_IN_LIST', async () => {
    const response = await persistedOnly.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${'0'.repeat(64)}` } } }),
    });
    expect(response.status).toBe(400);
    expect(code(await response.json())).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });
});

describe('suggestions', () => {
  // Each document is one kind of graphql-js "Did you mean": field, argument, type, enum value (as a
  // literal and as a variable), input field (as a literal and as a variable).
  const probes: [string, string, Record<string, unknown>?][] = [
    ['field', `{ callz { totalCount } }`],
    ['argument', `{ calls(frist: 1) { totalCount } }`],
    ['type', `query($f: CallFiltr) { calls(filter: $f) { totalCount } }`],
    ['enum value', `{ calls(filter: { status: [OPN] }) { totalCount } }`],
    ['enum value in a variable', `query($s: [CallStatus!]) { calls(filter: { status: $s }) { totalCount } }`, { s: ['OPN'] }],
    ['input field', `{ calls(filter: { fiscalYaer: 2026 }) { totalCount } }`],
    ['input field in a variable', `query($f: CallFilter) { calls(filter: $f) { totalCount } }`, { f: { fiscalYaer: 2026 } }],
  ];
  const messages = (r: { errors?: { message: string }[] }) => (r.errors ?? []).map((e) => e.message).join('\n');

  // With a key: production has always run its callers' own documents for keys, so the probe is
  // validated there, and refused for the same reason as in development (not for being a document).
  let staff: Record<string, string>;
  beforeAll(async () => {
    staff = await production.headersFor({ role: 'STAFF' });
  });

  it.each(probes)('hides the suggested names of a mistyped %s in production only', async (_kind, query, variables) => {
    const shown = await development.graphql(query, variables);
    const hidden = await production.graphql(query, variables, staff);
    expect(messages(shown)).toMatch(/Did you mean/);
    expect(code(hidden)).toBe(code(shown));
    expect(messages(hidden)).not.toMatch(/Did you mean/);
  });
});
