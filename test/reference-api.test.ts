import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

/** Runs a query that must succeed and returns its data. */
const query = <T = Record<string, any>>(text: string, variables?: Record<string, unknown>) => server.data<T>(text, variables);

/** SQL statements one operation sends. */
const statementsFor = (text: string) => server.statementsFor(text);

async function callId(code: string): Promise<string> {
  const data = await query(`{ calls(first: 100) { nodes { id code } } }`);
  return data.calls.nodes.find((c: { code: string }) => c.code === code).id;
}

const codes = (nodes: { code: string }[]) => nodes.map((n) => n.code);

describe('countries', () => {
  it('lists Japan and the 21 partner countries/regions by code', async () => {
    const data = await query(`{ countries(first: 100) { totalCount nodes { code isPartner } } }`);
    expect(data.countries.totalCount).toBe(22);
    expect(codes(data.countries.nodes)).toEqual([...codes(data.countries.nodes)].sort());
    expect(data.countries.nodes.filter((c: { isPartner: boolean }) => !c.isPartner).map((c: { code: string }) => c.code)).toEqual([
      'JP',
    ]);
  });

  it('filters to the partners, and to the countries eligible in one call', async () => {
    const partners = await query(`{ countries(first: 100, filter: { partnerOnly: true }) { totalCount nodes { code } } }`);
    expect(partners.countries.totalCount).toBe(21);
    expect(codes(partners.countries.nodes)).not.toContain('JP');
    expect(codes(partners.countries.nodes)).toContain('EU');

    const eligible = `query($id: ID!) { countries(filter: { eligibleForCallId: $id }) { totalCount nodes { code } } }`;
    const uk = await query(eligible, { id: await callId('FY2024-JOINT-UK-BIO') });
    expect(uk.countries).toEqual({ totalCount: 1, nodes: [{ code: 'GB' }] });
    const nl = await query(eligible, { id: await callId('FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM') });
    expect(codes(nl.countries.nodes)).toEqual(['NL']);
    // FY2023 listed 20 countries/regions without naming them: none is recorded.
    const fy2023 = await query(eligible, { id: await callId('FY2023-SOLO-TOP') });
    expect(fy2023.countries.totalCount).toBe(0);
    const solo2026 = await query(
      `query($id: ID!) { countries(filter: { eligibleForCallId: $id, partnerOnly: true }) { totalCount } }`,
      { id: await callId('FY2026-SOLO-TOP') },
    );
    expect(solo2026.countries.totalCount).toBe(21);
  });

  it('rejects an id of another type in the call filter', async () => {
    const data = await query(`{ countries(first: 1) { nodes { id } } }`);
    const { errors } = await server.graphql(`query($id: ID!) { countries(filter: { eligibleForCallId: $id }) { totalCount } }`, {
      id: data.countries.nodes[0].id,
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('looks a country up by code with its agencies and organisations', async () => {
    const data = await query(`{
      gb: country(code: "GB") { code name(locale: JA) nameEn agencies { code } organizations(first: 10) { totalCount nodes { nameEn country { code } } } }
      jp: country(code: "JP") { isPartner agencies { code } organizations { totalCount } }
      none: country(code: "XX") { code }
    }`);
    expect(data.gb).toMatchObject({ code: 'GB', name: '英国', nameEn: 'United Kingdom' });
    expect(codes(data.gb.agencies)).toEqual(['BBSRC', 'UKRI']);
    expect(data.gb.organizations).toEqual({
      totalCount: 1,
      nodes: [{ nameEn: 'Demo: University of Ravensholm', country: { code: 'GB' } }],
    });
    expect(data.jp).toEqual({ isPartner: false, agencies: [{ code: 'AMED' }, { code: 'JST' }], organizations: { totalCount: 8 } });
    expect(data.none).toBeNull();
  });

  it('lists organisations of a country by English name, page by page', async () => {
    const page = (after: string | null) =>
      query(`query($after: String) { country(code: "JP") { organizations(first: 3, after: $after) { nodes { nameEn } pageInfo { hasNextPage endCursor } } } }`, {
        after,
      });
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { organizations }: Record<string, any> = (await page(after)).country;
      names.push(...organizations.nodes.map((o: { nameEn: string }) => o.nameEn));
      if (!organizations.pageInfo.hasNextPage) break;
      after = organizations.pageInfo.endCursor;
    }
    expect(names).toHaveLength(8);
    expect(names[0]).toBe('Demo: Asagiri University of Agriculture');
    expect(names).toEqual([...names].sort());
  });
});

describe('funding agencies', () => {
  it('lists the agencies by code', async () => {
    const data = await query(`{ fundingAgencies { totalCount nodes { code acronym } } }`);
    expect(data.fundingAgencies.totalCount).toBe(4);
    expect(codes(data.fundingAgencies.nodes)).toEqual(['AMED', 'BBSRC', 'JST', 'UKRI']);
  });

  it('gives BBSRC as a council of UKRI, in the UK', async () => {
    const data = await query(`{
      bbsrc: fundingAgency(code: "BBSRC") { nameEn name(locale: JA) parent { code } children { code } country { code } }
      ukri: fundingAgency(code: "UKRI") { parent { code } children { code nameEn } }
    }`);
    expect(data.bbsrc).toEqual({
      nameEn: 'Biotechnology and Biological Sciences Research Council',
      name: '英国バイオテクノロジー・生物科学研究会議',
      parent: { code: 'UKRI' },
      children: [],
      country: { code: 'GB' },
    });
    expect(data.ukri).toEqual({
      parent: null,
      children: [{ code: 'BBSRC', nameEn: 'Biotechnology and Biological Sciences Research Council' }],
    });
  });

  it("gives JST's identifiers", async () => {
    const data = await query(`{
      jst: fundingAgency(code: "JST") { name(locale: JA) crossrefFunderId crossrefFunderUrl rorId rorUrl website country { code } }
      none: fundingAgency(code: "NSF") { code }
    }`);
    expect(data.jst).toEqual({
      name: '国立研究開発法人科学技術振興機構',
      crossrefFunderId: '10.13039/501100002241',
      crossrefFunderUrl: 'https://doi.org/10.13039/501100002241',
      rorId: null,
      rorUrl: null,
      website: null,
      country: { code: 'JP' },
    });
    expect(data.none).toBeNull();
  });

  it("lists an agency's calls with its role, newest first, page by page", async () => {
    const bbsrc = await query(`{ fundingAgency(code: "BBSRC") { calls { totalCount edges { role node { code } } } } }`);
    expect(bbsrc.fundingAgency.calls).toEqual({
      totalCount: 1,
      edges: [{ role: 'PARTNER', node: { code: 'FY2024-JOINT-UK-BIO' } }],
    });
    const ukri = await query(`{ fundingAgency(code: "UKRI") { calls { totalCount nodes { code } } } }`);
    expect(ukri.fundingAgency.calls).toEqual({ totalCount: 0, nodes: [] });

    const all = await query(`{ fundingAgency(code: "JST") { calls(first: 100) { totalCount edges { role node { code fiscalYear } } } } }`);
    const { totalCount, edges } = all.fundingAgency.calls;
    expect(totalCount).toBe(14);
    expect(edges.every((e: { role: string }) => e.role === 'LEAD')).toBe(true);
    expect(edges.slice(0, 3).map((e: { node: { code: string } }) => e.node.code)).toEqual([
      'FY2026-SOLO-RISING',
      'FY2026-SOLO-TOP',
      'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM',
    ]);
    const years = edges.map((e: { node: { fiscalYear: number } }) => e.node.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));

    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: Record<string, any> = await query(
        `query($after: String) { fundingAgency(code: "JST") { calls(first: 4, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      );
      paged.push(...codes(page.fundingAgency.calls.nodes));
      if (!page.fundingAgency.calls.pageInfo.hasNextPage) break;
      after = page.fundingAgency.calls.pageInfo.endCursor;
    }
    expect(paged).toEqual(edges.map((e: { node: { code: string } }) => e.node.code));
  });

  it('resolves an agency by its global id', async () => {
    const data = await query(`{ fundingAgency(code: "AMED") { id } }`);
    const again = await query(`query($id: ID!) { node(id: $id) { ... on FundingAgency { code } } }`, { id: data.fundingAgency.id });
    expect(again.node).toEqual({ code: 'AMED' });
  });
});

describe('research fields', () => {
  it('gives the phase of a fiscal year: FY2025 → phase 1, FY2026 → phase 2, default the current one', async () => {
    const data = await query(`{
      researchField(code: "AI") {
        fy2025: phase(fiscalYear: 2025) { phase name(locale: JA) }
        fy2026: phase(fiscalYear: 2026) { phase name(locale: JA) }
        current: phase { phase toFiscalYear }
        before: phase(fiscalYear: 2022) { phase }
      }
    }`);
    expect(data.researchField).toEqual({
      fy2025: { phase: 1, name: 'AI・情報' },
      fy2026: { phase: 2, name: 'AI・情報・知能ロボティクス' },
      current: { phase: 2, toFiscalYear: null },
      before: null,
    });
  });

  it("gives a field's name and scope as a call of a fiscal year uses them", async () => {
    const data = await query(`{
      ai: researchField(code: "AI") { name(locale: JA) en: name(locale: EN) old: name(locale: JA, fiscalYear: 2024) scope(locale: EN, fiscalYear: 2026) }
      network: researchField(code: "NETWORK") { name(locale: JA) old: name(locale: JA, fiscalYear: 2025) en: name(locale: EN) }
      quantum: researchField(code: "QUANTUM") { name(locale: JA) old: name(locale: JA, fiscalYear: 2023) }
      none: researchField(code: "ROBOTICS") { code }
    }`);
    expect(data.ai).toMatchObject({ name: 'AI・情報・知能ロボティクス', en: 'AI, Information & Intelligent Robotics', old: 'AI・情報' });
    expect(data.ai.scope).toMatch(/intelligent robotics$/);
    expect(data.network).toEqual({ name: 'ネットワーク・通信', old: '通信', en: 'Networks & Telecommunications' });
    expect(data.quantum).toEqual({ name: '量子', old: '量子' });
    expect(data.none).toBeNull();
  });

  it('lists the calls open to a field, newest first', async () => {
    const data = await query(`{
      ai: researchField(code: "AI") { calls(first: 100) { totalCount nodes { code } } }
      bio: researchField(code: "BIO") { calls(first: 2) { totalCount nodes { code } pageInfo { hasNextPage } } }
    }`);
    expect(data.ai.calls.totalCount).toBe(9);
    expect(codes(data.ai.calls.nodes)).toContain('FY2025-JOINT-UK-AI');
    expect(codes(data.ai.calls.nodes)).not.toContain('FY2024-JOINT-UK-BIO');
    expect(data.bio.calls).toEqual({
      totalCount: 10,
      nodes: [{ code: 'FY2026-SOLO-RISING' }, { code: 'FY2026-SOLO-TOP' }],
      pageInfo: { hasNextPage: true },
    });
  });
});

describe('no N+1 in reference data', () => {
  it('loads agencies with parents, children, countries and calls in a fixed number of statements', async () => {
    const text = (n: number) => `{ fundingAgencies(first: ${n}) { nodes { code parent { code } children { code } country { code name }
      calls(first: 3) { totalCount edges { role node { code } } nodes { fields { code } } } } } }`;
    const small = await statementsFor(text(1));
    const large = await statementsFor(text(4));
    expect(large).toBe(small);
  });

  it('loads fields with phases and calls in a fixed number of statements', async () => {
    const text = (n: number) => `{ researchFields(first: ${n}) { nodes { code name old: name(fiscalYear: 2025) phase(fiscalYear: 2025) { name }
      phases { phase } calls(first: 2) { totalCount nodes { code countries { code } } edges { node { fiscalYear } } } } } }`;
    const small = await statementsFor(text(1));
    const large = await statementsFor(text(7));
    expect(large).toBe(small);
  });

  it('loads countries with agencies and organisations in a fixed number of statements', async () => {
    const text = (n: number) => `{ countries(first: ${n}) { totalCount nodes { code isPartner agencies { code }
      organizations(first: 2) { totalCount nodes { name } } } } }`;
    const small = await statementsFor(text(2));
    const large = await statementsFor(text(22));
    expect(large).toBe(small);
  });
});
