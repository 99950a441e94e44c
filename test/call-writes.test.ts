import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';
import { ANONYMOUS, callerWith, expectRefused, expectRejected, gid, lastChange, missing, mutate, type Caller } from './support/writes.js';

let server: TestServer;
let staff: Caller;
let bbsrc: Caller;
let ukri: Caller;
let institution: Caller;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await createTestServer();
  const prisma = server.db.prisma;
  for (const a of await prisma.fundingAgency.findMany()) ids[a.code] = gid('FundingAgency', a.id);
  for (const f of await prisma.researchField.findMany()) ids[f.code] = gid('ResearchField', f.id);
  for (const c of await prisma.country.findMany()) ids[c.code] = gid('Country', c.id);
  const agency = (code: string) => prisma.fundingAgency.findUniqueOrThrow({ where: { code } });
  staff = await callerWith(server, { role: 'STAFF' });
  bbsrc = await callerWith(server, { role: 'AGENCY', agencyId: (await agency('BBSRC')).id });
  ukri = await callerWith(server, { role: 'AGENCY', agencyId: (await agency('UKRI')).id });
  institution = await callerWith(server, { role: 'INSTITUTION', organizationId: (await prisma.organization.findFirstOrThrow()).id });
});
afterAll(() => server.close());

const CALL = `id code version kind track fiscalYear titleEn noteEn maxDirectCostYen maxTotalCostYen indirectRatePercent expectedAdoptions
  partnerFunding { maxAmount currency } supportStartsOn japanSideEndsOn
  rules { networkShareGuidelinePercent youngResearcherYearsSinceDegree requiresYoungTraveller requiresResearchSecurity }
  fields { code } countries { code } agencies { agency { code } role }
  milestones { id kind side startsAt endsAt precision timeZone noteEn }
  publishedStatistics { proposalCount adoptionCount }`;

const createCall = (input: Record<string, unknown>, headers = staff.headers) => mutate(server, 'createCall', 'call', CALL, input, headers);
const updateCall = (input: Record<string, unknown>, headers = staff.headers) => mutate(server, 'updateCall', 'call', CALL, input, headers);

/** Every call with its lists: what a refused write must leave as it was. */
const allCalls = () =>
  server.db.prisma.call.findMany({ include: { fields: true, countries: true, agencies: true, milestones: true }, orderBy: { id: 'asc' } });

const callId = async (code: string) => gid('Call', (await server.db.prisma.call.findUniqueOrThrow({ where: { code } })).id);
const versionOf = async (code: string) => (await server.db.prisma.call.findUniqueOrThrow({ where: { code } })).version;

let sequence = 0;
/** A valid solo call, with a code not used before. */
function soloCall(overrides: Record<string, unknown> = {}) {
  return {
    code: `FY2027-TEST-${++sequence}`,
    titleEn: 'FY2027 Solo Call: ASPIRE for Top Scientists',
    kind: 'SOLO',
    track: 'TOP',
    fiscalYear: 2027,
    ...overrides,
  };
}

/** A valid joint call run by JST with BBSRC. */
function jointCall(overrides: Record<string, unknown> = {}) {
  return soloCall({
    kind: 'JOINT',
    track: null,
    agencies: [
      { agencyId: ids.JST, role: 'LEAD' },
      { agencyId: ids.BBSRC, role: 'PARTNER' },
    ],
    ...overrides,
  });
}

const refused = (write: () => ReturnType<typeof createCall>, code: string, field: string[]) => expectRefused(server, allCalls, write, code, field);
const rejected = (write: () => ReturnType<typeof createCall>, code: string) => expectRejected(server, allCalls, write, code);

describe('createCall', () => {
  it('creates a call with its fields, countries, agencies and schedule, recorded as one change with the lists', async () => {
    const { result, userErrors } = await createCall(
      soloCall({
        code: 'FY2027-SOLO-TOP',
        noteEn: 'test call',
        maxDirectCostYen: '380000000',
        maxTotalCostYen: 494000000,
        minPeriodMonths: 60,
        maxPeriodMonths: 60,
        networkShareGuidelinePercent: 70,
        youngResearcherYearsSinceDegree: null,
        requiresResearchSecurity: true,
        publishedProposalCount: 10,
        publishedAdoptionCount: 3,
        eligibleFieldIds: [ids.QUANTUM, ids.AI],
        eligibleCountryIds: [ids.GB, ids.DE],
        agencies: [{ agencyId: ids.JST, role: 'LEAD' }],
        milestones: [
          { kind: 'SUBMISSION_DEADLINE', startsAt: '2027-05-18T12:00:00+09:00', timeZone: 'Asia/Tokyo', noteEn: 'via e-Rad' },
          { kind: 'DOCUMENT_REVIEW', startsAt: '2027-05-21T00:00:00+09:00', endsAt: '2027-08-10T23:59:59+09:00', precision: 'TEN_DAYS', timeZone: 'Asia/Tokyo' },
        ],
      }),
      staff.headers,
    );
    expect(userErrors).toEqual([]);
    expect(result).toMatchObject({
      code: 'FY2027-SOLO-TOP',
      version: 1,
      kind: 'SOLO',
      track: 'TOP',
      fiscalYear: 2027,
      maxDirectCostYen: '380000000',
      maxTotalCostYen: '494000000',
      indirectRatePercent: 30,
      partnerFunding: null,
      // youngResearcherYearsSinceDegree sent null is the program's 15 (DOMAIN.md Teams: "within about 15 years of their degree").
      rules: { networkShareGuidelinePercent: 70, youngResearcherYearsSinceDegree: 15, requiresYoungTraveller: true, requiresResearchSecurity: true },
      fields: [{ code: 'AI' }, { code: 'QUANTUM' }],
      countries: [{ code: 'DE' }, { code: 'GB' }],
      agencies: [{ agency: { code: 'JST' }, role: 'LEAD' }],
      milestones: [
        { kind: 'SUBMISSION_DEADLINE', side: null, startsAt: '2027-05-18T03:00:00.000Z', endsAt: null, precision: 'MINUTE', timeZone: 'Asia/Tokyo', noteEn: 'via e-Rad' },
        { kind: 'DOCUMENT_REVIEW', precision: 'TEN_DAYS', endsAt: '2027-08-10T14:59:59.000Z' },
      ],
      publishedStatistics: { proposalCount: 10, adoptionCount: 3 },
    });
    const id = (await server.db.prisma.call.findUniqueOrThrow({ where: { code: 'FY2027-SOLO-TOP' } })).id;
    const events = await server.db.prisma.changeEvent.findMany({ where: { recordId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ recordType: 'CALL', action: 'CREATE', version: 1, callId: id, actorKeyId: staff.keyId, actorRole: 'STAFF' });
    const changes = events[0]!.changes as Record<string, [unknown, unknown]>;
    expect(changes.code).toEqual([null, 'FY2027-SOLO-TOP']);
    // ¥380,000,000 is the program's direct cap for Top (DOMAIN.md Calls): the call stores only its own total cap.
    expect(changes.maxDirectCostYen).toBeUndefined();
    expect(changes.maxTotalCostYen).toEqual([null, '494000000']);
    expect((changes.eligibleFieldIds![1] as string[]).length).toBe(2);
    expect(changes.agencies![1]).toEqual([{ agencyId: expect.any(String), role: 'LEAD' }]);
    expect((changes.milestones![1] as unknown[]).length).toBe(2);
  });

  it('lets a partner agency create a joint call that lists it as partner', async () => {
    const { result, userErrors } = await createCall(
      jointCall({ code: 'FY2027-JOINT-UK-BIO', partnerMaxAmount: '1000000', partnerCurrency: 'GBP', supportStartsOn: '2027-12-01', japanSideEndsOn: '2031-03-31' }),
      bbsrc.headers,
    );
    expect(userErrors).toEqual([]);
    expect(result).toMatchObject({
      kind: 'JOINT',
      track: null,
      partnerFunding: { maxAmount: '1000000', currency: 'GBP' },
      supportStartsOn: '2027-12-01',
      agencies: [{ agency: { code: 'JST' }, role: 'LEAD' }, { agency: { code: 'BBSRC' }, role: 'PARTNER' }],
    });
    const change = await lastChange(server, (await server.db.prisma.call.findUniqueOrThrow({ where: { code: 'FY2027-JOINT-UK-BIO' } })).id);
    expect(change).toMatchObject({ action: 'CREATE', actorKeyId: bbsrc.keyId, actorRole: 'AGENCY', actorAgencyId: expect.any(String) });
  });

  it('refuses a partner agency a solo call, or a joint call it does not co-run as partner', async () => {
    await refused(() => createCall(soloCall(), bbsrc.headers), 'NOT_PERMITTED', ['kind']);
    await refused(() => createCall(jointCall({ agencies: [{ agencyId: ids.JST, role: 'LEAD' }] }), bbsrc.headers), 'NOT_PERMITTED', ['agencies']);
    await refused(() => createCall(jointCall({ agencies: undefined }), bbsrc.headers), 'NOT_PERMITTED', ['agencies']);
    await refused(() => createCall(jointCall({ agencies: [{ agencyId: ids.BBSRC, role: 'LEAD' }] }), bbsrc.headers), 'NOT_PERMITTED', ['agencies']);
    await refused(() => createCall(jointCall(), ukri.headers), 'NOT_PERMITTED', ['agencies']);
  });

  it('is forbidden to institutions and anonymous callers', async () => {
    await rejected(() => createCall(jointCall(), institution.headers), 'FORBIDDEN');
    await rejected(() => createCall(jointCall(), ANONYMOUS), 'FORBIDDEN');
  });

  it('refuses a code that is taken or badly shaped', async () => {
    await refused(() => createCall(soloCall({ code: 'FY2026-SOLO-TOP' })), 'ALREADY_EXISTS', ['code']);
    await refused(() => createCall(soloCall({ code: 'FY2027 SOLO' })), 'INVALID_VALUE', ['code']);
  });

  it('refuses a solo call without a track and a joint call with one', async () => {
    await refused(() => createCall(soloCall({ track: undefined })), 'INVALID_VALUE', ['track']);
    await refused(() => createCall(jointCall({ track: 'RISING' })), 'INVALID_VALUE', ['track']);
  });

  it('refuses caps, periods and counts that contradict each other', async () => {
    await refused(() => createCall(soloCall({ maxDirectCostYen: '500', maxTotalCostYen: '499' })), 'INVALID_VALUE', ['maxTotalCostYen']);
    await refused(() => createCall(soloCall({ minPeriodMonths: 60, maxPeriodMonths: 36 })), 'INVALID_VALUE', ['maxPeriodMonths']);
    await refused(() => createCall(soloCall({ publishedProposalCount: 3, publishedAdoptionCount: 4 })), 'INVALID_VALUE', ['publishedAdoptionCount']);
    await refused(() => createCall(jointCall({ partnerMaxAmount: '1000000' })), 'INVALID_VALUE', ['partnerCurrency']);
    await refused(() => createCall(jointCall({ partnerMaxAmount: '1000000', partnerCurrency: 'gbp' })), 'INVALID_VALUE', ['partnerCurrency']);
  });

  it('reports every problem of the input at once, each at its path', async () => {
    const { userErrors } = await refused(
      () => createCall(soloCall({ track: null, maxDirectCostYen: '2', maxTotalCostYen: '1', minPeriodMonths: 2, maxPeriodMonths: 1 })),
      'INVALID_VALUE',
      ['track'],
    );
    expect(userErrors.map((e) => e.field.join('.'))).toEqual(['track', 'maxTotalCostYen', 'maxPeriodMonths']);
  });

  it('refuses numbers and money out of range before running', async () => {
    const outOfRange = [
      { indirectRatePercent: 101 },
      { indirectRatePercent: -1 },
      { networkShareGuidelinePercent: 150 },
      { minPeriodMonths: 0 },
      { maxPeriodMonths: 121 },
      { expectedAdoptions: -1 },
      { publishedProposalCount: -5 },
      { youngResearcherYearsSinceDegree: 61 },
      { maxDirectCostYen: '-1' },
      { maxDirectCostYen: '1000000000001' },
      { maxTotalCostYen: '12.5' },
      { partnerMaxAmount: '1e6', partnerCurrency: 'GBP' },
      { fiscalYear: 1999 },
    ];
    for (const input of outOfRange) await rejected(() => createCall(soloCall(input)), 'BAD_USER_INPUT');
  });

  it('refuses strings too long or blank, and unknown enum values', async () => {
    await rejected(() => createCall(soloCall({ titleEn: 'x'.repeat(301) })), 'BAD_USER_INPUT');
    await rejected(() => createCall(soloCall({ titleEn: '   ' })), 'BAD_USER_INPUT');
    await rejected(() => createCall(soloCall({ code: 'C'.repeat(65) })), 'BAD_USER_INPUT');
    const unknownKind = await rejected(() => createCall(soloCall({ kind: 'MIXED' })), 'BAD_USER_INPUT');
    expect(unknownKind.errors?.[0]?.message).toMatch(/MIXED/);
    await rejected(() => createCall(soloCall({ milestones: [{ kind: 'LOTTERY', startsAt: '2027-05-18T12:00:00+09:00', timeZone: 'Asia/Tokyo' }] })), 'BAD_USER_INPUT');
  });

  it('refuses support dates out of order', async () => {
    await refused(() => createCall(jointCall({ supportStartsOn: '2027-12-01', japanSideEndsOn: '2027-11-30' })), 'DATES_OUT_OF_ORDER', ['japanSideEndsOn']);
    await refused(() => createCall(jointCall({ supportStartsOn: '2027-12-01', partnerSideEndsOn: '2027-01-01' })), 'DATES_OUT_OF_ORDER', ['partnerSideEndsOn']);
    await refused(
      () => createCall(jointCall({ supportStartsOn: '2027-12-01', japanSideEndsOn: '2031-03-31', mobilityExtensionEndsOn: '2030-03-31' })),
      'DATES_OUT_OF_ORDER',
      ['mobilityExtensionEndsOn'],
    );
  });

  it('refuses a milestone that ends before it starts or names no IANA time zone', async () => {
    const deadline = { kind: 'SUBMISSION_DEADLINE', startsAt: '2027-05-18T12:00:00+09:00', timeZone: 'Asia/Tokyo' };
    const review = { kind: 'DOCUMENT_REVIEW', startsAt: '2027-06-01T00:00:00+09:00', endsAt: '2027-05-01T00:00:00+09:00', timeZone: 'Asia/Tokyo' };
    await refused(() => createCall(soloCall({ milestones: [deadline, review] })), 'DATES_OUT_OF_ORDER', ['milestones', '1', 'endsAt']);
    for (const timeZone of ['Asia/Atlantis', '+09:00', 'JST 18:00']) {
      await refused(() => createCall(soloCall({ milestones: [{ ...deadline, timeZone }] })), 'INVALID_VALUE', ['milestones', '0', 'timeZone']);
    }
  });

  it('refuses lists that name nothing, name something twice, or give a solo call a partner agency', async () => {
    await refused(() => createCall(soloCall({ eligibleFieldIds: [missing('ResearchField')] })), 'NOT_FOUND', ['eligibleFieldIds', '0']);
    await refused(() => createCall(soloCall({ agencies: [{ agencyId: missing('FundingAgency'), role: 'LEAD' }] })), 'NOT_FOUND', ['agencies', '0', 'agencyId']);
    await refused(() => createCall(soloCall({ eligibleCountryIds: [ids.GB, ids.GB] })), 'ALREADY_EXISTS', ['eligibleCountryIds', '1']);
    await refused(
      () => createCall(soloCall({ agencies: [{ agencyId: ids.JST, role: 'LEAD' }, { agencyId: ids.BBSRC, role: 'PARTNER' }] })),
      'INVALID_VALUE',
      ['agencies', '1', 'role'],
    );
    // An id of another type in a list is malformed input.
    await rejected(() => createCall(soloCall({ eligibleFieldIds: [ids.GB] })), 'BAD_USER_INPUT');
  });
});

describe('updateCall', () => {
  it('changes what the input gives, replaces the lists given, keeps the rest, and records the difference', async () => {
    const { result: created } = await createCall(
      soloCall({
        code: 'FY2027-SOLO-RISING',
        track: 'RISING',
        noteEn: 'draft',
        eligibleFieldIds: [ids.BIO],
        eligibleCountryIds: [ids.GB],
        milestones: [
          { kind: 'SUBMISSION_DEADLINE', startsAt: '2027-05-18T12:00:00+09:00', timeZone: 'Asia/Tokyo' },
          { kind: 'INTERVIEWS', startsAt: '2027-08-01T00:00:00+09:00', precision: 'MONTH', timeZone: 'Asia/Tokyo' },
        ],
      }),
    );
    const deadline = created!.milestones[0];
    const { result, userErrors } = await updateCall({
      id: created!.id,
      version: 1,
      titleEn: 'FY2027 Solo Call: ASPIRE for Rising Scientists',
      noteEn: null,
      expectedAdoptions: 20,
      eligibleCountryIds: [ids.GB, ids.US],
      milestones: [
        { kind: 'SUBMISSION_DEADLINE', startsAt: '2027-05-25T12:00:00+09:00', timeZone: 'Asia/Tokyo', noteEn: 'postponed' },
        { kind: 'RESULTS_NOTIFIED', startsAt: '2027-10-01T00:00:00+09:00', precision: 'MONTH', timeZone: 'Asia/Tokyo' },
      ],
    });
    expect(userErrors).toEqual([]);
    expect(result).toMatchObject({
      version: 2,
      code: 'FY2027-SOLO-RISING',
      track: 'RISING',
      titleEn: 'FY2027 Solo Call: ASPIRE for Rising Scientists',
      noteEn: null,
      expectedAdoptions: 20,
      fields: [{ code: 'BIO' }],
      countries: [{ code: 'GB' }, { code: 'US' }],
    });
    // The deadline moved but kept its record; the interviews went, the results came.
    expect(result!.milestones.map((m: { kind: string }) => m.kind)).toEqual(['SUBMISSION_DEADLINE', 'RESULTS_NOTIFIED']);
    expect(result!.milestones[0]).toMatchObject({ id: deadline.id, startsAt: '2027-05-25T03:00:00.000Z', noteEn: 'postponed' });

    const change = await lastChange(server, (await server.db.prisma.call.findUniqueOrThrow({ where: { code: 'FY2027-SOLO-RISING' } })).id);
    expect(change).toMatchObject({ action: 'UPDATE', version: 2, actorKeyId: staff.keyId });
    expect(Object.keys(change.changes as object).sort()).toEqual(['eligibleCountryIds', 'expectedAdoptions', 'milestones', 'noteEn', 'titleEn']);
  });

  it('checks an update against what is stored', async () => {
    const id = await callId('FY2026-SOLO-TOP');
    const version = await versionOf('FY2026-SOLO-TOP');
    // The total cap it enforces is the program's ¥500,000,000 (DOMAIN.md Calls).
    await refused(() => updateCall({ id, version, maxDirectCostYen: '600000000' }), 'INVALID_VALUE', ['maxDirectCostYen']);
    await refused(() => updateCall({ id, version, kind: 'JOINT' }), 'INVALID_VALUE', ['track']);
    await refused(() => updateCall({ id, version, code: 'FY2026-SOLO-RISING' }), 'ALREADY_EXISTS', ['code']);
    // Its own code is no conflict.
    const { userErrors } = await updateCall({ id, version, code: 'FY2026-SOLO-TOP' });
    expect(userErrors).toEqual([]);
  });

  it('refuses an update based on an older version', async () => {
    const id = await callId('FY2025-SOLO-TOP');
    const version = await versionOf('FY2025-SOLO-TOP');
    expect((await updateCall({ id, version, noteEn: 'first' })).userErrors).toEqual([]);
    const { userErrors } = await refused(() => updateCall({ id, version, noteEn: 'second' }), 'VERSION_CONFLICT', ['version']);
    expect(userErrors[0]!.message).toMatch(`version ${version + 1}`);
  });

  it('answers a missing call as NOT_FOUND and a malformed or wrong-typed id as bad input', async () => {
    await refused(() => updateCall({ id: missing('Call'), version: 1, noteEn: 'x' }), 'NOT_FOUND', ['id']);
    await refused(() => updateCall({ id: missing('Call'), version: 1, noteEn: 'x' }, bbsrc.headers), 'NOT_FOUND', ['id']);
    await rejected(() => updateCall({ id: ids.GB, version: 1, noteEn: 'x' }), 'BAD_USER_INPUT');
    await rejected(() => updateCall({ id: 'not-an-id', version: 1, noteEn: 'x' }), 'BAD_USER_INPUT');
  });

  it('lets a partner agency update the joint call it co-runs', async () => {
    const id = await callId('FY2024-JOINT-UK-BIO');
    const { result, userErrors } = await updateCall({ id, version: await versionOf('FY2024-JOINT-UK-BIO'), expectedAdoptions: 6 }, bbsrc.headers);
    expect(userErrors).toEqual([]);
    expect(result).toMatchObject({ expectedAdoptions: 6, agencies: [{ agency: { code: 'JST' } }, { agency: { code: 'BBSRC' }, role: 'PARTNER' }] });
    const change = await lastChange(server, (await server.db.prisma.call.findUniqueOrThrow({ where: { code: 'FY2024-JOINT-UK-BIO' } })).id);
    expect(change).toMatchObject({ action: 'UPDATE', actorKeyId: bbsrc.keyId, changes: { expectedAdoptions: [5, 6] } });
  });

  it('refuses a partner agency other calls, and writing itself out of its own', async () => {
    const ukBio = await callId('FY2024-JOINT-UK-BIO');
    const version = await versionOf('FY2024-JOINT-UK-BIO');
    const solo = await callId('FY2026-SOLO-TOP');
    const otherJoint = await callId('FY2025-JOINT-UK-AI');
    await refused(() => updateCall({ id: solo, version: 1, noteEn: 'x' }, bbsrc.headers), 'NOT_PERMITTED', ['id']);
    await refused(() => updateCall({ id: otherJoint, version: 1, noteEn: 'x' }, bbsrc.headers), 'NOT_PERMITTED', ['id']);
    // UKRI is BBSRC's parent, but does not co-run the call itself.
    await refused(() => updateCall({ id: ukBio, version, noteEn: 'x' }, ukri.headers), 'NOT_PERMITTED', ['id']);
    await refused(() => updateCall({ id: ukBio, version, agencies: [{ agencyId: ids.JST, role: 'LEAD' }] }, bbsrc.headers), 'NOT_PERMITTED', ['agencies']);
    await refused(() => updateCall({ id: ukBio, version, kind: 'SOLO', track: 'TOP' }, bbsrc.headers), 'NOT_PERMITTED', ['kind']);
  });

  it('is forbidden to institutions and anonymous callers', async () => {
    const id = await callId('FY2024-JOINT-UK-BIO');
    const version = await versionOf('FY2024-JOINT-UK-BIO');
    await rejected(() => updateCall({ id, version, noteEn: 'x' }, institution.headers), 'FORBIDDEN');
    await rejected(() => updateCall({ id, version, noteEn: 'x' }, ANONYMOUS), 'FORBIDDEN');
  });

  it('shows the version on the call', async () => {
    const { call } = await server.data(`{ call(code: "FY2023-SOLO-TOP") { version } }`);
    expect(call.version).toBe(1);
  });
});
