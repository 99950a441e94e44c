// Any mutation sent with an Idempotency-Key header: a retry is answered from the first time and
// writes nothing; the same key with another request is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';
import { gid } from './support/writes.js';

let server: TestServer;
let institution: Record<string, string>;
let orgId: string;

beforeAll(async () => {
  server = await createTestServer();
  orgId = (await server.db.prisma.organization.findFirstOrThrow({ where: { country: { code: 'JP' } } })).id;
  institution = await server.headersFor({ role: 'INSTITUTION', organizationId: orgId });
});
afterAll(() => server.close());

const CREATE = `mutation($input: CreateResearcherInput!) { createResearcher(input: $input) { researcher { id nameEn version } userErrors { code field } } }`;
const input = (nameEn: string) => ({ nameEn, careerStage: 'DOCTORAL_STUDENT', organizationId: gid('Organization', orgId) });

async function counts() {
  const p = server.db.prisma;
  return { researchers: await p.researcher.count(), events: await p.changeEvent.count() };
}

describe('Idempotency-Key', () => {
  it('answers a retry from the first time, writing nothing more', async () => {
    const headers = { ...institution, 'idempotency-key': 'new-student-1' };
    const first = await server.data(CREATE, { input: input('Hanako Retry') }, headers);
    const after = await counts();
    const again = await server.data(CREATE, { input: input('Hanako Retry') }, headers);
    expect(again).toEqual(first);
    expect(await counts()).toEqual(after);
  });

  it('refuses the same key with another request, and leaves keys without effect on requests without one', async () => {
    const headers = { ...institution, 'idempotency-key': 'new-student-2' };
    await server.data(CREATE, { input: input('Taro Once') }, headers);
    const before = await counts();
    const other = await server.graphql(CREATE, { input: input('Jiro Other') }, headers);
    expect(other.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await counts()).toEqual(before);
    // Without a key, the same request twice is two writes: clients that retry send a key.
    await server.data(CREATE, { input: input('Saburo Twice') }, institution);
    await server.data(CREATE, { input: input('Saburo Twice') }, institution);
    expect((await counts()).researchers).toBe(before.researchers + 2);
  });

  it('keeps each mutation field of a request apart, and replays them all', async () => {
    const both = `mutation($a: CreateResearcherInput!, $b: CreateResearcherInput!) {
      a: createResearcher(input: $a) { researcher { id nameEn } }
      b: createResearcher(input: $b) { researcher { id nameEn } }
    }`;
    const headers = { ...institution, 'idempotency-key': 'two-students' };
    const variables = { a: input('Ichiro Pair'), b: input('Jiro Pair') };
    const first = await server.data(both, variables, headers);
    expect(first.a.researcher.nameEn).toBe('Ichiro Pair');
    expect(first.b.researcher.nameEn).toBe('Jiro Pair');
    const before = await counts();
    expect(await server.data(both, variables, headers)).toEqual(first);
    expect(await counts()).toEqual(before);
  });

  it('does not store a refusal: it wrote nothing, and the corrected request may use the key', async () => {
    const headers = { ...institution, 'idempotency-key': 'fix-me' };
    const refused = await server.data(CREATE, { input: { ...input('Shiro Orcid'), orcid: '1234' } }, headers);
    expect(refused.createResearcher.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_VALUE']);
    const fixed = await server.data(CREATE, { input: input('Shiro Orcid') }, headers);
    expect(fixed.createResearcher.userErrors).toEqual([]);
  });
});
