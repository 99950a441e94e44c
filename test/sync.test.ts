// Partner sync against the real database: external ids, the idempotent batch, per-record results,
// the change feed with its cursors and tombstones, and two writers on one record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';
import { gid, rowId } from './support/writes.js';

let server: TestServer;
let bbsrc: Record<string, string>;
let ukri: Record<string, string>;
let institution: Record<string, string>;
let callId: string;
let otherCallId: string;
let leadOrgId: string;
/** A demo proposal of the joint call that was adopted, under BBSRC's own id. */
let adoptedExternalId: string;
let seq = 0;
const key = () => `test-batch-${++seq}`;

beforeAll(async () => {
  server = await createTestServer();
  const p = server.db.prisma;
  const agency = await p.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  const call = await p.call.findFirstOrThrow({ where: { kind: 'JOINT', agencies: { some: { agencyId: agency.id, role: 'PARTNER' } } } });
  callId = call.id;
  otherCallId = (await p.call.findFirstOrThrow({ where: { kind: 'SOLO' } })).id;
  leadOrgId = (await p.organization.findFirstOrThrow({ where: { country: { code: 'JP' } } })).id;
  const adopted = await p.externalId.findFirstOrThrow({ where: { agencyId: agency.id, entity: 'PROPOSAL', externalId: { startsWith: 'DEMO-' } }, orderBy: { externalId: 'asc' } });
  expect(await p.project.count({ where: { proposalId: adopted.recordId } })).toBe(1);
  adoptedExternalId = adopted.externalId;
  bbsrc = await server.headersFor({ role: 'AGENCY', agencyId: agency.id });
  ukri = await server.headersFor({ role: 'AGENCY', agencyId: (await p.fundingAgency.findUniqueOrThrow({ where: { code: 'UKRI' } })).id });
  institution = await server.headersFor({ role: 'INSTITUTION', organizationId: leadOrgId });
});
afterAll(() => server.close());

const SYNC = `mutation($input: SyncRecordsInput!) {
  syncRecords(input: $input) {
    batch { replayed created updated unchanged rejected results { index type externalId status version userErrors { field code message } record { id ... on Proposal { titleEn version externalId } ... on TeamMember { role externalId } } } }
    userErrors { field code message }
  }
}`;

interface Result {
  index: number;
  type: string;
  externalId: string;
  status: string;
  version: number | null;
  userErrors: { field: string[]; code: string; message: string }[];
  record: { id: string; titleEn?: string; version?: number; externalId?: string | null } | null;
}

async function sync(records: Record<string, unknown>[], options: { key?: string; headers?: Record<string, string>; call?: string } = {}) {
  const res = await server.graphql(SYNC, { input: { idempotencyKey: options.key ?? key(), callId: gid('Call', options.call ?? callId), records } }, options.headers ?? bbsrc);
  return { ...res, payload: res.data?.syncRecords as { batch: null | { replayed: boolean; created: number; updated: number; unchanged: number; rejected: number; results: Result[] }; userErrors: { code: string }[] } | undefined };
}

const proposal = (externalId: string, extra: Record<string, unknown> = {}) => ({
  proposal: { externalId, titleEn: `Engineering biology ${externalId}`, fieldCode: 'BIO', partnerCountryCodes: ['GB'], leadOrganization: { id: gid('Organization', leadOrgId) }, ...extra },
});
const member = (externalId: string, proposalExternalId: string, researcher: string, extra: Record<string, unknown> = {}) => ({
  teamMember: {
    externalId,
    proposalExternalId,
    role: 'UK_PROJECT_LEAD',
    researcher: {
      externalId: researcher,
      nameEn: `Researcher ${researcher}`,
      careerStage: 'RESEARCHER',
      organization: { externalId: `ORG-${researcher}`, nameEn: `University of ${researcher}`, countryCode: 'GB', kind: 'UNIVERSITY' },
    },
    letterOfIntent: { receivedOn: '2026-10-01', program: 'BBSRC responsive mode' },
    ...extra,
  },
});

/** Rows and change events: what a refused or replayed request must leave as it was. */
async function state() {
  const p = server.db.prisma;
  return {
    proposals: await p.proposal.count(),
    members: await p.teamMember.count(),
    researchers: await p.researcher.count(),
    organizations: await p.organization.count(),
    externalIds: await p.externalId.count(),
    events: await p.changeEvent.count(),
    versions: (await p.proposal.aggregate({ _sum: { version: true } }))._sum.version,
  };
}

describe('the batch', () => {
  it('creates records under the agency’s ids, a later record naming an earlier one of the same batch', async () => {
    const { payload } = await sync([proposal('P-1'), member('M-1', 'P-1', 'R-1'), member('M-2', 'P-1', 'R-2', { role: 'INVITED_RESEARCHER', letterOfIntent: null })]);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.batch).toMatchObject({ replayed: false, created: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(payload?.batch?.results.map((r) => [r.type, r.externalId, r.status])).toEqual([
      ['PROPOSAL', 'P-1', 'CREATED'],
      ['TEAM_MEMBER', 'M-1', 'CREATED'],
      ['TEAM_MEMBER', 'M-2', 'CREATED'],
    ]);
    expect(payload?.batch?.results[0]?.record).toMatchObject({ titleEn: 'Engineering biology P-1', externalId: 'P-1' });
    const found = await server.data(`query { byExternalId(type: PROPOSAL, externalId: "P-1") { id ... on Proposal { team { totalCount } } } }`, {}, bbsrc);
    expect(found.byExternalId).toEqual({ id: payload?.batch?.results[0]?.record?.id, team: { totalCount: 2 } });
    // Another agency's ids are its own: BBSRC's P-1 means nothing to UKRI.
    const other = await server.data(`query { byExternalId(type: PROPOSAL, externalId: "P-1") { id } }`, {}, ukri);
    expect(other.byExternalId).toBeNull();
  });

  it('answers a retry with the same key from the first answer, writing nothing; refuses the key with another body', async () => {
    const records = [proposal('P-2')];
    const first = await sync(records, { key: 'retry-me' });
    expect(first.payload?.batch?.created).toBe(1);
    const before = await state();
    const again = await sync(records, { key: 'retry-me' });
    expect(again.payload?.batch).toMatchObject({ replayed: true, created: 1 });
    expect(again.payload?.batch?.results[0]?.record?.id).toBe(first.payload?.batch?.results[0]?.record?.id);
    const reused = await sync([proposal('P-2', { titleEn: 'Something else' })], { key: 'retry-me' });
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await state()).toEqual(before);
  });

  it('says per record: unchanged when sent again, updated with the version, rejected without it', async () => {
    const created = (await sync([proposal('P-3')])).payload!.batch!.results[0]!;
    const before = await state();
    const same = await sync([proposal('P-3')]);
    expect(same.payload?.batch?.results[0]).toMatchObject({ status: 'UNCHANGED', version: created.version });
    expect(await state()).toEqual(before);

    const noVersion = await sync([proposal('P-3', { titleEn: 'Renamed' })]);
    expect(noVersion.payload?.batch?.results[0]).toMatchObject({ status: 'REJECTED', userErrors: [{ code: 'VERSION_REQUIRED', field: ['records', '0', 'proposal', 'version'] }] });
    const stale = await sync([proposal('P-3', { titleEn: 'Renamed', version: created.version! - 1 })]);
    expect(stale.payload?.batch?.results[0]?.userErrors[0]?.code).toBe('VERSION_CONFLICT');
    expect(await state()).toEqual({ ...before, events: before.events });

    const renamed = await sync([proposal('P-3', { titleEn: 'Renamed', version: created.version })]);
    expect(renamed.payload?.batch?.results[0]).toMatchObject({ status: 'UPDATED', version: created.version! + 1, record: { titleEn: 'Renamed' } });
  });

  it('applies the valid records of a partly invalid batch and leaves no trace of the rejected ones', async () => {
    const before = await state();
    const { payload } = await sync([
      proposal('P-4'),
      proposal('P-5', { fieldCode: 'ALCHEMY' }),
      member('M-3', 'P-5', 'R-3'),
      member('M-4', 'P-4', 'R-4', { role: 'PI' }),
      member('M-5', 'P-4', 'R-5'),
      proposal('P-6', { partnerCountryCodes: ['GB', 'XX'] }),
    ]);
    expect(payload?.batch?.results.map((r) => [r.externalId, r.status, r.userErrors.map((e) => [e.code, e.field.join('.')])])).toEqual([
      ['P-4', 'CREATED', []],
      ['P-5', 'REJECTED', [['NOT_FOUND', 'records.1.proposal.fieldCode']]],
      ['M-3', 'REJECTED', [['NOT_FOUND', 'records.2.teamMember.proposalExternalId']]],
      ['M-4', 'REJECTED', [['INVALID_VALUE', 'records.3.teamMember.role']]],
      ['M-5', 'CREATED', []],
      ['P-6', 'REJECTED', [['NOT_FOUND', 'records.5.proposal.partnerCountryCodes.1']]],
    ]);
    // Two records applied: a proposal and a member (with the researcher and organisation it brought).
    const after = await state();
    expect({ proposals: after.proposals - before.proposals, members: after.members - before.members, researchers: after.researchers - before.researchers }).toEqual({ proposals: 1, members: 1, researchers: 1 });
  });

  it('leaves no trace of a rejected record that wrote before it failed, and applies the records around it once', async () => {
    const before = await state();
    // R-JP is created with its organisation in Japan before the member is refused for it.
    const inJapan = member('M-JP', 'P-RUN', 'R-JP');
    Object.assign(inJapan.teamMember.researcher.organization, { countryCode: 'JP' });
    const { payload } = await sync([proposal('P-RUN'), member('M-RUN-1', 'P-RUN', 'R-RUN-1'), inJapan, member('M-RUN-2', 'P-RUN', 'R-RUN-2'), proposal('P-RUN')]);
    expect(payload?.batch?.results.map((r) => [r.externalId, r.status, r.userErrors.map((e) => [e.code, e.field.join('.')])])).toEqual([
      ['P-RUN', 'CREATED', []],
      ['M-RUN-1', 'CREATED', []],
      ['M-JP', 'REJECTED', [['AFFILIATED_IN_JAPAN', 'records.2.teamMember.researcher']]],
      ['M-RUN-2', 'CREATED', []],
      ['P-RUN', 'UNCHANGED', []],
    ]);
    const after = await state();
    // Each applied record once, with one change event each (and the researchers' and organisations').
    expect({
      proposals: after.proposals - before.proposals,
      members: after.members - before.members,
      researchers: after.researchers - before.researchers,
      organizations: after.organizations - before.organizations,
      externalIds: after.externalIds - before.externalIds,
      events: after.events - before.events,
    }).toEqual({ proposals: 1, members: 2, researchers: 2, organizations: 2, externalIds: 7, events: 7 });
    const results = payload!.batch!.results;
    expect(results[4]!.version).toBe(results[0]!.version);
    const proposalId = rowId(results[0]!.record!.id);
    expect(await server.db.prisma.changeEvent.count({ where: { recordId: proposalId } })).toBe(1);
    expect(await server.db.prisma.teamMember.count({ where: { proposalId } })).toBe(2);
  });

  it('reports outcomes of an adopted proposal’s project for the partner side, and refuses them before adoption', async () => {
    const { payload } = await sync([
      { outcome: { externalId: 'O-1', proposalExternalId: adoptedExternalId, kind: 'CO_AUTHORED_PAPER', occurredOn: '2026-06-01', title: 'A joint paper', doi: '10.1234/joint.1' } },
      { outcome: { externalId: 'O-2', proposalExternalId: 'P-1', kind: 'WORKSHOP', occurredOn: '2026-06-01', title: 'Too early' } },
    ]);
    expect(payload?.batch?.results.map((r) => [r.status, r.userErrors.map((e) => e.code)])).toEqual([['CREATED', []], ['REJECTED', ['INVALID_TRANSITION']]]);
    const outcome = await server.db.prisma.outcome.findFirstOrThrow({ where: { title: 'A joint paper' } });
    expect(outcome.reportedBySide).toBe('PARTNER');
  });

  it('links the agency’s ids to records made elsewhere, then decides, adopts and reports mobility by them', async () => {
    const p = server.db.prisma;
    // A proposal of the joint call that passed document review, as the review leaves it.
    const partner = await p.teamMember.findFirstOrThrow({ where: { side: 'PARTNER', proposal: { callId } } });
    const { createProposal } = await server.data(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } } }`,
      { input: { callId: gid('Call', callId), fieldId: gid('ResearchField', (await p.researchField.findUniqueOrThrow({ where: { code: 'BIO' } })).id), titleEn: 'In interview', leadOrganizationId: gid('Organization', leadOrgId), team: [{ researcherId: gid('Researcher', partner.researcherId), role: 'UK_PROJECT_LEAD' }] } },
    );
    const proposalId = rowId(createProposal.proposal.id);
    await p.proposal.update({ where: { id: proposalId }, data: { status: 'INTERVIEW', submittedAt: new Date('2024-04-16T09:00:00Z'), decisions: { create: { stage: 'DOCUMENT_REVIEW', result: 'PASSED', decidedAt: new Date('2024-07-01T00:00:00Z') } } } });
    const inInterview = await p.proposal.findUniqueOrThrow({ where: { id: proposalId }, include: { team: true } });
    const link = (recordId: string, externalId: string, headers = bbsrc) =>
      server.graphql(`mutation($input: LinkExternalIdsInput!) { linkExternalIds(input: $input) { linked { links { type externalId record { id } } } userErrors { code field } } }`, { input: { links: [{ recordId, externalId }] } }, headers);
    const linked = await link(gid('Proposal', inInterview.id), 'P-LINKED');
    expect(linked.data?.linkExternalIds.linked.links).toEqual([{ type: 'PROPOSAL', externalId: 'P-LINKED', record: { id: gid('Proposal', inInterview.id) } }]);
    // One id names one record, and an agency cannot name what it cannot see.
    expect((await link(gid('Proposal', inInterview.id), 'P-OTHER')).data?.linkExternalIds.userErrors).toEqual([{ code: 'ALREADY_EXISTS', field: ['links', '0', 'externalId'] }]);
    const solo = await p.proposal.findFirstOrThrow({ where: { call: { kind: 'SOLO' } } });
    expect((await link(gid('Proposal', solo.id), 'P-SOLO')).data?.linkExternalIds.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['links', '0', 'recordId'] }]);

    const decided = await sync([
      { decision: { externalId: 'D-1', proposalExternalId: 'P-LINKED', stage: 'INTERVIEW', result: 'PASSED', decidedAt: '2024-10-01T10:00:00+09:00' } },
      { decision: { externalId: 'D-2', proposalExternalId: 'P-LINKED', stage: 'FINAL', result: 'ADOPTED', decidedAt: '2024-10-20T10:00:00+09:00' } },
    ]);
    expect(decided.payload?.batch?.results.map((r) => [r.externalId, r.status, r.userErrors])).toEqual([['D-1', 'CREATED', []], ['D-2', 'CREATED', []]]);
    expect(await p.project.count({ where: { proposalId: inInterview.id } })).toBe(1);
    const resent = await sync([
      { decision: { externalId: 'D-2', proposalExternalId: 'P-LINKED', stage: 'FINAL', result: 'ADOPTED' } },
      { decision: { externalId: 'D-2', proposalExternalId: 'P-LINKED', stage: 'FINAL', result: 'REJECTED' } },
    ]);
    expect(resent.payload?.batch?.results.map((r) => [r.status, r.userErrors.map((e) => e.code)])).toEqual([['UNCHANGED', []], ['REJECTED', ['INVALID_TRANSITION']]]);

    const traveller = inInterview.team[0]!;
    const stay = { proposalExternalId: 'P-LINKED', researcher: { id: gid('Researcher', traveller.researcherId) }, direction: 'INVITED', countryCode: 'GB', startsOn: '2025-04-01', endsOn: '2025-06-30', purpose: 'Joint experiments' };
    const stays = await sync([
      { mobility: { externalId: 'S-1', ...stay } },
      { mobility: { externalId: 'S-2', ...stay, endsOn: '2025-03-01' } },
    ]);
    expect(stays.payload?.batch?.results.map((r) => [r.status, r.userErrors.map((e) => [e.code, e.field.join('.')])])).toEqual([
      ['CREATED', []],
      ['REJECTED', [['DATES_OUT_OF_ORDER', 'records.1.mobility.endsOn']]],
    ]);
  });

  it('refuses a call the agency does not co-run, callers that are not agencies, and batches over 500 records', async () => {
    const before = await state();
    const solo = await sync([proposal('P-9')], { call: otherCallId });
    expect(solo.payload).toMatchObject({ batch: null, userErrors: [{ code: 'NOT_PERMITTED' }] });
    const byInstitution = await sync([proposal('P-9')], { headers: institution });
    expect(byInstitution.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const huge = await sync(Array.from({ length: 501 }, (_, i) => proposal(`BIG-${i}`)));
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const twoKinds = await sync([{ ...proposal('P-9'), ...member('M-9', 'P-9', 'R-9') }]);
    expect(twoKinds.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await state()).toEqual(before);
  });
});

const FEED = `query($since: String, $first: Int!) {
  changes(since: $since, first: $first) {
    cursor hasMore
    events { sequence action recordType recordId version externalId record { id ... on Proposal { titleEn version } ... on TeamMember { role version } ... on Outcome { title version } } }
  }
}`;

interface Event {
  sequence: string;
  action: string;
  recordType: string;
  recordId: string;
  version: number;
  externalId: string | null;
  record: { id: string; titleEn?: string; role?: string; title?: string; version: number } | null;
}

/** A consumer of the feed: applies events to its copy, storing the cursor after each page. */
async function follow(headers: Record<string, string>, copy = new Map<string, Event['record']>(), since: string | null = null, first = 7, stopAfterPages = Infinity) {
  let cursor = since;
  let pages = 0;
  for (;;) {
    if (pages++ >= stopAfterPages) return { copy, cursor, stopped: true };
    const { changes } = await server.data(FEED, { since: cursor, first }, headers);
    for (const event of changes.events as Event[]) {
      if (event.action === 'DELETE') copy.delete(event.recordId);
      else copy.set(event.recordId, event.record);
    }
    cursor = changes.cursor;
    if (!changes.hasMore) return { copy, cursor, stopped: false };
  }
}

describe('the change feed', () => {
  it('gives an agency every change of its calls in order, tombstones included, and a consumer ends with the current state', async () => {
    const created = (await sync([{ outcome: { externalId: 'O-DEL', proposalExternalId: adoptedExternalId, kind: 'WORKSHOP', occurredOn: '2026-07-01', title: 'To be deleted' } }])).payload!.batch!.results[0]!;
    const deleted = await server.graphql(
      `mutation($input: DeleteOutcomeInput!) { deleteOutcome(input: $input) { userErrors { code } } }`,
      { input: { id: created.record!.id, version: created.version } },
      bbsrc,
    );
    expect(deleted.data?.deleteOutcome.userErrors).toEqual([]);

    const { copy } = await follow(bbsrc);
    const { changes } = await server.data(FEED, { since: null, first: 500 }, bbsrc);
    const sequences = (changes.events as Event[]).map((e) => BigInt(e.sequence));
    expect(sequences).toEqual([...sequences].sort((a, b) => (a < b ? -1 : 1)));
    const tombstone = (changes.events as Event[]).find((e) => e.action === 'DELETE' && e.recordId === created.record!.id);
    expect(tombstone).toMatchObject({ recordType: 'OUTCOME', externalId: 'O-DEL', record: null });
    expect(copy.has(created.record!.id)).toBe(false);

    // The copy holds exactly the records of the agency's calls that exist now, as they are now.
    const p = server.db.prisma;
    const calls = (await p.callAgency.findMany({ where: { agencyId: (await p.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } })).id } })).map((c) => c.callId);
    const live = [
      ...(await p.proposal.findMany({ where: { callId: { in: calls } }, select: { id: true } })).map((r) => gid('Proposal', r.id)),
      ...(await p.teamMember.findMany({ where: { proposal: { callId: { in: calls } } }, select: { id: true } })).map((r) => gid('TeamMember', r.id)),
      ...(await p.outcome.findMany({ where: { project: { proposal: { callId: { in: calls } } } }, select: { id: true } })).map((r) => gid('Outcome', r.id)),
    ];
    const copied = [...copy.keys()].filter((id) => /^(Proposal|TeamMember|Outcome):/.test(Buffer.from(id, 'base64').toString()));
    expect(copied.sort()).toEqual(live.sort());
    // Another agency's records are not in this feed.
    const solo = await p.proposal.findFirstOrThrow({ where: { call: { kind: 'SOLO' } } });
    expect(copy.has(gid('Proposal', solo.id))).toBe(false);
  });

  it('resumes from a stored cursor to the same state as a consumer that never stopped', async () => {
    const whole = await follow(bbsrc);
    for (const stopAfter of [1, 2, 5]) {
      const stopped = await follow(bbsrc, new Map(), null, 7, stopAfter);
      expect(stopped.stopped).toBe(true);
      // A new process: only the copy and the cursor stored with it survive.
      const resumed = await follow(bbsrc, new Map(stopped.copy), stopped.cursor);
      expect(resumed.copy).toEqual(whole.copy);
      expect(resumed.cursor).toBe(whole.cursor);
    }
    // Nothing new: the stored cursor gives an empty page and stays.
    const { changes } = await server.data(FEED, { since: whole.cursor, first: 10 }, bbsrc);
    expect(changes).toEqual({ cursor: whole.cursor, hasMore: false, events: [] });
  });

  it('is refused to institutions and anonymous callers, and to malformed cursors', async () => {
    expect((await server.graphql(FEED, { first: 1 }, institution)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(FEED, { first: 1 }, { authorization: '' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(FEED, { first: 1, since: 'bogus' }, bbsrc)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(FEED, { first: 501 }, bbsrc)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('two writers on one record', () => {
  it('loses no update: the second writer with the old version is refused, and the feed shows both changes in order', async () => {
    const made = (await sync([proposal('P-RACE')])).payload!.batch!.results[0]!;
    const { cursor } = await follow(bbsrc);
    const staffRename = server.graphql(
      `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { version } userErrors { code } } }`,
      { input: { id: made.record!.id, version: made.version, titleEn: 'Staff title' } },
    );
    const agencyRename = sync([proposal('P-RACE', { titleEn: 'Agency title', version: made.version })]);
    const [byStaff, byAgency] = await Promise.all([staffRename, agencyRename]);
    const staffWon = byStaff.data?.updateProposal.userErrors.length === 0;
    const agencyResult = byAgency.payload!.batch!.results[0]!;
    expect(staffWon).toBe(agencyResult.status === 'REJECTED');
    expect(agencyResult.status === 'REJECTED' ? agencyResult.userErrors[0]?.code : 'VERSION_CONFLICT').toBe('VERSION_CONFLICT');

    // The loser reads again and reapplies: both changes land, in order, each on the version before.
    const current = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: rowId(made.record!.id) } });
    if (staffWon) expect((await sync([proposal('P-RACE', { titleEn: 'Agency title', version: current.version })])).payload?.batch?.updated).toBe(1);
    else {
      const retry = await server.graphql(`mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { userErrors { code } } }`, { input: { id: made.record!.id, version: current.version, titleEn: 'Staff title' } });
      expect(retry.data?.updateProposal.userErrors).toEqual([]);
    }
    const { changes } = await server.data(FEED, { since: cursor, first: 50 }, bbsrc);
    const updates = (changes.events as Event[]).filter((e) => e.recordId === made.record!.id);
    expect(updates.map((e) => [e.action, e.version])).toEqual([['UPDATE', made.version! + 1], ['UPDATE', made.version! + 2]]);
  });
});

describe('a batch written a table at a time', () => {
  /** n proposals, each with its two partner-side members (new researchers at three new organisations), and n outcomes. */
  const batchOf = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => [
      proposal(`${prefix}-P${i}`),
      ...[0, 1].map((m) => ({
        teamMember: {
          externalId: `${prefix}-M${i}-${m}`,
          proposalExternalId: `${prefix}-P${i}`,
          role: m ? 'UK_RESEARCHER_CO_LEAD' : 'UK_PROJECT_LEAD',
          researcher: {
            externalId: `${prefix}-R${i}-${m}`,
            nameEn: `Researcher ${prefix} ${i}.${m}`,
            careerStage: 'RESEARCHER',
            organization: { externalId: `${prefix}-O${i % 3}`, nameEn: `University ${prefix} ${i % 3}`, countryCode: 'GB', kind: 'UNIVERSITY' },
          },
          letterOfIntent: m ? null : { receivedOn: '2024-04-01', program: 'BBSRC' },
        },
      })),
      { outcome: { externalId: `${prefix}-OUT${i}`, proposalExternalId: adoptedExternalId, kind: 'CO_AUTHORED_PAPER', occurredOn: '2025-06-01', title: `Paper ${prefix} ${i}` } },
    ]).flat();

  it('sends as many statements for 400 records as for 40: they grow with the kinds of records, not with their number', async () => {
    const statementsOf = async (records: Record<string, unknown>[]) => {
      const counter = server.countQueries();
      const { payload } = await sync(records);
      counter.stop();
      expect(payload?.batch?.created).toBe(records.length);
      return counter.count;
    };
    const few = await statementsOf(batchOf('SET-A', 10));
    const many = await statementsOf(batchOf('SET-B', 100));
    console.log(`a sync batch: ${few} statements for 40 records, ${many} for 400`);
    expect(many).toBe(few);
    expect(few).toBeLessThan(60);
  });
});
