// Writing never widens what a caller may read: naming a researcher on a team (a draft, a project,
// an agency's sync) opens none of their record's personal fields. What the application says of a
// member is the membership's own declaration, read with the proposal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Researcher } from '../src/generated/prisma/client.js';
import { createTestServer, type TestServer } from './support/server.js';
import { gid, mutate, rowId } from './support/writes.js';

let server: TestServer;
let institution: Record<string, string>;
let bbsrc: Record<string, string>;
/** A researcher of the institution's own organisation, and one of another Japanese organisation. */
let own: Researcher;
let other: Researcher;
let soloCallId: string;
let jointCallId: string;
let fieldId: string;

const PERSONAL = 'eradNumber careerStage degreeYear';
const TEAM = `team(first: 50) { nodes { careerStage degreeYear researcher { id ${PERSONAL} } } }`;

beforeAll(async () => {
  server = await createTestServer();
  const p = server.db.prisma;
  const withRecord = { eradNumber: { not: null }, degreeYear: { not: null }, organization: { country: { code: 'JP' } } };
  own = await p.researcher.findFirstOrThrow({ where: withRecord, orderBy: { id: 'asc' } });
  other = await p.researcher.findFirstOrThrow({ where: { ...withRecord, organizationId: { not: own.organizationId } }, orderBy: { id: 'asc' } });
  institution = await server.headersFor({ role: 'INSTITUTION', organizationId: own.organizationId! });
  const agency = await p.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  bbsrc = await server.headersFor({ role: 'AGENCY', agencyId: agency.id });
  const joint = await p.call.findFirstOrThrow({ where: { kind: 'JOINT', agencies: { some: { agencyId: agency.id, role: 'PARTNER' } } }, include: { fields: true } });
  jointCallId = joint.id;
  const solo = await p.call.findFirstOrThrow({ where: { kind: 'SOLO' }, include: { fields: true }, orderBy: { fiscalYear: 'asc' } });
  soloCallId = solo.id;
  fieldId = solo.fields[0]?.fieldId ?? (await p.researchField.findFirstOrThrow()).id;
});
afterAll(() => server.close());

type Member = { careerStage: string | null; degreeYear: number | null; researcher: { id: string; eradNumber: string | null; careerStage: string | null; degreeYear: number | null } };
const memberOf = (team: { nodes: Member[] }, researcher: Researcher) => team.nodes.find((m) => rowId(m.researcher.id) === researcher.id)!;
const hidden = { eradNumber: null, careerStage: null, degreeYear: null };

async function readLater(headers: Record<string, string>, researcher: Researcher) {
  const { data } = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Researcher { ${PERSONAL} } } }`, { id: gid('Researcher', researcher.id) }, headers);
  return data?.node as Record<string, unknown> | null;
}

describe('an institution naming another organisation’s researcher on its team', () => {
  it('reads none of their record from createProposal’s answer, nor later', async () => {
    const { result, userErrors } = await mutate(server, 'createProposal', 'proposal', `id ${TEAM}`, {
      callId: gid('Call', soloCallId),
      fieldId: gid('ResearchField', fieldId),
      titleEn: 'Naming a stranger',
      team: [
        { researcherId: gid('Researcher', own.id), role: 'PI' },
        { researcherId: gid('Researcher', other.id), role: 'CO_PI' },
      ],
    }, institution);
    expect(userErrors).toEqual([]);
    const stranger = memberOf(result!.team, other);
    expect(stranger.researcher).toMatchObject(hidden);
    // Not declared, and not copied from a record the writer may not read.
    expect([stranger.careerStage, stranger.degreeYear]).toEqual([null, null]);
    // Its own researcher's record is the default declaration.
    const mine = memberOf(result!.team, own);
    expect(mine.researcher).toMatchObject({ eradNumber: own.eradNumber, careerStage: own.careerStage, degreeYear: own.degreeYear });
    expect([mine.careerStage, mine.degreeYear]).toEqual([own.careerStage, own.degreeYear]);

    expect(await readLater(institution, other)).toMatchObject(hidden);
    const { data } = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Proposal { ${TEAM} } } }`, { id: result!.id }, institution);
    expect(memberOf(data!.node.team, other).researcher).toMatchObject(hidden);
  });

  it('reads the declaration it makes, and still not the record (updateProposal)', async () => {
    const created = await mutate(server, 'createProposal', 'proposal', 'id version', {
      callId: gid('Call', soloCallId),
      fieldId: gid('ResearchField', fieldId),
      titleEn: 'Declaring a member',
      team: [{ researcherId: gid('Researcher', own.id), role: 'PI' }],
    }, institution);
    const { result, userErrors } = await mutate(server, 'updateProposal', 'proposal', TEAM, {
      id: created.result!.id,
      version: created.result!.version,
      team: [
        { researcherId: gid('Researcher', own.id), role: 'PI' },
        { researcherId: gid('Researcher', other.id), role: 'CO_PI', careerStage: 'DOCTORAL_STUDENT', degreeYear: 2024 },
      ],
    }, institution);
    expect(userErrors).toEqual([]);
    const stranger = memberOf(result!.team, other);
    expect([stranger.careerStage, stranger.degreeYear]).toEqual(['DOCTORAL_STUDENT', 2024]);
    expect(stranger.researcher).toMatchObject(hidden);
    expect(await readLater(institution, other)).toMatchObject(hidden);
    // The researcher's own institution still reads the record as it is.
    const theirs = await server.headersFor({ role: 'INSTITUTION', organizationId: other.organizationId! });
    expect(await readLater(theirs, other)).toEqual({ eradNumber: other.eradNumber, careerStage: other.careerStage, degreeYear: other.degreeYear });
  });

  it('refuses a declared degree year in the future, writing nothing', async () => {
    const before = await server.db.prisma.proposal.count();
    const { result, userErrors } = await mutate(server, 'createProposal', 'proposal', 'id', {
      callId: gid('Call', soloCallId),
      fieldId: gid('ResearchField', fieldId),
      titleEn: 'From the future',
      team: [{ researcherId: gid('Researcher', own.id), role: 'PI', degreeYear: 2099 }],
    }, institution);
    expect(result).toBeNull();
    expect(userErrors).toContainEqual(expect.objectContaining({ code: 'INVALID_VALUE', field: ['team', '0', 'degreeYear'] }));
    expect(await server.db.prisma.proposal.count()).toBe(before);
  });
});

describe('a partner agency', () => {
  const SYNC = `mutation($input: SyncRecordsInput!) { syncRecords(input: $input) { batch { rejected results { status userErrors { code field } record { id } } } userErrors { code } } }`;

  it.each([
    ['our id', (): Record<string, unknown> => ({ id: gid('Researcher', other.id) })],
    ['ORCID', (): Record<string, unknown> => ({ orcid: other.orcid ?? expect.fail('the demo researcher has no ORCID') })],
  ])('syncing a Japan-affiliated researcher (by %s) as a partner-side member is rejected and reads nothing', async (_by, researcher) => {
    const p = server.db.prisma;
    const count = async () => ({ members: await p.teamMember.count(), links: await p.externalId.count(), events: await p.changeEvent.count() });
    const before = await count();
    const response = await server.graphql(SYNC, {
      input: {
        idempotencyKey: `japan-${_by}`,
        callId: gid('Call', jointCallId),
        records: [
          { proposal: { externalId: `JP-${_by}`, titleEn: 'A proposal', fieldCode: 'BIO', leadOrganization: { id: gid('Organization', own.organizationId!) } } },
          {
            teamMember: {
              externalId: `JP-M-${_by}`,
              proposalExternalId: `JP-${_by}`,
              role: 'INVITED_RESEARCHER',
              researcher: { externalId: `JP-R-${_by}`, ...researcher() },
              organization: { rorId: null, nameEn: 'Somewhere in the UK', countryCode: 'GB', kind: 'UNIVERSITY', externalId: `UK-${_by}` },
            },
          },
        ],
      },
    }, bbsrc);
    expect(response.errors).toBeUndefined();
    const [, member] = response.data!.syncRecords.batch.results;
    expect(member).toEqual({ status: 'REJECTED', userErrors: [{ code: 'AFFILIATED_IN_JAPAN', field: ['records', '1', 'teamMember', 'researcher'] }], record: null });
    const after = await count();
    // The proposal record of the batch applied (one member fewer than a success would leave).
    expect(after.members).toBe(before.members);
    expect(await readLater(bbsrc, other)).not.toMatchObject({ eradNumber: other.eradNumber });
  });

  it('reads the declaration of its calls’ Japan-side members, never their records', async () => {
    const member = await server.db.prisma.teamMember.findFirstOrThrow({
      where: { side: 'JAPAN', proposal: { callId: jointCallId }, researcher: { eradNumber: { not: null } } },
      include: { researcher: true },
    });
    const { data } = await server.graphql(`query($id: ID!) { node(id: $id) { ... on TeamMember { careerStage degreeYear researcher { ${PERSONAL} } } } }`, { id: gid('TeamMember', member.id) }, bbsrc);
    expect(data!.node).toEqual({ careerStage: member.careerStage, degreeYear: member.degreeYear, researcher: hidden });
    expect(member.careerStage).toBe(member.researcher.careerStage);
  });
});
