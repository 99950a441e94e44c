// Schema-driven fuzzing through the real HTTP pipeline (yoga.fetch): every root field of the
// printed schema, with values of its arguments' declared types and adversarial ones, sent with a
// key of each role. It holds when no answer is an internal error or HTTP 5xx, no refused write
// leaves a row or a change event behind, and no answer carries personal data its reader may not
// see. FUZZ_RUNS sets the runs per field (default 3, about a minute in `npm test`).
import { readFileSync } from 'node:fs';
import { encodeBase64 } from '@pothos/core';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';
import { gid } from './support/writes.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

type Role = 'ANONYMOUS' | 'STAFF' | 'ADMIN' | 'AGENCY' | 'INSTITUTION';
const ROLES: Role[] = ['ANONYMOUS', 'STAFF', 'ADMIN', 'AGENCY', 'INSTITUTION'];

let server: TestServer;
const headers = {} as Record<Role, Record<string, string>>;
let institutionOrg: string;
/** Real global ids of every kind, most of them other tenants' for any one key. */
let knownIds: string[];
let countTables: string;
/** Researchers by row id: their organisation, to tell whose personal data an answer may carry. */
const researcherOrg = new Map<string, string | null>();

beforeAll(async () => {
  server = await createTestServer();
  const p = server.db.prisma;
  const bbsrc = await p.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  const lead = await p.proposal.findFirstOrThrow({ orderBy: { id: 'asc' } });
  institutionOrg = lead.leadOrganizationId;
  headers.ANONYMOUS = { authorization: '' };
  headers.STAFF = await server.headersFor({ role: 'STAFF' });
  headers.ADMIN = await server.headersFor({ role: 'ADMIN' });
  headers.AGENCY = await server.headersFor({ role: 'AGENCY', agencyId: bbsrc.id });
  headers.INSTITUTION = await server.headersFor({ role: 'INSTITUTION', organizationId: institutionOrg });
  const take = { take: 4, select: { id: true } } as const;
  const sample = async (typename: string, rows: Promise<{ id: string }[]>) => (await rows).map((r) => gid(typename, r.id));
  knownIds = (
    await Promise.all([
      sample('Proposal', p.proposal.findMany({ ...take, orderBy: { id: 'desc' } })),
      sample('Researcher', p.researcher.findMany(take)),
      sample('Organization', p.organization.findMany(take)),
      sample('Call', p.call.findMany(take)),
      sample('TeamMember', p.teamMember.findMany(take)),
      sample('Project', p.project.findMany(take)),
      sample('Country', p.country.findMany(take)),
      sample('ResearchField', p.researchField.findMany(take)),
      sample('FundingAgency', p.fundingAgency.findMany(take)),
      sample('Decision', p.decision.findMany(take)),
      sample('Outcome', p.outcome.findMany(take)),
      sample('Mobility', p.mobility.findMany(take)),
    ])
  ).flat();
  for (const r of await p.researcher.findMany({ select: { id: true, organizationId: true } })) researcherOrg.set(r.id, r.organizationId);
  const tables = await p.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' ORDER BY table_name`,
  );
  countTables = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.table_name}")::text AS "${t.table_name}"`).join(', ')}`;
}, 120_000);
afterAll(() => server.close());

const rowCounts = async () => (await server.db.prisma.$queryRawUnsafe<Record<string, string>[]>(countTables))[0]!;

// ───────────── values of the declared types, and adversarial ones ─────────────

const ADVERSARIAL_TEXT = ['', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00', '😀', '%', '_', "'; DROP TABLE \"Proposal\"; --", '__proto__', 'constructor'];
// Sent as 1 MB of text, named so in counterexamples (which print every value).
const BIG = '<1 MB>';
const expandBig = (_key: string, value: unknown) => (value === BIG ? 'a'.repeat(1_000_000) : value);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 4, arbitrary: fc.constantFrom(...ADVERSARIAL_TEXT) },
  { weight: 1, arbitrary: fc.constant(BIG) },
);
const malformedIds = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(encodeBase64('Proposal:not-a-uuid'), encodeBase64('Nope:01900000-0000-7000-8000-000000000000'), encodeBase64('Proposal:01900000-0000-7000-8000-000000000000'), '\u0000'),
);
const cursors = fc.oneof(
  fc.constantFrom(
    encodeBase64('GPC:S:not-a-uuid'),
    encodeBase64('GPC:N:1'),
    encodeBase64('GPC:S:01900000-0000-7000-8000-000000000000'),
    encodeBase64('OffsetConnection:3'),
    encodeBase64('OffsetConnection:-1'),
    Buffer.from('change:99999999999999999999').toString('base64url'),
    Buffer.from('change:-5').toString('base64url'),
    Buffer.from('change:12').toString('base64url'),
  ),
  fc.string({ maxLength: 12 }),
);
const numbers = fc.oneof(fc.integer({ min: -5, max: 130 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 + 1, 1e21, 0.5));
const SCALARS: Record<string, () => fc.Arbitrary<unknown>> = {
  String: () => text,
  ID: () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...knownIds) }, { weight: 1, arbitrary: malformedIds }),
  Int: () => numbers,
  Float: () => numbers,
  Boolean: () => fc.boolean(),
  Date: () => fc.oneof(fc.constantFrom('2026-04-01', '2027-03-31', '2026-02-30', '0000-00-00', '99999-01-01'), text),
  DateTime: () => fc.oneof(fc.constantFrom('2026-05-19T12:00:00+09:00', '2026-13-01T00:00:00Z', '1970-01-01T00:00:00Z'), text),
  Yen: () => fc.oneof(fc.constantFrom('0', '380000000', '99999999999999999999999', '-1', 1e21, 2 ** 53 + 1), text),
  FiscalYear: () => fc.oneof(fc.constantFrom(2023, 2026, 1999, 2101), numbers),
};

function valueOf(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueOf(type.ofType, name, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const nullable = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return nullable(fc.array(valueOf(type.ofType, name, depth + 1), { maxLength: depth > 2 ? 1 : 3 }));
  if (isEnumType(type)) return nullable(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') }));
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const record = Object.fromEntries(
      fields.map((f) => [f.name, isNonNullType(f.type) ? valueOf(f.type, f.name, depth + 1) : fc.option(valueOf(f.type, f.name, depth + 1), { nil: undefined, freq: 2 })]),
    );
    return nullable(fc.record(record, { requiredKeys: fields.map((f) => f.name) }).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))));
  }
  if (isScalarType(type)) {
    if (/^(after|before|since)$/.test(name)) return nullable(cursors);
    const make = SCALARS[type.name];
    if (!make) throw new Error(`no values for scalar ${type.name}: add them to the fuzz test`);
    return nullable(make());
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

// ───────────── what to select: leaves, and one level of objects, with ids to judge them by ─────────────

function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return '';
  const object = isObjectType(named) ? named : null;
  const possible = object ? [object] : schema.getPossibleTypes(named as never);
  const parts = possible.map((t) => {
    const fields = Object.values(t.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined));
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
    const nested = depth < 2 ? fields.filter((f) => !isLeafType(getNamedType(f.type))).slice(0, 12).map((f) => `${f.name} { ${selection(f.type, depth + 1)} }`) : [];
    return `... on ${t.name} { ${[...leaves, ...nested].join(' ')} }`;
  });
  return `__typename ${parts.join(' ')}`;
}

function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a, i) => `$a${i}: ${String(a.type)}`);
  const args = field.args.map((a, i) => `${a.name}: $a${i}`);
  const select = selection(field.type, 0);
  return `${kind}${variables.length ? `(${variables.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${select ? ` { ${select} }` : ''} }`;
}

function variablesOf(args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(...args.map((a) => valueOf(a.type, a.name, 0))).map((values) => Object.fromEntries(values.map((v, i) => [`a${i}`, v])));
}

// ───────────── the properties ─────────────

const PERSONAL = ['eradNumber', 'careerStage', 'degreeYear'] as const;

/** Personal fields the role may not read, found anywhere in the answer (see auth/visibility.ts). */
async function forbiddenReads(role: Role, data: unknown): Promise<string[]> {
  const found: string[] = [];
  const visit = async (value: unknown, path: string): Promise<void> => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) await visit(item, `${path}.${i}`);
      return;
    }
    const record = value as Record<string, unknown>;
    if (record.__typename === 'Researcher' && role !== 'STAFF' && role !== 'ADMIN' && PERSONAL.some((f) => record[f] != null)) {
      const rowId = typeof record.id === 'string' ? Buffer.from(record.id, 'base64').toString().split(':')[1] : undefined;
      if (rowId && !researcherOrg.has(rowId)) {
        // Created during the run: its organisation as stored now.
        const row = await server.db.prisma.researcher.findUnique({ where: { id: rowId }, select: { organizationId: true } });
        researcherOrg.set(rowId, row?.organizationId ?? null);
      }
      const own = role === 'INSTITUTION' && rowId !== undefined && researcherOrg.get(rowId) === institutionOrg;
      if (!own) found.push(`${path} personal fields (${role})`);
    }
    if (record.__typename === 'TeamMember' && role === 'ANONYMOUS') {
      for (const field of ['careerStage', 'degreeYear', 'travelsToPartner', 'letterOfIntent']) if (record[field] != null) found.push(`${path}.${field} (${role})`);
    }
    for (const [key, item] of Object.entries(record)) await visit(item, `${path}.${key}`);
  };
  await visit(data, 'data');
  return found;
}

/** Whether the answer refused the write as a whole (then it must have written nothing). */
function refused(field: string, body: { data?: Record<string, any> | null; errors?: unknown[] }): boolean {
  const payload = body.data?.[field];
  return !!body.errors?.length || !payload || (Array.isArray(payload.userErrors) && payload.userErrors.length > 0);
}

async function send(query: string, variables: Record<string, unknown>, role: Role) {
  const response = await server.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers[role] },
    body: JSON.stringify({ query, variables }, expandBig),
  });
  const raw = await response.text();
  let body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] } = {};
  try {
    body = JSON.parse(raw);
  } catch {
    // A 5xx may not be JSON: its status says enough.
  }
  return { status: response.status, body, raw };
}

function check(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const operation = operationOf(kind, field);
  return fc.asyncProperty(fc.constantFrom(...ROLES), variablesOf(field.args), async (role, variables) => {
    const before = kind === 'mutation' ? await rowCounts() : null;
    const { status, body, raw } = await send(operation, variables, role);
    const context = `${role} ${field.name} ${JSON.stringify(variables).slice(0, 300)}`;
    expect(status, `${context}: ${raw.slice(0, 300)}`).toBeLessThan(500);
    const internal = (body.errors ?? []).filter((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
    expect(internal, `${context}: ${JSON.stringify(internal).slice(0, 500)}`).toEqual([]);
    expect(await forbiddenReads(role, body.data), context).toEqual([]);
    if (before && refused(field.name, body)) expect(await rowCounts(), `${context}: a refusal wrote`).toEqual(before);
  });
}

describe('fuzzing every root field with every role', () => {
  for (const kind of ['query', 'mutation'] as const) {
    const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(root.getFields())) {
      it(`${kind} ${field.name}`, async () => {
        await fc.assert(check(kind, field), { numRuns: RUNS, endOnFailure: true });
      }, 120_000);
    }
  }
});
