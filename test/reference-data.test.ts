// The reference data against the spec (../shared/DOMAIN.md and its seeds). Instants are written
// out in UTC here, independently of the helpers that build them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.js';
import { loadReferenceData } from '../src/db/seed/reference.js';
import { createTestDatabase } from './support/database.js';
import { rulesOf, type CallRuleRow } from '../src/modules/calls/call-rules.js';

const PARTNERS = [
  'AU', 'AT', 'BE', 'CA', 'CZ', 'DK', 'EU', 'FI', 'FR', 'DE', 'IT',
  'NL', 'NO', 'PL', 'PT', 'KR', 'ES', 'SE', 'CH', 'GB', 'US',
];
const FIELDS = ['AI', 'BIO', 'ENERGY', 'MATERIALS', 'QUANTUM', 'SEMICONDUCTORS', 'NETWORK'];
const CALL_CODES = [
  'FY2023-SOLO-TOP', 'FY2023-SOLO-RISING',
  'FY2024-SOLO-TOP', 'FY2024-SOLO-RISING',
  'FY2024-JOINT-UK-BIO', 'FY2024-JOINT-US-BIO', 'FY2024-JOINT-DE-QUANTUM',
  'FY2025-SOLO-TOP', 'FY2025-SOLO-RISING',
  'FY2025-JOINT-UK-QUANTUM', 'FY2025-JOINT-UK-AI', 'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM',
  'FY2026-SOLO-TOP', 'FY2026-SOLO-RISING',
];

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;


/** A call as it is enforced: its row with the program's table filling what it does not state. */
const effective = <T extends CallRuleRow>(call: T) => ({ ...call, ...rulesOf(call).rules });

describe('loadReferenceData on an empty database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('empty');
  });
  afterAll(() => db.close());

  it('inserts exactly the reference rows, in a few statements, and reports their counts', async () => {
    const queries = db.countQueries();
    const counts = await db.prisma.$transaction((tx) => loadReferenceData(tx), { timeout: 60_000 });
    queries.stop();

    expect(counts).toEqual({
      Country: 22,
      ResearchField: 7,
      ResearchFieldPhase: 14,
      FundingAgency: 4,
      Call: 14,
      CallAgency: 15,
      CallField: 8 * 7 + 5 + 2, // solo calls: all fields; NL joint call: two
      CallCountry: 6 * 21 + 6, // FY2023 solo calls list none
      CallMilestone: 31,
      Indicator: 10,
      IndicatorActual: 10,
    });
    const p = db.prisma;
    const actual = {
      Country: await p.country.count(),
      ResearchField: await p.researchField.count(),
      ResearchFieldPhase: await p.researchFieldPhase.count(),
      FundingAgency: await p.fundingAgency.count(),
      Call: await p.call.count(),
      CallAgency: await p.callAgency.count(),
      CallField: await p.callField.count(),
      CallCountry: await p.callCountry.count(),
      CallMilestone: await p.callMilestone.count(),
      Indicator: await p.indicator.count(),
      IndicatorActual: await p.indicatorActual.count(),
    };
    expect(actual).toEqual(counts);
    // One statement per table (agencies: one per parent level) plus the transaction itself.
    expect(queries.count).toBeLessThanOrEqual(15);
  });
});

describe('seeded reference data', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
  });
  afterAll(() => db.close());

  it('has Japan and the 21 partner countries/regions', async () => {
    const countries = await db.prisma.country.findMany();
    expect(countries.map((c) => c.code).sort()).toEqual(['JP', ...PARTNERS].sort());
    const ja = Object.fromEntries(countries.map((c) => [c.code, c.nameJa]));
    expect(ja).toMatchObject({ JP: '日本', GB: '英国', US: '米国', KR: '韓国', CZ: 'チェコ', EU: 'EU' });
  });

  it('has the seven fields, each with a phase 1 (FY2023–2025) and a current phase 2 (from FY2026)', async () => {
    const fields = await db.prisma.researchField.findMany({
      orderBy: { sortOrder: 'asc' },
      include: { phases: { orderBy: { phase: 'asc' } } },
    });
    expect(fields.map((f) => f.code)).toEqual(FIELDS);
    for (const field of fields) {
      expect(field.phases.map((p) => [p.phase, p.fromFiscalYear, p.toFiscalYear])).toEqual([
        [1, 2023, 2025],
        [2, 2026, null],
      ]);
      expect(field.phases[0]!.examplesEn).toEqual([]);
      for (const phase of field.phases) expect(phase.examplesJa).toHaveLength(phase.examplesEn.length);
    }
    const byCode = Object.fromEntries(fields.map((f) => [f.code, f.phases]));
    expect(byCode.AI!.map((p) => [p.nameJa, p.nameEn])).toEqual([
      ['AI・情報', 'AI & Information'],
      ['AI・情報・知能ロボティクス', 'AI, Information & Intelligent Robotics'],
    ]);
    expect(byCode.NETWORK!.map((p) => [p.nameJa, p.nameEn])).toEqual([
      ['通信', 'Telecommunications'],
      ['ネットワーク・通信', 'Networks & Telecommunications'],
    ]);
    expect(byCode.AI![1]!.scopeJa).toContain('知能ロボティクス');
    expect(byCode.BIO![1]!.examplesEn).toContain('engineering biology');
    expect(byCode.BIO![1]!.examplesJa).toContain('エンジニアリングバイオロジー');
    expect(byCode.QUANTUM![1]!.scopeJa).toBe(byCode.QUANTUM![0]!.scopeJa);
  });

  it('has JST, AMED, UKRI and BBSRC (a UKRI council), with no invented identifiers', async () => {
    const agencies = await db.prisma.fundingAgency.findMany({
      where: { code: { in: ['JST', 'AMED', 'UKRI', 'BBSRC'] } },
      include: { country: true, parent: true },
    });
    const byCode = Object.fromEntries(agencies.map((a) => [a.code, a]));
    expect(Object.keys(byCode).sort()).toEqual(['AMED', 'BBSRC', 'JST', 'UKRI']);
    expect(byCode.JST).toMatchObject({ crossrefFunderId: '10.13039/501100002241', rorId: null });
    expect(byCode.JST!.country.code).toBe('JP');
    expect(byCode.AMED!.country.code).toBe('JP');
    expect(byCode.UKRI).toMatchObject({ nameEn: 'UK Research and Innovation', parentId: null });
    expect(byCode.BBSRC!.parent?.code).toBe('UKRI');
    expect(byCode.BBSRC!.country.code).toBe('GB');
    for (const agency of agencies) expect(agency.rorId).toBeNull();
  });

  it('has the 14 calls of FY2023–FY2026 with their agencies, fields and countries', async () => {
    const calls = await db.prisma.call.findMany({
      where: { code: { in: CALL_CODES } },
      include: {
        agencies: { include: { agency: true } },
        fields: { include: { field: true } },
        countries: { include: { country: true } },
      },
    });
    expect(calls).toHaveLength(14);
    for (const call of calls) {
      const agencies = call.agencies.map((a) => `${a.agency.code}:${a.role}`).sort();
      expect(agencies).toEqual(call.code === 'FY2024-JOINT-UK-BIO' ? ['BBSRC:PARTNER', 'JST:LEAD'] : ['JST:LEAD']);
      const fields = call.fields.map((f) => f.field.code).sort();
      const countries = call.countries.map((c) => c.country.code).sort();
      expect(rulesOf(call).rules.indirectRatePercent).toBe(30);
      if (call.kind === 'SOLO') {
        expect(call.track).not.toBeNull();
        expect(fields).toEqual([...FIELDS].sort());
        // FY2023 listed 20 countries/regions without saying which: none recorded.
        expect(countries).toEqual(call.fiscalYear === 2023 ? [] : [...PARTNERS].sort());
      } else {
        expect(call.track).toBeNull();
      }
    }
    const joint = Object.fromEntries(
      calls
        .filter((c) => c.kind === 'JOINT')
        .map((c) => [c.code, [c.fields.map((f) => f.field.code).sort(), c.countries.map((x) => x.country.code)]]),
    );
    expect(joint).toEqual({
      'FY2024-JOINT-UK-BIO': [['BIO'], ['GB']],
      'FY2024-JOINT-US-BIO': [['BIO'], ['US']],
      'FY2024-JOINT-DE-QUANTUM': [['QUANTUM'], ['DE']],
      'FY2025-JOINT-UK-QUANTUM': [['QUANTUM'], ['GB']],
      'FY2025-JOINT-UK-AI': [['AI'], ['GB']],
      'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM': [['QUANTUM', 'SEMICONDUCTORS'], ['NL']],
    });
    const us = calls.find((c) => c.code === 'FY2024-JOINT-US-BIO')!;
    expect(us.noteEn).toContain('US etc.');
    const fy2023 = calls.find((c) => c.code === 'FY2023-SOLO-TOP')!;
    expect(fy2023.noteEn).toContain('20');
  });

  it('applies the solo-track caps: Top ¥380M/¥500M for 5 years, Rising ¥69M/¥90M for 3 years', async () => {
    const solo = await db.prisma.call.findMany({ where: { code: { in: CALL_CODES }, kind: 'SOLO' } });
    expect(solo).toHaveLength(8);
    for (const call of solo) {
      const expected =
        call.track === 'TOP'
          ? { maxDirectCostYen: 380_000_000n, maxTotalCostYen: 500_000_000n, maxPeriodMonths: 60 }
          : { maxDirectCostYen: 69_000_000n, maxTotalCostYen: 90_000_000n, maxPeriodMonths: 36 };
      expect(effective(call)).toMatchObject(expected);
    }
  });

  it('has the FY2024 Japan–UK joint call as published, with a deadline per time zone', async () => {
    const call = await db.prisma.call.findUniqueOrThrow({
      where: { code: 'FY2024-JOINT-UK-BIO' },
      include: { milestones: true },
    });
    expect(effective(call)).toMatchObject({
      kind: 'JOINT',
      track: null,
      fiscalYear: 2024,
      maxDirectCostYen: 180_000_000n,
      maxTotalCostYen: 234_000_000n,
      partnerMaxAmount: 1_000_000n,
      partnerCurrency: 'GBP',
      minPeriodMonths: 36,
      maxPeriodMonths: 36,
      expectedAdoptions: 5,
      networkShareGuidelinePercent: 70,
    });
    expect(call.partnerFundingNoteEn).toContain('80%');
    expect([call.supportStartsOn, call.japanSideEndsOn, call.partnerSideEndsOn, call.mobilityExtensionEndsOn].map(iso))
      .toEqual([
        '2024-12-01T00:00:00.000Z',
        '2028-03-31T00:00:00.000Z',
        '2027-11-30T00:00:00.000Z',
        '2030-03-31T00:00:00.000Z',
      ]);
    const deadlines = call.milestones
      .filter((m) => m.kind === 'SUBMISSION_DEADLINE')
      .map((m) => [m.side, iso(m.startsAt), m.timeZone, m.precision])
      .sort();
    expect(deadlines).toEqual([
      ['JAPAN', '2024-04-16T09:00:00.000Z', 'Asia/Tokyo', 'MINUTE'], // 18:00 JST
      ['PARTNER', '2024-04-16T15:00:00.000Z', 'Europe/London', 'MINUTE'], // 16:00 BST
    ]);
    const support = call.milestones.find((m) => m.kind === 'SUPPORT_STARTS');
    expect(iso(support?.startsAt)).toBe('2024-11-30T15:00:00.000Z'); // 2024-12-01 00:00 JST
  });

  it('publishes the call statistics of June 2025, with unknown counts as null, never 0', async () => {
    const calls = await db.prisma.call.findMany({ where: { code: { in: CALL_CODES } } });
    const stats = Object.fromEntries(
      calls.map((c) => [c.code, [c.publishedProposalCount, c.publishedAdoptionCount, iso(c.statisticsAsOf)]]),
    );
    const june2025 = '2025-06-01T00:00:00.000Z';
    expect(stats).toEqual({
      'FY2023-SOLO-TOP': [74, 26, june2025],
      'FY2023-SOLO-RISING': [78, 20, june2025],
      'FY2024-SOLO-TOP': [46, 14, june2025],
      'FY2024-SOLO-RISING': [85, 18, june2025],
      'FY2024-JOINT-UK-BIO': [30, 5, june2025],
      'FY2024-JOINT-US-BIO': [null, 3, june2025],
      'FY2024-JOINT-DE-QUANTUM': [10, 2, june2025],
      'FY2025-SOLO-TOP': [null, null, june2025],
      'FY2025-SOLO-RISING': [null, null, june2025],
      'FY2025-JOINT-UK-QUANTUM': [null, null, june2025],
      'FY2025-JOINT-UK-AI': [null, null, june2025],
      'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM': [null, null, june2025],
      'FY2026-SOLO-TOP': [null, null, null],
      'FY2026-SOLO-RISING': [null, null, null],
    });
  });

  it('records when support began or is planned to begin, to the month (Tokyo time)', async () => {
    const milestones = await db.prisma.callMilestone.findMany({
      where: { kind: 'SUPPORT_STARTS', call: { code: { in: CALL_CODES } } },
      include: { call: true },
    });
    const starts = Object.fromEntries(milestones.map((m) => [m.call.code, iso(m.startsAt)]));
    // The first of the month, 00:00 JST = 15:00 UTC the day before.
    expect(starts).toEqual({
      'FY2023-SOLO-TOP': '2024-01-31T15:00:00.000Z',
      'FY2023-SOLO-RISING': '2024-01-31T15:00:00.000Z',
      'FY2024-SOLO-TOP': '2024-11-30T15:00:00.000Z',
      'FY2024-SOLO-RISING': '2024-11-30T15:00:00.000Z',
      'FY2024-JOINT-UK-BIO': '2024-11-30T15:00:00.000Z',
      'FY2024-JOINT-US-BIO': '2024-10-31T15:00:00.000Z',
      'FY2024-JOINT-DE-QUANTUM': '2025-01-31T15:00:00.000Z',
      'FY2025-SOLO-TOP': '2025-11-30T15:00:00.000Z',
      'FY2025-SOLO-RISING': '2025-11-30T15:00:00.000Z',
      'FY2025-JOINT-UK-QUANTUM': '2025-12-31T15:00:00.000Z',
      'FY2025-JOINT-UK-AI': '2025-12-31T15:00:00.000Z',
      'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM': '2026-05-31T15:00:00.000Z',
      'FY2026-SOLO-TOP': '2026-11-30T15:00:00.000Z',
      'FY2026-SOLO-RISING': '2026-11-30T15:00:00.000Z',
    });
    for (const m of milestones) {
      expect(m.timeZone).toBe('Asia/Tokyo');
      expect(m.precision).toBe(m.call.code === 'FY2024-JOINT-UK-BIO' ? 'DAY' : 'MONTH');
      if (m.call.fiscalYear === 2025) expect(m.noteEn).toBe('planned');
    }
  });

  it('has the FY2026 solo schedule and rules', async () => {
    for (const code of ['FY2026-SOLO-TOP', 'FY2026-SOLO-RISING']) {
      const call = await db.prisma.call.findUniqueOrThrow({
        where: { code },
        include: { milestones: { orderBy: { startsAt: 'asc' } } },
      });
      expect(effective(call)).toMatchObject({
        networkShareGuidelinePercent: 70,
        requiresResearchSecurity: true,
        singleApplicationPerResearcher: true,
        appliesOngoingProjectRules: true,
        youngResearcherYearsSinceDegree: 15,
        requiresYoungTraveller: true,
        requiresPartnerLetterOfIntent: true,
      });
      expect(call.milestones.map((m) => [m.kind, iso(m.startsAt), iso(m.endsAt), m.precision])).toEqual([
        ['PRE_NOTIFICATION_DEADLINE', '2026-04-24T03:00:00.000Z', null, 'MINUTE'], // 12:00 JST
        ['SUBMISSION_DEADLINE', '2026-05-19T03:00:00.000Z', null, 'MINUTE'], // 12:00 JST
        ['DOCUMENT_REVIEW', '2026-05-20T15:00:00.000Z', '2026-08-10T14:59:59.999Z', 'TEN_DAYS'], // late May – early Aug
        ['INTERVIEWS', '2026-07-31T15:00:00.000Z', '2026-09-30T14:59:59.999Z', 'MONTH'], // Aug – Sep
        ['RESULTS_NOTIFIED', '2026-09-30T15:00:00.000Z', '2026-10-31T14:59:59.999Z', 'MONTH'], // October
        ['SUPPORT_STARTS', '2026-11-30T15:00:00.000Z', null, 'MONTH'], // December
      ]);
      for (const m of call.milestones) expect(m.timeZone).toBe('Asia/Tokyo');
      expect(call.milestones[0]!.noteEn).toBe('optional');
      expect(call.milestones[1]!.noteEn).toContain('e-Rad');
    }
  });

  it('has the mid-term indicators with their targets and first actuals', async () => {
    const indicators = await db.prisma.indicator.findMany({
      orderBy: { sortOrder: 'asc' },
      include: { actuals: true },
    });
    expect(
      indicators.map((i) => [i.code, i.goalNumber, i.targetValue, i.targetFiscalYear, i.actuals.map((a) => a.value)]),
    ).toEqual([
      ['1-1', 1, null, null, [null]],
      ['1-2', 1, 90, 2024, [88]],
      ['2-1-papers', 2, 120, 2027, [75]],
      ['2-1-presentations', 2, 280, 2025, [95]],
      ['3-1', 3, 70, 2025, [180]],
      ['3-2', 3, null, null, [null]],
      ['4-1-dispatched', 4, 90, 2025, [721]],
      ['4-1-invited', 4, 40, 2025, [201]],
      ['4-2', 4, null, null, [null]],
      ['4-3', 4, null, null, [null]],
    ]);
    for (const indicator of indicators) {
      const [actual] = indicator.actuals;
      expect(iso(actual!.reportedOn)).toBe('2025-08-27T00:00:00.000Z');
      expect(actual!.sourceEn).toBe('ASPIRE mid-term evaluation report (2025-08-27)');
      if (actual!.value === null) expect(actual!.qualitativeEn).toBeTruthy();
      if (indicator.goalNumber > 1) expect(actual!.scopeEn).toBe('FY2023 projects, first year');
    }
    expect(indicators.find((i) => i.code === '1-2')!.actuals[0]!.scopeEn).toBe('FY2023–FY2024 solo and joint calls');
  });
});
