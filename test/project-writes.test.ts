// Writes on adopted projects and what they report, against the demo data: who may make each,
// every kind of bad input, and that a refused write leaves no trace while a successful one is
// recorded as made by its key.
import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project, TeamMember } from '../src/generated/prisma/client.js';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
const prisma = () => server.db.prisma;
const gid = (type: string, id: string) => encodeGlobalID(type, id);

interface Actor {
  headers: Record<string, string>;
  keyId: string | null;
}
const as: Record<'staff' | 'bbsrc' | 'jst' | 'owner' | 'ukOwner' | 'other' | 'anonymous', Actor> = {
  staff: { headers: {}, keyId: null },
  bbsrc: { headers: {}, keyId: null },
  jst: { headers: {}, keyId: null },
  owner: { headers: {}, keyId: null },
  ukOwner: { headers: {}, keyId: null },
  other: { headers: {}, keyId: null },
  anonymous: { headers: { authorization: '' }, keyId: null },
};

type ProjectWithTeam = Project & { proposal: { leadOrganizationId: string; team: TeamMember[] } };
/** FY2023 solo Top: JST's own call, with one evaluation. */
let solo: ProjectWithTeam;
/** FY2024 Japan–UK joint call, co-run by BBSRC. */
let uk: ProjectWithTeam;
/** A researcher on neither project's team. */
let outsider: { id: string; organizationId: string };

async function project(grantNumber: string): Promise<ProjectWithTeam> {
  return prisma().project.findFirstOrThrow({ where: { grantNumber }, include: { proposal: { select: { leadOrganizationId: true, team: true } } } });
}

async function keyFor(name: string, key: { role: 'STAFF' | 'AGENCY' | 'INSTITUTION'; agencyId?: string; organizationId?: string }): Promise<Actor> {
  const headers = await server.headersFor({ name, ...key });
  return { headers, keyId: (await prisma().apiKey.findFirstOrThrow({ where: { name } })).id };
}

beforeAll(async () => {
  server = await createTestServer();
  solo = await project('DEMO-0001');
  uk = await project('DEMO-0009');
  const agencies = await prisma().fundingAgency.findMany();
  const agency = (code: string) => agencies.find((a) => a.code === code)!.id;
  const owners = (p: ProjectWithTeam) => [p.proposal.leadOrganizationId, ...p.proposal.team.filter((m) => m.role === 'PI' || m.role === 'CO_PI').map((m) => m.organizationId)];
  const other = await prisma().organization.findFirstOrThrow({ where: { country: { code: 'JP' }, id: { notIn: [...owners(solo), ...owners(uk)] } } });
  const members = [...solo.proposal.team, ...uk.proposal.team].map((m) => m.researcherId);
  const researcher = await prisma().researcher.findFirstOrThrow({ where: { id: { notIn: members }, organizationId: { not: null }, organization: { country: { code: 'GB' } } } });
  outsider = { id: researcher.id, organizationId: researcher.organizationId! };
  as.staff = await keyFor('pw staff', { role: 'STAFF' });
  as.bbsrc = await keyFor('pw bbsrc', { role: 'AGENCY', agencyId: agency('BBSRC') });
  as.jst = await keyFor('pw jst', { role: 'AGENCY', agencyId: agency('JST') });
  as.owner = await keyFor('pw owner', { role: 'INSTITUTION', organizationId: solo.proposal.leadOrganizationId });
  as.ukOwner = await keyFor('pw uk owner', { role: 'INSTITUTION', organizationId: uk.proposal.leadOrganizationId });
  as.other = await keyFor('pw other', { role: 'INSTITUTION', organizationId: other.id });
});
afterAll(() => server.close());

/** The payload field each mutation returns its record in. */
const RESULT: Record<string, string> = {
  updateProject: 'project',
  recordEvaluation: 'evaluation',
  updateEvaluation: 'evaluation',
  reportOutcome: 'outcome',
  updateOutcome: 'outcome',
  deleteOutcome: 'project',
  reportMobility: 'mobility',
  updateMobility: 'mobility',
  deleteMobility: 'project',
  addPartnerTeamMember: 'teamMember',
  endTeamMembership: 'teamMember',
};

function run(name: string, input: Record<string, unknown>, actor: Actor, selection = 'id version') {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return server.graphql(
    `mutation($input: ${type}!) { ${name}(input: $input) { ${RESULT[name]} { ${selection} } userErrors { field message code } } }`,
    { input },
    actor.headers,
  );
}

/** Everything a write could touch: row counts, version sums (every update bumps one) and the change log. */
async function state() {
  const p = prisma();
  const tally = { _count: { _all: true }, _sum: { version: true } } as const;
  return Promise.all([
    p.changeEvent.count(),
    p.externalId.count(),
    p.project.aggregate(tally),
    p.outcome.aggregate(tally),
    p.mobility.aggregate(tally),
    p.evaluation.aggregate(tally),
    p.teamMember.aggregate(tally),
  ]);
}

const lastSequence = async () => (await prisma().changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n;

/** Runs a write that must succeed: returns its record and the changes it logged, all by the actor's key. */
async function written(name: string, input: Record<string, unknown>, actor: Actor, selection?: string) {
  const since = await lastSequence();
  const res = await run(name, input, actor, selection);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const payload = res.data![name];
  expect(payload.userErrors).toEqual([]);
  const events = await prisma().changeEvent.findMany({ where: { sequence: { gt: since } }, orderBy: { sequence: 'asc' } });
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) expect(event.actorKeyId).toBe(actor.keyId);
  return { result: payload[RESULT[name]!], events };
}

/** Runs a write that must be refused with a userError, and changes nothing. */
async function refused(name: string, input: Record<string, unknown>, actor: Actor, code: string, field?: string[]) {
  const before = await state();
  const res = await run(name, input, actor);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const payload = res.data![name];
  expect(payload.userErrors).toEqual([expect.objectContaining({ code, ...(field ? { field } : {}) })]);
  expect(payload[RESULT[name]!]).toBeNull();
  expect(await state()).toEqual(before);
  return payload.userErrors[0].message as string;
}

/**
 * Runs a write that must fail as a whole with a top-level error, and changes nothing. An unknown
 * enum value is BAD_USER_INPUT too; `message` then checks the error names the value.
 */
async function rejected(name: string, input: Record<string, unknown>, actor: Actor, code: string | { message: RegExp }) {
  const before = await state();
  const res = await run(name, input, actor);
  const expected = typeof code === 'string' ? { extensions: expect.objectContaining({ code }) } : { message: expect.stringMatching(code.message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) };
  expect(res.errors?.[0], JSON.stringify(res.errors)).toMatchObject(expected);
  expect(res.data?.[name] ?? null).toBeNull();
  expect(await state()).toEqual(before);
}

describe('updateProject', () => {
  it('lets staff change the period, status, grant identifiers and re-review flag, and logs it', async () => {
    const suspended = await project('DEMO-0004');
    const { result, events } = await written(
      'updateProject',
      {
        id: gid('Project', suspended.id),
        version: suspended.version,
        startsOn: '2024-03-01',
        endsOn: '2027-02-28',
        status: 'SUSPENDED',
        grantNumber: 'JPMJAP9999',
        grantDoi: 'https://doi.org/10.52926/JPMJAP9999',
        reReviewRequired: true,
        reReviewReason: 'Co-PI moved abroad.',
      },
      as.staff,
      'id version startsOn endsOn status grantNumber grantDoi grantDoiUrl reReviewRequired reReviewReason',
    );
    expect(result).toMatchObject({
      version: suspended.version + 1,
      startsOn: '2024-03-01',
      endsOn: '2027-02-28',
      status: 'SUSPENDED',
      grantNumber: 'JPMJAP9999',
      grantDoi: '10.52926/JPMJAP9999',
      reReviewRequired: true,
      reReviewReason: 'Co-PI moved abroad.',
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ recordType: 'PROJECT', recordId: suspended.id, action: 'UPDATE', version: suspended.version + 1 });
    expect(Object.keys(events[0]!.changes as object).sort()).toEqual(['endsOn', 'grantDoi', 'grantNumber', 'reReviewReason', 'reReviewRequired', 'startsOn', 'status']);

    // Clearing the flag records the re-review as done; the reason goes with it. Null clears a grant number.
    const { result: done } = await written(
      'updateProject',
      { id: gid('Project', suspended.id), version: suspended.version + 1, reReviewRequired: false, status: 'ACTIVE', grantNumber: null },
      as.staff,
      'version status grantNumber grantDoi reReviewRequired reReviewReason',
    );
    expect(done).toEqual({ version: suspended.version + 2, status: 'ACTIVE', grantNumber: null, grantDoi: '10.52926/JPMJAP9999', reReviewRequired: false, reReviewReason: null });
  });

  it('lets a partner agency manage the projects of its joint call, and only those', async () => {
    const { result } = await written('updateProject', { id: gid('Project', uk.id), version: uk.version, grantNumber: 'UK-BB-0009' }, as.bbsrc, 'version grantNumber');
    expect(result).toEqual({ version: uk.version + 1, grantNumber: 'UK-BB-0009' });
    uk.version += 1;
    await refused('updateProject', { id: gid('Project', solo.id), version: solo.version, grantNumber: 'X-1' }, as.bbsrc, 'NOT_PERMITTED', ['id']);
    // JST leads its solo calls as an agency, but runs them through staff: the agency role manages joint calls only.
    await refused('updateProject', { id: gid('Project', solo.id), version: solo.version, grantNumber: 'X-1' }, as.jst, 'NOT_PERMITTED', ['id']);
  });

  it('refuses institutions, even on projects they own (projects are public: NOT_PERMITTED), and anonymous callers', async () => {
    const input = { id: gid('Project', solo.id), version: solo.version, grantNumber: 'X-2' };
    await refused('updateProject', input, as.owner, 'NOT_PERMITTED', ['id']);
    await refused('updateProject', input, as.other, 'NOT_PERMITTED', ['id']);
    await rejected('updateProject', input, as.anonymous, 'FORBIDDEN');
  });

  it('refuses an illegal status change, dates out of order, a taken grant number, a bad DOI and a stale version', async () => {
    const suspended = await project('DEMO-0011');
    const id = gid('Project', suspended.id);
    const message = await refused('updateProject', { id, version: suspended.version, status: 'COMPLETED' }, as.staff, 'INVALID_TRANSITION', ['status']);
    expect(message).toContain('SUSPENDED');
    await refused('updateProject', { id, version: suspended.version, endsOn: '2020-01-01' }, as.staff, 'DATES_OUT_OF_ORDER', ['endsOn']);
    await refused('updateProject', { id, version: suspended.version, startsOn: '2040-01-01' }, as.staff, 'DATES_OUT_OF_ORDER', ['startsOn']);
    await refused('updateProject', { id, version: suspended.version, grantNumber: 'DEMO-0002' }, as.staff, 'ALREADY_EXISTS', ['grantNumber']);
    await refused('updateProject', { id, version: suspended.version, grantDoi: 'not a doi' }, as.staff, 'INVALID_VALUE', ['grantDoi']);
    await refused('updateProject', { id, version: suspended.version, reReviewRequired: true }, as.staff, 'INVALID_VALUE', ['reReviewReason']);
    await refused('updateProject', { id, version: suspended.version, reReviewReason: 'Why not' }, as.staff, 'INVALID_VALUE', ['reReviewReason']);
    await refused('updateProject', { id, version: suspended.version - 1, status: 'ACTIVE' }, as.staff, 'VERSION_CONFLICT', ['version']);
  });

  it('answers a missing project NOT_FOUND, and a wrong-typed or malformed id, an unknown status or too long a grant number as bad input', async () => {
    await refused('updateProject', { id: gid('Project', randomUUID()), version: 1 }, as.staff, 'NOT_FOUND', ['id']);
    await rejected('updateProject', { id: gid('Outcome', randomUUID()), version: 1 }, as.staff, 'BAD_USER_INPUT');
    await rejected('updateProject', { id: 'not-an-id', version: 1 }, as.staff, 'BAD_USER_INPUT');
    await rejected('updateProject', { id: gid('Project', solo.id), version: solo.version, status: 'FINISHED' }, as.staff, { message: /FINISHED/ });
    await rejected('updateProject', { id: gid('Project', solo.id), version: solo.version, grantNumber: 'x'.repeat(65) }, as.staff, 'BAD_USER_INPUT');
  });
});

describe('evaluations', () => {
  it('lets staff record a mid-term evaluation and correct it, and a partner agency record one on its joint call', async () => {
    const { result, events } = await written(
      'recordEvaluation',
      { projectId: gid('Project', uk.id), kind: 'MID_TERM', grade: 'A', evaluatedOn: '2026-06-30', summaryEn: 'On track.' },
      as.staff,
      'id version kind grade evaluatedOn summaryEn project { id }',
    );
    expect(result).toMatchObject({ version: 1, kind: 'MID_TERM', grade: 'A', evaluatedOn: '2026-06-30', summaryEn: 'On track.', project: { id: gid('Project', uk.id) } });
    expect(events).toEqual([expect.objectContaining({ recordType: 'EVALUATION', action: 'CREATE' })]);

    const { result: corrected } = await written('updateEvaluation', { id: result.id, version: 1, grade: 'S', summaryJa: '順調。' }, as.bbsrc, 'version grade summaryJa summaryEn');
    expect(corrected).toEqual({ version: 2, grade: 'S', summaryJa: '順調。', summaryEn: 'On track.' });

    const { result: final } = await written('recordEvaluation', { projectId: gid('Project', uk.id), kind: 'FINAL', grade: 'B+', evaluatedOn: '2028-05-01' }, as.bbsrc, 'kind grade');
    expect(final).toEqual({ kind: 'FINAL', grade: 'B+' });
  });

  it('keeps one evaluation per project and kind, none before the project starts', async () => {
    const existing = await prisma().evaluation.findFirstOrThrow({ where: { projectId: solo.id } });
    await refused('recordEvaluation', { projectId: gid('Project', solo.id), kind: existing.kind, grade: 'A', evaluatedOn: '2026-01-01' }, as.staff, 'ALREADY_EXISTS', ['kind']);
    await refused('recordEvaluation', { projectId: gid('Project', solo.id), kind: 'FINAL', grade: 'A', evaluatedOn: '2000-01-01' }, as.staff, 'DATES_OUT_OF_ORDER', ['evaluatedOn']);
    const other = existing.kind === 'MID_TERM' ? 'FINAL' : 'MID_TERM';
    await written('recordEvaluation', { projectId: gid('Project', solo.id), kind: other, grade: 'A', evaluatedOn: '2029-03-01' }, as.staff);
    await refused('updateEvaluation', { id: gid('Evaluation', existing.id), version: existing.version, kind: other }, as.staff, 'ALREADY_EXISTS', ['kind']);
  });

  it('hides evaluations from those who are no party to the project, and lets only managers change them', async () => {
    const existing = await prisma().evaluation.findFirstOrThrow({ where: { projectId: solo.id } });
    const input = { id: gid('Evaluation', existing.id), version: existing.version, grade: 'C' };
    await refused('updateEvaluation', input, as.other, 'NOT_FOUND', ['id']);
    await refused('updateEvaluation', input, as.bbsrc, 'NOT_FOUND', ['id']);
    await refused('updateEvaluation', input, as.owner, 'NOT_PERMITTED', ['id']);
    await refused('updateEvaluation', input, as.jst, 'NOT_PERMITTED', ['id']);
    await rejected('updateEvaluation', input, as.anonymous, 'FORBIDDEN');
    await refused('recordEvaluation', { projectId: gid('Project', solo.id), kind: 'FINAL', grade: 'A', evaluatedOn: '2029-01-01' }, as.owner, 'NOT_PERMITTED', ['projectId']);
    await refused('recordEvaluation', { projectId: gid('Project', solo.id), kind: 'FINAL', grade: 'A', evaluatedOn: '2029-01-01' }, as.bbsrc, 'NOT_PERMITTED', ['projectId']);
    await refused('updateEvaluation', { ...input, version: existing.version + 5 }, as.staff, 'VERSION_CONFLICT', ['version']);
  });

  it('refuses a missing evaluation, too long a grade, an unknown kind and a wrong-typed project id', async () => {
    await refused('updateEvaluation', { id: gid('Evaluation', randomUUID()), version: 1, grade: 'A' }, as.staff, 'NOT_FOUND', ['id']);
    await refused('recordEvaluation', { projectId: gid('Project', randomUUID()), kind: 'FINAL', grade: 'A', evaluatedOn: '2029-01-01' }, as.staff, 'NOT_FOUND', ['projectId']);
    const base = { projectId: gid('Project', uk.id), kind: 'FINAL', grade: 'A', evaluatedOn: '2029-01-01' };
    await rejected('recordEvaluation', { ...base, grade: 'EXCELLENT' }, as.staff, 'BAD_USER_INPUT');
    await rejected('recordEvaluation', { ...base, kind: 'ANNUAL' }, as.staff, { message: /ANNUAL/ });
    await rejected('recordEvaluation', { ...base, projectId: gid('Call', uk.id) }, as.staff, 'BAD_USER_INPUT');
    await rejected('recordEvaluation', { ...base, evaluatedOn: '2029-13-01' }, as.staff, 'BAD_USER_INPUT');
  });
});

describe('outcomes', () => {
  const paper = { kind: 'CO_AUTHORED_PAPER', occurredOn: '2025-10-01', title: 'A joint paper' };

  it('lets an institution report for the Japan side of a project it owns, and correct and delete what it reported', async () => {
    const { result, events } = await written(
      'reportOutcome',
      { ...paper, projectId: gid('Project', solo.id), doi: 'doi:10.1234/Joint.1', url: 'https://example.org/paper', partnerContributors: ['A. Partner'], attendeeCount: 0 },
      as.owner,
      'id version reportedBySide doi url partnerContributors withPartner attendeeCount project { id }',
    );
    expect(result).toMatchObject({ version: 1, reportedBySide: 'JAPAN', doi: '10.1234/Joint.1', url: 'https://example.org/paper', partnerContributors: ['A. Partner'], withPartner: true, attendeeCount: 0 });
    expect(events).toEqual([expect.objectContaining({ recordType: 'OUTCOME', action: 'CREATE', callId: expect.any(String) })]);

    const { result: corrected } = await written('updateOutcome', { id: result.id, version: 1, title: 'A joint paper, revised', doi: null, partnerContributors: [] }, as.owner, 'version title doi withPartner');
    expect(corrected).toEqual({ version: 2, title: 'A joint paper, revised', doi: null, withPartner: false });

    // BBSRC knows the outcome by an id of its own: the delete's tombstone carries it, and the mapping goes.
    const bbsrc = await prisma().fundingAgency.findFirstOrThrow({ where: { code: 'BBSRC' } });
    const rowId = (await prisma().outcome.findFirstOrThrow({ where: { title: 'A joint paper, revised' } })).id;
    await prisma().externalId.create({ data: { agencyId: bbsrc.id, entity: 'OUTCOME', recordId: rowId, externalId: 'RF-123' } });
    await refused('deleteOutcome', { id: result.id, version: 1 }, as.owner, 'VERSION_CONFLICT', ['version']);
    const { result: parent, events: deleted } = await written('deleteOutcome', { id: result.id, version: 2 }, as.owner, 'id');
    expect(parent).toEqual({ id: gid('Project', solo.id) });
    expect(deleted).toEqual([expect.objectContaining({ recordType: 'OUTCOME', recordId: rowId, action: 'DELETE', version: 2 })]);
    expect((deleted[0]!.changes as Record<string, unknown>).externalIds).toEqual({ BBSRC: 'RF-123' });
    expect(await prisma().outcome.count({ where: { id: rowId } })).toBe(0);
    expect(await prisma().externalId.count({ where: { recordId: rowId } })).toBe(0);
  });

  it('lets a partner agency report for the partner side of its joint call’s projects, and staff for either side', async () => {
    const { result } = await written('reportOutcome', { ...paper, projectId: gid('Project', uk.id), kind: 'WORKSHOP', attendeeCount: 40 }, as.bbsrc, 'id reportedBySide attendeeCount');
    expect(result).toMatchObject({ reportedBySide: 'PARTNER', attendeeCount: 40 });
    const { result: staffs } = await written('reportOutcome', { ...paper, projectId: gid('Project', uk.id), reportedBySide: 'PARTNER' }, as.staff, 'reportedBySide');
    expect(staffs).toEqual({ reportedBySide: 'PARTNER' });
    await refused('reportOutcome', { ...paper, projectId: gid('Project', uk.id) }, as.staff, 'INVALID_VALUE', ['reportedBySide']);

    // Each side changes what it reported.
    await refused('updateOutcome', { id: result.id, version: 1, title: 'Ours now' }, as.ukOwner, 'NOT_PERMITTED', ['id']);
    await refused('deleteOutcome', { id: result.id, version: 1 }, as.ukOwner, 'NOT_PERMITTED', ['id']);
    const { result: updated } = await written('updateOutcome', { id: result.id, version: 1, attendeeCount: 42 }, as.bbsrc, 'version attendeeCount');
    expect(updated).toEqual({ version: 2, attendeeCount: 42 });
    await written('updateOutcome', { id: result.id, version: 2, reportedBySide: 'JAPAN' }, as.staff);
  });

  it('refuses those who do not own the project, a side not theirs, and anonymous callers', async () => {
    const onSolo = { ...paper, projectId: gid('Project', solo.id) };
    await refused('reportOutcome', onSolo, as.other, 'NOT_PERMITTED', ['projectId']);
    await refused('reportOutcome', onSolo, as.bbsrc, 'NOT_PERMITTED', ['projectId']);
    await refused('reportOutcome', onSolo, as.jst, 'NOT_PERMITTED', ['projectId']);
    await refused('reportOutcome', { ...onSolo, reportedBySide: 'PARTNER' }, as.owner, 'NOT_PERMITTED', ['reportedBySide']);
    await refused('reportOutcome', { ...paper, projectId: gid('Project', uk.id), reportedBySide: 'JAPAN' }, as.bbsrc, 'NOT_PERMITTED', ['reportedBySide']);
    await rejected('reportOutcome', onSolo, as.anonymous, 'FORBIDDEN');
    const demo = await prisma().outcome.findFirstOrThrow({ where: { projectId: solo.id, reportedBySide: 'JAPAN' } });
    // Outcomes are public: one the caller may not change is NOT_PERMITTED, not hidden.
    await refused('updateOutcome', { id: gid('Outcome', demo.id), version: demo.version, title: 'Mine' }, as.other, 'NOT_PERMITTED', ['id']);
    await refused('deleteOutcome', { id: gid('Outcome', demo.id), version: demo.version }, as.bbsrc, 'NOT_PERMITTED', ['id']);
    await rejected('deleteOutcome', { id: gid('Outcome', demo.id), version: demo.version }, as.anonymous, 'FORBIDDEN');
  });

  it('refuses bad input: missing ids, a negative count, too long a title, a bad URL or DOI, an unknown kind', async () => {
    const onSolo = { ...paper, projectId: gid('Project', solo.id) };
    await refused('reportOutcome', { ...onSolo, projectId: gid('Project', randomUUID()) }, as.owner, 'NOT_FOUND', ['projectId']);
    await refused('updateOutcome', { id: gid('Outcome', randomUUID()), version: 1, title: 'x' }, as.owner, 'NOT_FOUND', ['id']);
    await refused('deleteOutcome', { id: gid('Outcome', randomUUID()), version: 1 }, as.staff, 'NOT_FOUND', ['id']);
    await refused('reportOutcome', { ...onSolo, doi: 'https://example.org/not-a-doi' }, as.owner, 'INVALID_VALUE', ['doi']);
    await rejected('reportOutcome', { ...onSolo, attendeeCount: -1 }, as.owner, 'BAD_USER_INPUT');
    await rejected('reportOutcome', { ...onSolo, title: 'x'.repeat(1001) }, as.owner, 'BAD_USER_INPUT');
    await rejected('reportOutcome', { ...onSolo, title: '   ' }, as.owner, 'BAD_USER_INPUT');
    await rejected('reportOutcome', { ...onSolo, url: 'javascript:alert(1)' }, as.owner, 'BAD_USER_INPUT');
    await rejected('reportOutcome', { ...onSolo, kind: 'BLOG_POST' }, as.owner, { message: /BLOG_POST/ });
    await rejected('reportOutcome', { ...onSolo, projectId: gid('Mobility', solo.id) }, as.owner, 'BAD_USER_INPUT');
    await rejected('deleteOutcome', { id: gid('Project', solo.id), version: 1 }, as.owner, 'BAD_USER_INPUT');
  });
});

describe('mobility', () => {
  const stay = { direction: 'DISPATCHED', startsOn: '2025-04-01', endsOn: '2026-03-31', purpose: 'One-year stay in the partner lab' };
  let gb: string;
  beforeAll(async () => {
    gb = gid('Country', (await prisma().country.findFirstOrThrow({ where: { code: 'GB' } })).id);
  });
  const traveller = (p: ProjectWithTeam) => p.proposal.team.find((m) => m.side === 'JAPAN' && m.role !== 'PI')!;

  it('lets an owning institution report a team member’s stay (home organisation from the team), correct and delete it', async () => {
    const member = traveller(solo);
    const { result, events } = await written(
      'reportMobility',
      { ...stay, projectId: gid('Project', solo.id), researcherId: gid('Researcher', member.researcherId), countryId: gb, hostOrganizationId: gid('Organization', outsider.organizationId) },
      as.owner,
      'id version direction durationDays purpose homeOrganization { id } hostOrganization { id } country { code } researcher { id }',
    );
    expect(result).toMatchObject({
      version: 1,
      direction: 'DISPATCHED',
      durationDays: 365,
      homeOrganization: { id: gid('Organization', member.organizationId) },
      hostOrganization: { id: gid('Organization', outsider.organizationId) },
      country: { code: 'GB' },
    });
    expect(events).toEqual([expect.objectContaining({ recordType: 'MOBILITY', action: 'CREATE' })]);

    const { result: corrected } = await written('updateMobility', { id: result.id, version: 1, endsOn: '2025-09-30', hostOrganizationId: null }, as.owner, 'version durationDays hostOrganization { id }');
    expect(corrected).toEqual({ version: 2, durationDays: 183, hostOrganization: null });
    await refused('updateMobility', { id: result.id, version: 2, startsOn: '2025-10-01' }, as.owner, 'DATES_OUT_OF_ORDER', ['startsOn']);
    await refused('deleteMobility', { id: result.id, version: 1 }, as.owner, 'VERSION_CONFLICT', ['version']);
    const { events: deleted } = await written('deleteMobility', { id: result.id, version: 2 }, as.owner, 'id');
    expect(deleted).toEqual([expect.objectContaining({ recordType: 'MOBILITY', action: 'DELETE' })]);
  });

  it('lets a partner agency report and correct mobility on its joint call’s projects', async () => {
    const partner = uk.proposal.team.find((m) => m.side === 'PARTNER')!;
    const { result } = await written(
      'reportMobility',
      { ...stay, direction: 'INVITED', projectId: gid('Project', uk.id), researcherId: gid('Researcher', partner.researcherId), countryId: gb },
      as.bbsrc,
      'id direction',
    );
    expect(result.direction).toBe('INVITED');
    await written('updateMobility', { id: result.id, version: 1, purpose: 'Invited for a workshop series' }, as.bbsrc);
  });

  it('hides mobility from those who are no party to the project, and refuses parties who may not change it', async () => {
    const record = await prisma().mobility.findFirstOrThrow({ where: { projectId: solo.id } });
    const input = { id: gid('Mobility', record.id), version: record.version, purpose: 'Changed' };
    await refused('updateMobility', input, as.other, 'NOT_FOUND', ['id']);
    await refused('updateMobility', input, as.bbsrc, 'NOT_FOUND', ['id']);
    await refused('deleteMobility', { id: input.id, version: input.version }, as.other, 'NOT_FOUND', ['id']);
    // JST (as an agency) sees its solo calls' mobility, but reports only on joint calls.
    await refused('updateMobility', input, as.jst, 'NOT_PERMITTED', ['id']);
    await rejected('updateMobility', input, as.anonymous, 'FORBIDDEN');
    const member = traveller(solo);
    const report = { ...stay, projectId: gid('Project', solo.id), researcherId: gid('Researcher', member.researcherId), countryId: gb };
    await refused('reportMobility', report, as.other, 'NOT_PERMITTED', ['projectId']);
    await refused('reportMobility', report, as.bbsrc, 'NOT_PERMITTED', ['projectId']);
    await refused('updateMobility', { ...input, version: record.version + 1 }, as.owner, 'VERSION_CONFLICT', ['version']);
  });

  it('refuses a researcher off the team, dates out of order, missing references and bad input', async () => {
    const member = traveller(solo);
    const report = { ...stay, projectId: gid('Project', solo.id), researcherId: gid('Researcher', member.researcherId), countryId: gb };
    await refused('reportMobility', { ...report, researcherId: gid('Researcher', outsider.id) }, as.owner, 'INVALID_VALUE', ['researcherId']);
    await refused('reportMobility', { ...report, researcherId: gid('Researcher', randomUUID()) }, as.owner, 'NOT_FOUND', ['researcherId']);
    await refused('reportMobility', { ...report, countryId: gid('Country', randomUUID()) }, as.owner, 'NOT_FOUND', ['countryId']);
    await refused('reportMobility', { ...report, homeOrganizationId: gid('Organization', randomUUID()) }, as.owner, 'NOT_FOUND', ['homeOrganizationId']);
    await refused('reportMobility', { ...report, startsOn: '2026-04-01', endsOn: '2026-03-31' }, as.owner, 'DATES_OUT_OF_ORDER', ['endsOn']);
    await refused('updateMobility', { id: gid('Mobility', randomUUID()), version: 1 }, as.owner, 'NOT_FOUND', ['id']);
    await rejected('reportMobility', { ...report, purpose: 'x'.repeat(2001) }, as.owner, 'BAD_USER_INPUT');
    await rejected('reportMobility', { ...report, direction: 'SIDEWAYS' }, as.owner, { message: /SIDEWAYS/ });
    await rejected('reportMobility', { ...report, countryId: gid('Organization', outsider.organizationId) }, as.owner, 'BAD_USER_INPUT');
  });
});

describe('partner-side team', () => {
  const letter = { receivedOn: '2025-05-01', program: 'A partner-country programme', reference: 'LOI-1' };

  it('lets an owning institution add a partner PI with a letter of intent, and end the membership', async () => {
    const { result, events } = await written(
      'addPartnerTeamMember',
      { projectId: gid('Project', solo.id), researcherId: gid('Researcher', outsider.id), role: 'PARTNER_PI', joinedOn: '2025-06-01', letterOfIntent: letter },
      as.owner,
      'id version side role joinedOn leftOn organization { id } letterOfIntent { receivedOn program reference }',
    );
    expect(result).toMatchObject({
      version: 1,
      side: 'PARTNER',
      role: 'PARTNER_PI',
      joinedOn: '2025-06-01',
      leftOn: null,
      organization: { id: gid('Organization', outsider.organizationId) },
      letterOfIntent: letter,
    });
    expect(events).toEqual([expect.objectContaining({ recordType: 'TEAM_MEMBER', action: 'CREATE' })]);
    const team = await server.data(`query($id: ID!) { node(id: $id) { ... on Project { team(first: 50) { nodes { id } } } } }`, { id: gid('Project', solo.id) });
    expect(team.node.team.nodes.map((n: { id: string }) => n.id)).toContain(result.id);

    await refused('addPartnerTeamMember', { projectId: gid('Project', solo.id), researcherId: gid('Researcher', outsider.id), role: 'INVITED_RESEARCHER', joinedOn: '2025-07-01' }, as.owner, 'ALREADY_EXISTS', ['researcherId']);
    await refused('endTeamMembership', { memberId: result.id, version: 1, leftOn: '2025-05-01' }, as.owner, 'DATES_OUT_OF_ORDER', ['leftOn']);
    await refused('endTeamMembership', { memberId: result.id, version: 2, leftOn: '2026-03-31' }, as.owner, 'VERSION_CONFLICT', ['version']);
    const { result: ended } = await written('endTeamMembership', { memberId: result.id, version: 1, leftOn: '2026-03-31' }, as.owner, 'version leftOn');
    expect(ended).toEqual({ version: 2, leftOn: '2026-03-31' });
    await refused('endTeamMembership', { memberId: result.id, version: 2, leftOn: '2026-04-30' }, as.owner, 'INVALID_TRANSITION', ['memberId']);
  });

  it('lets a partner agency add to its joint call’s projects (a UK project lead needs no letter where the call asks none)', async () => {
    const { result } = await written(
      'addPartnerTeamMember',
      { projectId: gid('Project', uk.id), researcherId: gid('Researcher', outsider.id), role: 'UK_PROJECT_LEAD', joinedOn: '2025-06-01' },
      as.bbsrc,
      'id role side',
    );
    expect(result).toMatchObject({ role: 'UK_PROJECT_LEAD', side: 'PARTNER' });
    await written('endTeamMembership', { memberId: result.id, version: 1, leftOn: '2025-12-31' }, as.bbsrc);
  });

  it('requires a letter of intent for a partner PI where the call does, and refuses Japan-side roles', async () => {
    // A partner PI must also be in an eligible partner country (issue 12): one affiliated in the UK.
    const member = await prisma().researcher.findFirstOrThrow({ where: { id: { notIn: [...solo.proposal.team.map((m) => m.researcherId), outsider.id] }, organization: { country: { code: 'GB' } } } });
    const add = { projectId: gid('Project', solo.id), researcherId: gid('Researcher', member.id), joinedOn: '2025-06-01' };
    await refused('addPartnerTeamMember', { ...add, role: 'PARTNER_PI' }, as.staff, 'LETTER_OF_INTENT_REQUIRED', ['letterOfIntent']);
    await refused('addPartnerTeamMember', { ...add, role: 'CO_PI' }, as.staff, 'INVALID_VALUE', ['role']);
    await refused('addPartnerTeamMember', { ...add, role: 'INVITED_RESEARCHER', joinedOn: '2040-01-01' }, as.staff, 'DATES_OUT_OF_ORDER', ['joinedOn']);
    const existing = solo.proposal.team.find((m) => m.side === 'PARTNER')!;
    await refused('addPartnerTeamMember', { ...add, researcherId: gid('Researcher', existing.researcherId), role: 'INVITED_RESEARCHER' }, as.staff, 'ALREADY_EXISTS', ['researcherId']);
    const { result } = await written('addPartnerTeamMember', { ...add, role: 'INVITED_RESEARCHER' }, as.staff, 'role letterOfIntent { program }');
    expect(result).toEqual({ role: 'INVITED_RESEARCHER', letterOfIntent: null });
  });

  it('refuses those who do not own the project, anonymous callers, Japan-side members and bad input', async () => {
    const add = { projectId: gid('Project', solo.id), researcherId: gid('Researcher', outsider.id), role: 'INVITED_RESEARCHER', joinedOn: '2025-06-01' };
    await refused('addPartnerTeamMember', add, as.other, 'NOT_PERMITTED', ['projectId']);
    await refused('addPartnerTeamMember', add, as.bbsrc, 'NOT_PERMITTED', ['projectId']);
    await refused('addPartnerTeamMember', { ...add, projectId: gid('Project', uk.id) }, as.owner, 'NOT_PERMITTED', ['projectId']);
    await rejected('addPartnerTeamMember', add, as.anonymous, 'FORBIDDEN');
    await refused('addPartnerTeamMember', { ...add, projectId: gid('Project', randomUUID()) }, as.owner, 'NOT_FOUND', ['projectId']);
    await refused('addPartnerTeamMember', { ...add, researcherId: gid('Researcher', randomUUID()) }, as.owner, 'NOT_FOUND', ['researcherId']);
    const fresh = await prisma().researcher.findFirstOrThrow({ where: { memberships: { none: { proposalId: solo.proposalId } } } });
    const freshAdd = { ...add, researcherId: gid('Researcher', fresh.id) };
    await refused('addPartnerTeamMember', { ...freshAdd, organizationId: gid('Organization', randomUUID()) }, as.owner, 'NOT_FOUND', ['organizationId']);
    await rejected('addPartnerTeamMember', { ...add, role: 'MASCOT' }, as.owner, { message: /MASCOT/ });
    await rejected('addPartnerTeamMember', { ...freshAdd, role: 'PARTNER_PI', letterOfIntent: { ...letter, program: 'x'.repeat(301) } }, as.owner, 'BAD_USER_INPUT');

    const pi = solo.proposal.team.find((m) => m.role === 'PI')!;
    const partner = solo.proposal.team.find((m) => m.side === 'PARTNER')!;
    await refused('endTeamMembership', { memberId: gid('TeamMember', pi.id), version: pi.version, leftOn: '2026-01-01' }, as.owner, 'INVALID_VALUE', ['memberId']);
    await refused('endTeamMembership', { memberId: gid('TeamMember', partner.id), version: partner.version, leftOn: '2026-01-01' }, as.other, 'NOT_PERMITTED', ['memberId']);
    await refused('endTeamMembership', { memberId: gid('TeamMember', randomUUID()), version: 1, leftOn: '2026-01-01' }, as.owner, 'NOT_FOUND', ['memberId']);
    await rejected('endTeamMembership', { memberId: gid('Researcher', partner.researcherId), version: 1, leftOn: '2026-01-01' }, as.owner, 'BAD_USER_INPUT');
    await rejected('endTeamMembership', { memberId: gid('TeamMember', partner.id), version: partner.version, leftOn: '2026-01-01' }, as.anonymous, 'FORBIDDEN');
  });

  it('keeps the team of an ended project as it is', async () => {
    const ended = await project('DEMO-0005');
    await written('updateProject', { id: gid('Project', ended.id), version: ended.version, status: 'COMPLETED' }, as.staff);
    const partner = ended.proposal.team.find((m) => m.side === 'PARTNER')!;
    await refused('addPartnerTeamMember', { projectId: gid('Project', ended.id), researcherId: gid('Researcher', outsider.id), role: 'INVITED_RESEARCHER', joinedOn: '2025-06-01' }, as.staff, 'INVALID_TRANSITION', ['projectId']);
    await refused('endTeamMembership', { memberId: gid('TeamMember', partner.id), version: partner.version, leftOn: '2026-01-01' }, as.staff, 'INVALID_TRANSITION', ['memberId']);
    expect((await prisma().project.findUniqueOrThrow({ where: { id: ended.id } })).status).toBe('COMPLETED');
  });
});
