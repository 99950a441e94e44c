import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';
import { ANONYMOUS, callerWith, expectRefused, expectRejected, gid, lastChange, missing, mutate, rowId, type Caller, type Outcome } from './support/writes.js';

let server: TestServer;
let admin: Caller;
let staff: Caller;
let bbsrc: Caller;
let bbsrcAgain: Caller;
let hoshizora: Caller;
let hoshizoraAgain: Caller;
let kawasemi: Caller;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await createTestServer();
  const prisma = server.db.prisma;
  for (const a of await prisma.fundingAgency.findMany()) ids[a.code] = gid('FundingAgency', a.id);
  for (const c of await prisma.country.findMany()) ids[c.code] = gid('Country', c.id);
  const bbsrcId = (await prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } })).id;
  const org = (nameEn: string) => prisma.organization.findFirstOrThrow({ where: { nameEn } }).then((o) => o.id);
  admin = await callerWith(server, { role: 'ADMIN' });
  staff = await callerWith(server, { role: 'STAFF' });
  bbsrc = await callerWith(server, { role: 'AGENCY', agencyId: bbsrcId });
  bbsrcAgain = await callerWith(server, { role: 'AGENCY', agencyId: bbsrcId });
  hoshizora = await callerWith(server, { role: 'INSTITUTION', organizationId: await org('Demo: Hoshizora University') });
  hoshizoraAgain = await callerWith(server, { role: 'INSTITUTION', organizationId: await org('Demo: Hoshizora University') });
  kawasemi = await callerWith(server, { role: 'INSTITUTION', organizationId: await org('Demo: Kawasemi Institute of Technology') });
});
afterAll(() => server.close());

/** A mutation with its result selection, sent as a given caller (admin unless said). */
function mutation(name: string, resultField: string, selection: string) {
  return (input: Record<string, unknown>, caller: Caller | typeof ANONYMOUS = admin): Promise<Outcome> =>
    mutate(server, name, resultField, selection, input, 'keyId' in caller ? caller.headers : caller);
}

/** The global id and version of a row, for an update. */
const target = (typename: string, row: { id: string; version: number }) => ({ id: gid(typename, row.id), version: row.version });

/** Refused with a user error, and nothing written (the rows `read` returns, and the change log). */
const refusedAs = (read: () => Promise<unknown>) => (write: () => Promise<Outcome>, code: string, field: string[]) =>
  expectRefused(server, read, write, code, field);
const rejectedAs = (read: () => Promise<unknown>) => (write: () => Promise<Outcome>, code: string) => expectRejected(server, read, write, code);

/** Only admins write reference data: everyone else is refused before the write runs. */
async function expectAdminsOnly(read: () => Promise<unknown>, write: (caller: Caller | typeof ANONYMOUS) => Promise<Outcome>) {
  for (const caller of [staff, bbsrc, hoshizora, ANONYMOUS]) await rejectedAs(read)(() => write(caller), 'FORBIDDEN');
}

/** The successful write left exactly this change as the last of the record, made by this key. */
async function expectRecorded(recordId: string, expected: Record<string, unknown>, caller: Caller = admin) {
  expect(await lastChange(server, recordId)).toMatchObject({ ...expected, actorKeyId: caller.keyId });
}


describe('countries', () => {
  const createCountry = mutation('createCountry', 'country', 'id code nameEn nameJa version');
  const updateCountry = mutation('updateCountry', 'country', 'id code nameEn nameJa version');
  const countries = () => server.db.prisma.country.findMany({ orderBy: { id: 'asc' } });
  const refused = refusedAs(countries);
  const rejected = rejectedAs(countries);

  it('admins create and update a country, each change recorded', async () => {
    const created = await createCountry({ code: 'XK', nameEn: 'Kosovo', nameJa: 'コソボ' });
    expect(created).toMatchObject({ userErrors: [], result: { code: 'XK', nameEn: 'Kosovo', version: 1 } });
    const id = rowId(created.result!.id);
    await expectRecorded(id, { recordType: 'COUNTRY', action: 'CREATE', callId: null, changes: { code: [null, 'XK'] } });
    const updated = await updateCountry({ id: created.result!.id, version: 1, nameEn: 'Republic of Kosovo', nameJa: null });
    // nameJa cannot be cleared: sent as null it stays.
    expect(updated).toMatchObject({ userErrors: [], result: { nameEn: 'Republic of Kosovo', nameJa: 'コソボ', version: 2 } });
    await expectRecorded(id, { action: 'UPDATE', version: 2, changes: { nameEn: ['Kosovo', 'Republic of Kosovo'] } });
  });

  it('refuses a taken or badly shaped code, too long a name, a stale version and a missing id', async () => {
    const gb = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'GB' } });
    await refused(() => createCountry({ code: 'GB', nameEn: 'Britain', nameJa: '英国' }), 'ALREADY_EXISTS', ['code']);
    await refused(() => updateCountry({ ...target('Country', gb), code: 'JP' }), 'ALREADY_EXISTS', ['code']);
    for (const code of ['gb', 'GBR', 'G1']) await refused(() => createCountry({ code, nameEn: 'x', nameJa: 'x' }), 'INVALID_VALUE', ['code']);
    await rejected(() => createCountry({ code: 'QQ', nameEn: 'x'.repeat(101), nameJa: 'x' }), 'BAD_USER_INPUT');
    await refused(() => updateCountry({ id: gid('Country', gb.id), version: gb.version + 1, nameEn: 'x' }), 'VERSION_CONFLICT', ['version']);
    await refused(() => updateCountry({ id: missing('Country'), version: 1, nameEn: 'x' }), 'NOT_FOUND', ['id']);
    await rejected(() => updateCountry({ id: ids.JST!, version: 1, nameEn: 'x' }), 'BAD_USER_INPUT');
  });

  it('is for admins only', async () => {
    const gb = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'GB' } });
    await expectAdminsOnly(countries, (caller) => createCountry({ code: 'QQ', nameEn: 'x', nameJa: 'x' }, caller));
    await expectAdminsOnly(countries, (caller) => updateCountry({ ...target('Country', gb), nameEn: 'x' }, caller));
  });
});

describe('funding agencies', () => {
  const AGENCY = 'id code nameEn acronym rorId crossrefFunderId website version parent { code } country { code }';
  const createAgency = mutation('createFundingAgency', 'fundingAgency', AGENCY);
  const updateAgency = mutation('updateFundingAgency', 'fundingAgency', AGENCY);
  const agencies = () => server.db.prisma.fundingAgency.findMany({ orderBy: { id: 'asc' } });
  const refused = refusedAs(agencies);
  const rejected = rejectedAs(agencies);
  const agency = (code: string) => server.db.prisma.fundingAgency.findUniqueOrThrow({ where: { code } });
  const epsrc = { code: 'EPSRC', nameEn: 'Engineering and Physical Sciences Research Council' };

  it('admins create an agency under its parent and update it', async () => {
    const created = await createAgency({
      ...epsrc,
      countryId: ids.GB,
      parentId: ids.UKRI,
      acronym: 'EPSRC',
      rorId: '0439y7842',
      crossrefFunderId: '10.13039/501100000266',
      website: 'https://www.ukri.org/councils/epsrc/',
    });
    expect(created).toMatchObject({ userErrors: [], result: { code: 'EPSRC', parent: { code: 'UKRI' }, country: { code: 'GB' }, version: 1 } });
    await expectRecorded(rowId(created.result!.id), { recordType: 'FUNDING_AGENCY', action: 'CREATE' });
    const updated = await updateAgency({ id: created.result!.id, version: 1, parentId: null, website: null, nameJa: '工学・物理科学研究会議' });
    expect(updated).toMatchObject({ userErrors: [], result: { parent: null, website: null, version: 2 } });
    await expectRecorded(rowId(created.result!.id), { action: 'UPDATE', changes: { parentId: [expect.any(String), null] } });
  });

  it('refuses taken codes and identifiers, and badly shaped ones', async () => {
    const base = { ...epsrc, code: 'MRC', countryId: ids.GB };
    await refused(() => createAgency({ ...base, code: 'JST' }), 'ALREADY_EXISTS', ['code']);
    await refused(() => createAgency({ ...base, crossrefFunderId: '10.13039/501100002241' }), 'ALREADY_EXISTS', ['crossrefFunderId']);
    await refused(() => createAgency({ ...base, rorId: 'https://ror.org/0439y7842' }), 'INVALID_VALUE', ['rorId']);
    await refused(() => createAgency({ ...base, rorId: '1439y7842' }), 'INVALID_VALUE', ['rorId']);
    await refused(() => createAgency({ ...base, crossrefFunderId: '10.1000/182' }), 'INVALID_VALUE', ['crossrefFunderId']);
    await refused(() => createAgency({ ...base, website: 'www.mrc.ac.uk' }), 'INVALID_VALUE', ['website']);
  });

  it('refuses references to nothing, and a parent that closes a loop', async () => {
    const base = { ...epsrc, code: 'MRC', countryId: ids.GB };
    await refused(() => createAgency({ ...base, countryId: missing('Country') }), 'NOT_FOUND', ['countryId']);
    await refused(() => createAgency({ ...base, parentId: missing('FundingAgency') }), 'NOT_FOUND', ['parentId']);
    await rejected(() => createAgency({ ...base, parentId: ids.GB }), 'BAD_USER_INPUT');
    const ukri = await agency('UKRI');
    await refused(() => updateAgency({ ...target('FundingAgency', ukri), parentId: ids.BBSRC }), 'INVALID_VALUE', ['parentId']);
    await refused(() => updateAgency({ ...target('FundingAgency', ukri), parentId: ids.UKRI }), 'INVALID_VALUE', ['parentId']);
    await refused(() => updateAgency({ ...target('FundingAgency', ukri), version: ukri.version + 5, acronym: 'x' }), 'VERSION_CONFLICT', ['version']);
    await refused(() => updateAgency({ id: missing('FundingAgency'), version: 1, acronym: 'x' }), 'NOT_FOUND', ['id']);
  });

  it('is for admins only', async () => {
    const jst = await agency('JST');
    await expectAdminsOnly(agencies, (caller) => createAgency({ ...epsrc, code: 'MRC', countryId: ids.GB }, caller));
    await expectAdminsOnly(agencies, (caller) => updateAgency({ ...target('FundingAgency', jst), acronym: 'x' }, caller));
  });
});

describe('research fields', () => {
  const FIELD = 'id code version phases { phase fromFiscalYear toFiscalYear nameEn examplesJa examplesEn }';
  const createField = mutation('createResearchField', 'researchField', FIELD);
  const updateField = mutation('updateResearchField', 'researchField', FIELD);
  const fields = () => server.db.prisma.researchField.findMany({ include: { phases: true }, orderBy: { id: 'asc' } });
  const refused = refusedAs(fields);
  const rejected = rejectedAs(fields);
  const phase = (n: number, from: number, to: number | null, extra: Record<string, unknown> = {}) => ({
    phase: n,
    fromFiscalYear: from,
    toFiscalYear: to,
    nameJa: `宇宙${n}`,
    nameEn: `Space ${n}`,
    scopeJa: '宇宙',
    scopeEn: 'Space research',
    ...extra,
  });

  it('admins create a field with its phases and replace them, one change each', async () => {
    const created = await createField({ code: 'SPACE', sortOrder: 8, phases: [phase(1, 2027, null, { examples: [{ ja: '衛星', en: 'satellites' }] })] });
    expect(created).toMatchObject({
      userErrors: [],
      result: { code: 'SPACE', version: 1, phases: [{ phase: 1, toFiscalYear: null, examplesJa: ['衛星'], examplesEn: ['satellites'] }] },
    });
    const id = rowId(created.result!.id);
    const phaseOne = await server.db.prisma.researchFieldPhase.findFirstOrThrow({ where: { fieldId: id } });
    const updated = await updateField({ id: created.result!.id, version: 1, phases: [phase(1, 2027, 2028), phase(2, 2029, null)] });
    expect(updated).toMatchObject({ userErrors: [], result: { version: 2, phases: [{ phase: 1, toFiscalYear: 2028, examplesEn: [] }, { phase: 2 }] } });
    // Phase 1 kept its record.
    expect(await server.db.prisma.researchFieldPhase.findFirst({ where: { fieldId: id, phase: 1 } })).toMatchObject({ id: phaseOne.id, version: 2 });
    await expectRecorded(id, { recordType: 'RESEARCH_FIELD', action: 'UPDATE', version: 2, changes: { phases: expect.any(Array) } });
    expect(await server.db.prisma.changeEvent.count({ where: { recordId: id } })).toBe(2);
  });

  it('refuses a taken code, phases out of order, overlapping or repeated, and bad numbers', async () => {
    const quantum = await server.db.prisma.researchField.findUniqueOrThrow({ where: { code: 'QUANTUM' } });
    await refused(() => createField({ code: 'BIO' }), 'ALREADY_EXISTS', ['code']);
    await refused(() => updateField({ ...target('ResearchField', quantum), code: 'AI' }), 'ALREADY_EXISTS', ['code']);
    await refused(() => createField({ code: 'SEA', phases: [phase(1, 2027, 2026)] }), 'DATES_OUT_OF_ORDER', ['phases', '0', 'toFiscalYear']);
    await refused(() => createField({ code: 'SEA', phases: [phase(1, 2027, 2030), phase(2, 2029, null)] }), 'INVALID_VALUE', ['phases', '1', 'fromFiscalYear']);
    await refused(() => createField({ code: 'SEA', phases: [phase(1, 2027, 2028), phase(1, 2029, null)] }), 'ALREADY_EXISTS', ['phases', '1']);
    await rejected(() => createField({ code: 'SEA', phases: [phase(0, 2027, null)] }), 'BAD_USER_INPUT');
    await rejected(() => createField({ code: 'SEA', sortOrder: -1 }), 'BAD_USER_INPUT');
    await rejected(() => createField({ code: 'SEA', phases: [phase(1, 1999, null)] }), 'BAD_USER_INPUT');
    await refused(() => updateField({ ...target('ResearchField', quantum), version: 99, sortOrder: 1 }), 'VERSION_CONFLICT', ['version']);
    await refused(() => updateField({ id: missing('ResearchField'), version: 1, sortOrder: 1 }), 'NOT_FOUND', ['id']);
  });

  it('is for admins only', async () => {
    await expectAdminsOnly(fields, (caller) => createField({ code: 'SEA' }, caller));
  });
});

describe('indicators and their actuals', () => {
  const INDICATOR = 'id code version targetValue progress { actual target } actuals { id value version }';
  const createIndicator = mutation('createIndicator', 'indicator', INDICATOR);
  const updateIndicator = mutation('updateIndicator', 'indicator', INDICATOR);
  const createActual = mutation('createIndicatorActual', 'indicatorActual', 'id value version indicator { code version }');
  const updateActual = mutation('updateIndicatorActual', 'indicatorActual', 'id value qualitativeEn version indicator { code version }');
  const indicators = () => server.db.prisma.indicator.findMany({ include: { actuals: true }, orderBy: { id: 'asc' } });
  const refused = refusedAs(indicators);
  const rejected = rejectedAs(indicators);
  const goal = { goalNumber: 2, goalJa: '国際共同研究', goalEn: 'International joint research', nameJa: '共著論文数', nameEn: 'Co-authored papers' };

  it('admins create an indicator, report and correct actuals, recorded as changes of the indicator', async () => {
    const created = await createIndicator({ ...goal, code: '2-9-test', targetValue: 100, targetFiscalYear: 2027 });
    expect(created).toMatchObject({ userErrors: [], result: { code: '2-9-test', version: 1, targetValue: 100, actuals: [] } });
    const id = rowId(created.result!.id);
    const actual = await createActual({ indicatorId: created.result!.id, value: 40, scopeEn: 'FY2026 projects', reportedOn: '2027-03-31' });
    expect(actual).toMatchObject({ userErrors: [], result: { value: 40, version: 1, indicator: { code: '2-9-test', version: 2 } } });
    await expectRecorded(id, { recordType: 'INDICATOR', action: 'UPDATE', version: 2, changes: { actuals: [[], [expect.objectContaining({ value: 40 })]] } });
    const corrected = await updateActual({ id: actual.result!.id, version: 1, value: 45 });
    expect(corrected).toMatchObject({ userErrors: [], result: { value: 45, version: 2, indicator: { version: 3 } } });
    const updated = await updateIndicator({ id: created.result!.id, version: 3, targetValue: null, code: null });
    expect(updated).toMatchObject({ userErrors: [], result: { code: '2-9-test', targetValue: null, version: 4, progress: { actual: 45, target: null } } });
    expect(await server.db.prisma.changeEvent.count({ where: { recordId: id } })).toBe(4);
  });

  it('refuses an actual without figure or words, or for no indicator', async () => {
    const indicator = await server.db.prisma.indicator.findFirstOrThrow({ include: { actuals: true }, where: { actuals: { some: { value: { not: null } } } } });
    const report = { indicatorId: gid('Indicator', indicator.id), scopeEn: 'x', reportedOn: '2027-03-31' };
    await refused(() => createActual(report), 'INVALID_VALUE', ['value']);
    await refused(() => createActual({ ...report, indicatorId: missing('Indicator'), value: 1 }), 'NOT_FOUND', ['indicatorId']);
    await rejected(() => createActual({ ...report, value: -1 }), 'BAD_USER_INPUT');
    await rejected(() => createActual({ ...report, value: 1, reportedOn: '2027-02-30' }), 'BAD_USER_INPUT');
    const stored = indicator.actuals.find((a) => a.value !== null)!;
    await refused(() => updateActual({ ...target('IndicatorActual', stored), value: null }), 'INVALID_VALUE', ['value']);
    await refused(() => updateActual({ id: gid('IndicatorActual', stored.id), version: stored.version + 1, value: 1 }), 'VERSION_CONFLICT', ['version']);
    await refused(() => updateActual({ id: missing('IndicatorActual'), version: 1, value: 1 }), 'NOT_FOUND', ['id']);
  });

  it('refuses a taken code and numbers out of range', async () => {
    await refused(() => createIndicator({ ...goal, code: '1-1' }), 'ALREADY_EXISTS', ['code']);
    await refused(() => createIndicator({ ...goal, code: '1 1' }), 'INVALID_VALUE', ['code']);
    await rejected(() => createIndicator({ ...goal, code: '9-9', goalNumber: 0 }), 'BAD_USER_INPUT');
    await rejected(() => createIndicator({ ...goal, code: '9-9', targetValue: -3 }), 'BAD_USER_INPUT');
    await refused(() => updateIndicator({ id: missing('Indicator'), version: 1, targetValue: 1 }), 'NOT_FOUND', ['id']);
  });

  it('is for admins only', async () => {
    const indicator = await server.db.prisma.indicator.findFirstOrThrow();
    await expectAdminsOnly(indicators, (caller) => createIndicator({ ...goal, code: '9-9' }, caller));
    await expectAdminsOnly(indicators, (caller) => createActual({ indicatorId: gid('Indicator', indicator.id), value: 1, scopeEn: 'x', reportedOn: '2027-03-31' }, caller));
  });
});

describe('organisations', () => {
  const ORG = 'id nameEn nameJa kind rorId version country { code }';
  const createOrg = mutation('createOrganization', 'organization', ORG);
  const updateOrg = mutation('updateOrganization', 'organization', ORG);
  const organizations = () => server.db.prisma.organization.findMany({ orderBy: { id: 'asc' } });
  const refused = refusedAs(organizations);
  const rejected = rejectedAs(organizations);
  const org = (nameEn: string) => server.db.prisma.organization.findFirstOrThrow({ where: { nameEn } });
  const partnerOrg = { nameEn: 'University of Elsewhere', kind: 'UNIVERSITY', countryId: '' };

  it('any key adds an organisation; the keys of whoever added it may change it', async () => {
    const created = await createOrg({ ...partnerOrg, countryId: ids.GB, rorId: '02jx3x895' }, hoshizora);
    expect(created).toMatchObject({ userErrors: [], result: { nameEn: 'University of Elsewhere', country: { code: 'GB' }, version: 1 } });
    const id = rowId(created.result!.id);
    await expectRecorded(id, { recordType: 'ORGANIZATION', action: 'CREATE', actorOrganizationId: expect.any(String) }, hoshizora);
    // Another key of the same organisation.
    const updated = await updateOrg({ id: created.result!.id, version: 1, nameJa: 'よそ大学' }, hoshizoraAgain);
    expect(updated).toMatchObject({ userErrors: [], result: { nameJa: 'よそ大学', version: 2 } });
    await expectRecorded(id, { action: 'UPDATE', changes: { nameJa: [null, 'よそ大学'] } }, hoshizoraAgain);
    // Not another institution, which cannot see it.
    await refused(() => updateOrg({ id: created.result!.id, version: 2, nameJa: 'x' }, kawasemi), 'NOT_FOUND', ['id']);

    const byAgency = await createOrg({ ...partnerOrg, nameEn: 'Elsewhere Institute', countryId: ids.GB }, bbsrc);
    expect((await updateOrg({ id: byAgency.result!.id, version: 1, kind: 'RESEARCH_INSTITUTE' }, bbsrcAgain)).userErrors).toEqual([]);
  });

  it('an institution changes its own organisation, staff any; others are refused', async () => {
    const own = await org('Demo: Hoshizora University');
    const updated = await updateOrg({ ...target('Organization', own), nameJa: '【デモ】星空大学（改）' }, hoshizora);
    expect(updated).toMatchObject({ userErrors: [], result: { version: own.version + 1 } });
    await expectRecorded(own.id, { action: 'UPDATE' }, hoshizora);
    const other = await org('Demo: Kawasemi Institute of Technology');
    expect((await updateOrg({ ...target('Organization', other), rorId: '04ksd4g47' }, staff)).userErrors).toEqual([]);
    await expectRecorded(other.id, { action: 'UPDATE', changes: { rorId: [null, '04ksd4g47'] } }, staff);
    // Public through an adopted project, so visible, but not Hoshizora's nor BBSRC's to change.
    const adopted = await server.db.prisma.organization.findFirstOrThrow({
      where: { proposals: { some: { project: { isNot: null } } }, id: { not: own.id } },
    });
    await refused(() => updateOrg({ ...target('Organization', adopted), nameJa: 'x' }, hoshizora), 'NOT_PERMITTED', ['id']);
    await refused(() => updateOrg({ ...target('Organization', adopted), nameJa: 'x' }, bbsrc), 'NOT_PERMITTED', ['id']);
  });

  it('refuses bad and taken identifiers, missing ids, stale versions and anonymous callers', async () => {
    const kawasemiOrg = await org('Demo: Kawasemi Institute of Technology');
    await refused(() => createOrg({ ...partnerOrg, countryId: ids.GB, rorId: 'ror.org/02jx3x895' }), 'INVALID_VALUE', ['rorId']);
    expect((await createOrg({ ...partnerOrg, countryId: ids.GB, rorId: '05abcde24' })).userErrors).toEqual([]);
    await refused(() => createOrg({ ...partnerOrg, countryId: ids.GB, rorId: '05abcde24' }), 'ALREADY_EXISTS', ['rorId']);
    await refused(() => updateOrg({ ...target('Organization', kawasemiOrg), rorId: '05abcde24' }), 'ALREADY_EXISTS', ['rorId']);
    await refused(() => createOrg({ ...partnerOrg, countryId: missing('Country') }), 'NOT_FOUND', ['countryId']);
    await rejected(() => createOrg({ ...partnerOrg, countryId: ids.GB, kind: 'CHARITY' }), 'BAD_USER_INPUT');
    await rejected(() => createOrg({ ...partnerOrg, countryId: ids.GB, nameEn: 'x'.repeat(301) }), 'BAD_USER_INPUT');
    await refused(() => updateOrg({ id: missing('Organization'), version: 1, nameJa: 'x' }), 'NOT_FOUND', ['id']);
    await refused(() => updateOrg({ ...target('Organization', kawasemiOrg), version: kawasemiOrg.version - 1, nameJa: 'x' }), 'VERSION_CONFLICT', ['version']);
    await rejected(() => createOrg({ ...partnerOrg, countryId: ids.GB }, ANONYMOUS), 'FORBIDDEN');
    await rejected(() => updateOrg({ ...target('Organization', kawasemiOrg), nameJa: 'x' }, ANONYMOUS), 'FORBIDDEN');
  });
});

describe('researchers', () => {
  const RESEARCHER = 'id nameEn orcid eradNumber careerStage degreeYear version organization { nameEn }';
  const createResearcher = mutation('createResearcher', 'researcher', RESEARCHER);
  const updateResearcher = mutation('updateResearcher', 'researcher', RESEARCHER);
  const researchers = () => server.db.prisma.researcher.findMany({ orderBy: { id: 'asc' } });
  const refused = refusedAs(researchers);
  const rejected = rejectedAs(researchers);
  const orgId = async (nameEn: string) => gid('Organization', (await server.db.prisma.organization.findFirstOrThrow({ where: { nameEn } })).id);
  const person = { nameEn: 'Ada Partner', careerStage: 'RESEARCHER' };

  it('any key adds a researcher; its adder, the institution it is affiliated with and staff change it', async () => {
    const created = await createResearcher({ ...person, orcid: '0000-0002-1825-0097', degreeYear: 2015, organizationId: await orgId('Demo: University of Ravensholm') }, bbsrc);
    expect(created).toMatchObject({ userErrors: [], result: { orcid: '0000-0002-1825-0097', version: 1, organization: { nameEn: 'Demo: University of Ravensholm' } } });
    const id = rowId(created.result!.id);
    await expectRecorded(id, { recordType: 'RESEARCHER', action: 'CREATE', actorAgencyId: expect.any(String) }, bbsrc);
    const byAgency = await updateResearcher({ id: created.result!.id, version: 1, careerStage: 'DOCTORAL_STUDENT', degreeYear: null }, bbsrcAgain);
    expect(byAgency).toMatchObject({ userErrors: [], result: { version: 2 } });
    await expectRecorded(id, { action: 'UPDATE', changes: { careerStage: ['RESEARCHER', 'DOCTORAL_STUDENT'], degreeYear: [2015, null] } }, bbsrcAgain);
    // Moved to Hoshizora: now Hoshizora's to change too.
    expect((await updateResearcher({ id: created.result!.id, version: 2, organizationId: await orgId('Demo: Hoshizora University') }, staff)).userErrors).toEqual([]);
    const byInstitution = await updateResearcher({ id: created.result!.id, version: 3, eradNumber: '12345678' }, hoshizora);
    expect(byInstitution).toMatchObject({ userErrors: [], result: { eradNumber: '12345678', version: 4 } });
    await expectRecorded(id, { action: 'UPDATE', changes: { eradNumber: [null, '12345678'] } }, hoshizora);
  });

  it('refuses an institution the researchers of others', async () => {
    const onAdoptedTeam = await server.db.prisma.researcher.findFirstOrThrow({
      where: { memberships: { some: { proposal: { project: { isNot: null } } } }, organization: { nameEn: { not: 'Demo: Kawasemi Institute of Technology' } } },
    });
    await refused(() => updateResearcher({ ...target('Researcher', onAdoptedTeam), nameEn: 'x' }, kawasemi), 'NOT_PERMITTED', ['id']);
    const unseen = await createResearcher({ ...person, nameEn: 'Nobody Seen' }, staff);
    await refused(() => updateResearcher({ id: unseen.result!.id, version: 1, nameEn: 'x' }, kawasemi), 'NOT_FOUND', ['id']);
  });

  it('refuses badly shaped or taken ORCID and e-Rad numbers, impossible degree years and missing organisations', async () => {
    const taken = await server.db.prisma.researcher.findFirstOrThrow({ where: { orcid: { not: null }, eradNumber: { not: null } } });
    for (const orcid of ['0000-0002-1825-009', 'https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-009x']) {
      await refused(() => createResearcher({ ...person, orcid }), 'INVALID_VALUE', ['orcid']);
    }
    await refused(() => createResearcher({ ...person, eradNumber: '1234567' }), 'INVALID_VALUE', ['eradNumber']);
    await refused(() => createResearcher({ ...person, orcid: taken.orcid }), 'ALREADY_EXISTS', ['orcid']);
    await refused(() => createResearcher({ ...person, eradNumber: taken.eradNumber }), 'ALREADY_EXISTS', ['eradNumber']);
    await refused(() => createResearcher({ ...person, degreeYear: new Date().getUTCFullYear() + 1 }), 'INVALID_VALUE', ['degreeYear']);
    await rejected(() => createResearcher({ ...person, degreeYear: 1800 }), 'BAD_USER_INPUT');
    await refused(() => createResearcher({ ...person, organizationId: missing('Organization') }), 'NOT_FOUND', ['organizationId']);
    await rejected(() => createResearcher({ ...person, organizationId: ids.GB }), 'BAD_USER_INPUT');
    await refused(() => updateResearcher({ ...target('Researcher', taken), version: taken.version + 1, nameEn: 'x' }), 'VERSION_CONFLICT', ['version']);
    await refused(() => updateResearcher({ id: missing('Researcher'), version: 1, nameEn: 'x' }), 'NOT_FOUND', ['id']);
    await rejected(() => createResearcher(person, ANONYMOUS), 'FORBIDDEN');
  });
});
