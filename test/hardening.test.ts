// Inputs an attacker sends, each answered with a code and writing nothing: text no column can
// hold, cursors that decode to nonsense, persisted-operation hashes named like object properties,
// and a lead agency's AGENCY key on a call it does not co-run as a partner.
import { encodeBase64 } from '@pothos/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { createTestServer, type TestServer } from './support/server.js';
import { gid, mutate } from './support/writes.js';

let server: TestServer;
let bbsrc: Record<string, string>;
let jstAgency: Record<string, string>;
let jointCallId: string;
let soloDraft: { id: string; version: number };
let countryId: string;

beforeAll(async () => {
  server = await createTestServer();
  const p = server.db.prisma;
  const agency = await p.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  bbsrc = await server.headersFor({ role: 'AGENCY', agencyId: agency.id });
  // Made past the CLI, as a key from before it refused them would be.
  jstAgency = await server.headersFor({ role: 'AGENCY', agencyId: (await p.fundingAgency.findUniqueOrThrow({ where: { code: 'JST' } })).id });
  jointCallId = (await p.call.findFirstOrThrow({ where: { kind: 'JOINT', agencies: { some: { agencyId: agency.id, role: 'PARTNER' } } } })).id;
  const draft = await p.proposal.findFirstOrThrow({ where: { status: 'DRAFT', call: { kind: 'SOLO' } } });
  soloDraft = { id: gid('Proposal', draft.id), version: draft.version };
  countryId = gid('Country', (await p.country.findUniqueOrThrow({ where: { code: 'JP' } })).id);
});
afterAll(() => server.close());

const rows = async () => {
  const p = server.db.prisma;
  return { researchers: await p.researcher.count(), organizations: await p.organization.count(), proposals: await p.proposal.count(), events: await p.changeEvent.count() };
};

describe('text no column can hold', () => {
  const BAD = [
    ['NUL', 'Ada\u0000Lovelace'],
    ['a lone high surrogate', 'Ada \ud800 Lovelace'],
    ['a lone low surrogate', '\udc00Ada'],
  ] as const;

  it.each(BAD)('is BAD_USER_INPUT in a write (%s), writing nothing', async (_what, name) => {
    const before = await rows();
    const researcher = await mutate(server, 'createResearcher', 'researcher', 'id', { nameEn: name, careerStage: 'RESEARCHER' });
    expect(researcher.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(researcher.errors?.[0]?.message).toMatch(/^input\.nameEn: /);
    const organization = await mutate(server, 'createOrganization', 'organization', 'id', { nameEn: 'University', nameJa: name, kind: 'UNIVERSITY', countryId });
    expect(organization.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await rows()).toEqual(before);
  });

  it('is BAD_USER_INPUT in a query argument, sent as a variable or written in the document', async () => {
    const asVariable = await server.graphql(`query($name: String) { researchers(filter: { name: $name }) { totalCount } }`, { name: 'a\u0000' });
    expect(asVariable.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const inDocument = await server.graphql(`{ researchers(filter: { name: "a\\u0000" }) { totalCount } }`);
    expect(inDocument.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // graphql-js's parser refuses a lone surrogate escape itself.
    const surrogate = await server.graphql(`{ call(code: "\\ud800") { id } }`);
    expect(surrogate.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_PARSE_FAILED)$/);
    const nulCode = await server.graphql(`query($code: String!) { call(code: $code) { id } }`, { code: '\u0000' });
    expect(nulCode.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // Text that is merely unusual is fine.
    const emoji = await server.graphql(`query($name: String) { researchers(filter: { name: $name }) { totalCount } }`, { name: '😀 名前' });
    expect(emoji.errors).toBeUndefined();
  });

  it('rejects that one record of a sync batch, and applies the others', async () => {
    const before = await server.db.prisma.proposal.count();
    const leadOrganization = { id: gid('Organization', (await server.db.prisma.organization.findFirstOrThrow({ where: { country: { code: 'JP' } } })).id) };
    const proposal = (externalId: string, titleEn: string) => ({ proposal: { externalId, titleEn, fieldCode: 'BIO', leadOrganization } });
    const response = await server.graphql(
      `mutation($input: SyncRecordsInput!) { syncRecords(input: $input) { batch { results { externalId status userErrors { code field } } } userErrors { code } } }`,
      {
        input: {
          idempotencyKey: 'nul-in-a-batch',
          callId: gid('Call', jointCallId),
          records: [proposal('NUL-1', 'Fine'), proposal('NUL-2', 'Not\u0000fine'), proposal('NUL-3\ud800', 'Fine too'), proposal('NUL-4', 'Also fine')],
        },
      },
      bbsrc,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.syncRecords.batch.results).toEqual([
      { externalId: 'NUL-1', status: 'CREATED', userErrors: [] },
      { externalId: 'NUL-2', status: 'REJECTED', userErrors: [{ code: 'INVALID_VALUE', field: ['records', '1', 'proposal', 'titleEn'] }] },
      { externalId: 'NUL-3\ufffd', status: 'REJECTED', userErrors: [{ code: 'INVALID_VALUE', field: ['records', '2', 'proposal', 'externalId'] }] },
      { externalId: 'NUL-4', status: 'CREATED', userErrors: [] },
    ]);
    expect(await server.db.prisma.proposal.count()).toBe(before + 2);
  });
});

describe('malformed cursors', () => {
  const gpc = (chunk: string) => encodeBase64(`GPC:${chunk}`);

  it.each([
    ['a string that is no id', gpc('S:not-a-uuid')],
    ['a number', gpc('N:12')],
    ['a date', gpc('D:1700000000000')],
    ['a tuple with a non-id', gpc('T:["S:x","S:y"]')],
    ['an unknown tag', gpc('Q:1')],
    ['no Pothos cursor at all', encodeBase64('hello')],
    ['an offset beyond reason', encodeBase64('OffsetConnection:99999999999999999999')],
    ['not base64', '!!!'],
  ])('are BAD_USER_INPUT in every connection (%s)', async (_what, cursor) => {
    for (const query of [
      `query($c: String) { proposals(after: $c) { totalCount } }`,
      `query($c: String) { calls(before: $c, last: 2) { totalCount } }`,
      `query($c: String) { fundingAgencies(first: 1) { nodes { calls(after: $c) { totalCount } } } }`,
      `query($c: String) { projects(first: 1) { nodes { team(after: $c) { totalCount } } } }`,
    ]) {
      const response = await server.graphql(query, { c: cursor });
      expect(response.status, query).toBeLessThan(500);
      expect(response.errors?.map((e) => e.extensions?.code), query).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('still take the cursors they hand out', async () => {
    const page = await server.data(`{ proposals(first: 2) { pageInfo { endCursor } } fundingAgencies(first: 1) { nodes { calls(first: 1) { pageInfo { endCursor } } } } }`);
    const next = await server.graphql(`query($a: String, $b: String) { proposals(first: 2, after: $a) { totalCount } fundingAgencies(first: 1) { nodes { calls(after: $b) { totalCount } } } }`, {
      a: page.proposals.pageInfo.endCursor,
      b: page.fundingAgencies.nodes[0].calls.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
  });

  it.each([
    ['beyond int64', Buffer.from('change:9999999999999999999').toString('base64url')],
    ['just beyond int64', Buffer.from('change:9223372036854775808').toString('base64url')],
    ['negative', Buffer.from('change:-1').toString('base64url')],
    ['not a number', Buffer.from('change:abc').toString('base64url')],
    ['raw digits', '12'],
  ])('in the change feed are BAD_USER_INPUT (%s)', async (_what, since) => {
    for (const query of [`query($s: String) { changes(since: $s) { cursor } }`, `query($s: String, $r: ID!) { auditTrail(recordId: $r, since: $s) { cursor } }`]) {
      const response = await server.graphql(query, { s: since, r: soloDraft.id });
      expect(response.errors?.map((e) => e.extensions?.code), query).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('the largest position is still a cursor', async () => {
    const since = Buffer.from('change:9223372036854775807').toString('base64url');
    const response = await server.graphql(`query($s: String) { changes(since: $s) { hasMore } }`, { s: since });
    expect(response.errors).toBeUndefined();
    expect(response.data!.changes.hasMore).toBe(false);
  });
});

describe('persisted operation hashes', () => {
  const send = async (sha256Hash: string) => {
    const response = await server.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: response.status, codes: body.errors?.map((e) => e.extensions?.code), messages: body.errors?.map((e) => e.message) };
  };

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__'])('named like an object property (%s) are unknown, as any other', async (hash) => {
    // The server's answer to a hash it does not know (its code is documented in the README's table).
    const unknown = await send('0'.repeat(64));
    expect(unknown.codes).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(unknown.status).toBeLessThan(500);
    expect(await send(hash)).toEqual(unknown);
  });
});

describe('the lead agency', () => {
  it('is not an agency: an AGENCY key of JST sees no solo-call draft and edits none', async () => {
    const before = await rows();
    const edit = await mutate(server, 'updateProposal', 'proposal', 'id titleEn', { ...soloDraft, titleEn: 'Edited by an agency key' }, jstAgency);
    expect(edit.errors).toBeUndefined();
    expect(edit.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
    const read = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: soloDraft.id }, jstAgency);
    expect(read.data?.node).toBeNull();
    const feed = await server.graphql(`{ changes(first: 5) { events { recordId } } }`, {}, jstAgency);
    expect(feed.data?.changes.events).toEqual([]);
    expect(await rows()).toEqual(before);
  });

  it('gets no AGENCY key from the CLI: staff keys are for it', async () => {
    const keys = await server.db.prisma.apiKey.count();
    await expect(runCli(['key', 'create', '--role', 'AGENCY', '--agency', 'JST', '--name', 'x'], server.db.prisma, () => {})).rejects.toThrow(/JST leads calls: its people use STAFF keys/);
    expect(await server.db.prisma.apiKey.count()).toBe(keys);
  });
});

describe('ORCID iDs and ROR ids', () => {
  it('with a wrong check digit are INVALID_VALUE wherever they are given, writing nothing', async () => {
    const before = await rows();
    const researcher = await mutate(server, 'createResearcher', 'researcher', 'id', { nameEn: 'Wrong check', careerStage: 'RESEARCHER', orcid: '0000-0002-1825-0098' });
    expect(researcher.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', field: ['orcid'] })]);
    const organization = await mutate(server, 'createOrganization', 'organization', 'id', { nameEn: 'Wrong ROR', kind: 'UNIVERSITY', countryId, rorId: '04ksd4g48' });
    expect(organization.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', field: ['rorId'] })]);
    const response = await server.graphql(
      `mutation($input: SyncRecordsInput!) { syncRecords(input: $input) { batch { results { status userErrors { code field } } } } }`,
      {
        input: {
          idempotencyKey: 'bad-identifiers',
          callId: gid('Call', jointCallId),
          records: [
            { proposal: { externalId: 'ROR-1', titleEn: 'x', fieldCode: 'BIO', leadOrganization: { rorId: '04ksd4g48', nameEn: 'x', countryCode: 'JP', kind: 'UNIVERSITY' } } },
            { mobility: { externalId: 'ORCID-1', proposalExternalId: 'ROR-1', researcher: { orcid: '0000-0002-1825-0098' }, direction: 'DISPATCHED', countryCode: 'GB', startsOn: '2026-01-01', endsOn: '2026-02-01', purpose: 'x' } },
          ],
        },
      },
      bbsrc,
    );
    expect(response.data!.syncRecords.batch.results.map((r: { userErrors: unknown[] }) => r.userErrors[0])).toEqual([
      { code: 'INVALID_VALUE', field: ['records', '0', 'proposal', 'leadOrganization', 'rorId'] },
      expect.objectContaining({ field: expect.arrayContaining(['records', '1', 'mobility']) }),
    ]);
    expect(await rows()).toEqual(before);
  });
});

describe('found by the fuzz test', () => {
  it('counts the calls of an agency and of a field without reading their nodes', async () => {
    const response = await server.graphql(`{ fundingAgency(code: "JST") { calls { totalCount } } researchFields(first: 1) { nodes { calls { totalCount } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.fundingAgency.calls.totalCount).toBeGreaterThan(0);
  });
});
