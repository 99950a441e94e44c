import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const query = <T = Record<string, any>>(text: string, variables?: Record<string, unknown>) => server.data<T>(text, variables);

const PROGRESS = 'progress { actual target targetFiscalYear ratio achieved qualitative reportedOn }';

describe('indicators', () => {
  it('lists the indicators in the order of the mid-term evaluation report', async () => {
    const data = await query(`{ indicators(first: 100) { totalCount nodes { code goalNumber } } }`);
    expect(data.indicators.totalCount).toBe(10);
    expect(data.indicators.nodes.map((i: { code: string }) => i.code)).toEqual([
      '1-1',
      '1-2',
      '2-1-papers',
      '2-1-presentations',
      '3-1',
      '3-2',
      '4-1-dispatched',
      '4-1-invited',
      '4-2',
      '4-3',
    ]);
    expect(data.indicators.nodes.map((i: { goalNumber: number }) => i.goalNumber)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 4, 4]);
  });

  it('pages through the indicators in the same order', async () => {
    const first = await query(`{ indicators(first: 4) { nodes { code } pageInfo { hasNextPage endCursor } } }`);
    expect(first.indicators.pageInfo.hasNextPage).toBe(true);
    const next = await query(`query($after: String) { indicators(first: 4, after: $after) { nodes { code } } }`, {
      after: first.indicators.pageInfo.endCursor,
    });
    expect(next.indicators.nodes.map((i: { code: string }) => i.code)).toEqual(['3-1', '3-2', '4-1-dispatched', '4-1-invited']);
  });

  it('gives researchers dispatched (4-1): 721 against a target of 90 by FY2025, achieved', async () => {
    const data = await query(`{ indicator(code: "4-1-dispatched") {
      code name(locale: JA) goal(locale: JA) goalEn targetValue targetFiscalYear unit(locale: EN) unitJa
      actuals { value scope(locale: EN) scopeJa reportedOn source qualitative }
      ${PROGRESS}
    } }`);
    expect(data.indicator).toMatchObject({
      code: '4-1-dispatched',
      name: '研究者等の派遣数',
      goal: '我が国の次世代のトップ研究者を育成',
      goalEn: "Develop Japan's next-generation top researchers",
      targetValue: 90,
      targetFiscalYear: 2025,
      unit: 'researchers',
      unitJa: '件',
    });
    expect(data.indicator.actuals).toEqual([
      {
        value: 721,
        scope: 'FY2023 projects, first year',
        scopeJa: '2023年度採択課題の1年間の実績',
        reportedOn: '2025-08-27',
        source: 'ASPIRE mid-term evaluation report (2025-08-27)',
        qualitative: null,
      },
    ]);
    expect(data.indicator.progress).toEqual({
      actual: 721,
      target: 90,
      targetFiscalYear: 2025,
      ratio: 8.0111,
      achieved: true,
      qualitative: false,
      reportedOn: '2025-08-27',
    });
  });

  it('gives co-authored papers (2-1): 75 of 120 by FY2027, not achieved', async () => {
    const data = await query(`{ indicator(code: "2-1-papers") { ${PROGRESS} } projects: indicator(code: "1-2") { ${PROGRESS} } }`);
    expect(data.indicator.progress).toEqual({
      actual: 75,
      target: 120,
      targetFiscalYear: 2027,
      ratio: 0.625,
      achieved: false,
      qualitative: false,
      reportedOn: '2025-08-27',
    });
    // 1-2: 88 projects adopted in FY2023–24 against 90 by FY2024.
    expect(data.projects.progress).toMatchObject({ actual: 88, target: 90, ratio: 0.9778, achieved: false });
  });

  it('reports a qualitative indicator in words, without a verdict', async () => {
    const data = await query(`{ indicator(code: "3-2") { targetValue unit actuals { value qualitative(locale: JA) qualitativeEn } ${PROGRESS} } }`);
    expect(data.indicator.targetValue).toBeNull();
    expect(data.indicator.unit).toBeNull();
    expect(data.indicator.actuals[0].value).toBeNull();
    expect(data.indicator.actuals[0].qualitative).toMatch(/^国際共著論文、国際会議での発表/);
    expect(data.indicator.actuals[0].qualitativeEn).toMatch(/^Spill-over effects observed/);
    expect(data.indicator.progress).toEqual({
      actual: null,
      target: null,
      targetFiscalYear: null,
      ratio: null,
      achieved: null,
      qualitative: true,
      reportedOn: '2025-08-27',
    });
  });

  it('answers null for an unknown code and resolves an indicator by its global id', async () => {
    const data = await query(`{ none: indicator(code: "9-9") { code } one: indicator(code: "3-1") { id } }`);
    expect(data.none).toBeNull();
    const again = await query(`query($id: ID!) { node(id: $id) { ... on Indicator { code targetValue } } }`, { id: data.one.id });
    expect(again.node).toEqual({ code: '3-1', targetValue: 70 });
  });

  it('loads actuals and progress of every indicator in a fixed number of statements', async () => {
    const count = async (n: number) => {
      const counter = server.countQueries();
      await query(`{ indicators(first: ${n}) { totalCount nodes { code actuals { value } ${PROGRESS} } } }`);
      counter.stop();
      return counter.count;
    };
    const small = await count(2);
    const large = await count(10);
    expect(large).toBe(small);
  });

  // Writes to this file's own database: kept last.
  it('measures progress from the latest actual once a newer one is reported', async () => {
    const indicator = await server.db.prisma.indicator.findUniqueOrThrow({ where: { code: '2-1-papers' } });
    await server.db.prisma.indicatorActual.create({
      data: {
        indicatorId: indicator.id,
        value: 130,
        scopeEn: 'FY2023–FY2024 projects (demo figure)',
        reportedOn: new Date('2026-08-31T00:00:00Z'),
      },
    });
    const data = await query(`{ indicator(code: "2-1-papers") { actuals { value reportedOn } ${PROGRESS} } }`);
    expect(data.indicator.actuals.map((a: { value: number }) => a.value)).toEqual([130, 75]);
    expect(data.indicator.progress).toMatchObject({ actual: 130, ratio: 1.0833, achieved: true, reportedOn: '2026-08-31' });
  });
});
