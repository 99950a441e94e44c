import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const query = <T = Record<string, any>>(text: string, variables?: Record<string, unknown>) => server.data<T>(text, variables);

const statementsFor = (text: string) => server.statementsFor(text);

/** Every node of a root connection, fetched `size` at a time through the cursors. */
async function allPages(field: string, args: string, size: number): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const data: Record<string, any> = await query(
      `query($after: String) { ${field}(first: ${size}, after: $after${args}) { nodes { nameEn } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    names.push(...data[field].nodes.map((n: { nameEn: string }) => n.nameEn));
    if (!data[field].pageInfo.hasNextPage) return names;
    after = data[field].pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

const globalId = async (typename: 'Country' | 'Organization', key: string) => {
  const data = await query(
    typename === 'Country'
      ? `{ country(code: "${key}") { id } }`
      : `{ organizations(filter: { name: ${JSON.stringify(key)} }) { nodes { id } } }`,
  );
  return typename === 'Country' ? data.country.id : data.organizations.nodes[0].id;
};

const namesOf = (connection: { nodes: { nameEn: string }[] }) => connection.nodes.map((n) => n.nameEn);

describe('organizations', () => {
  it('lists every organisation by English name, and in reverse', async () => {
    const data = await query(`{
      asc: organizations(first: 100) { totalCount nodes { nameEn } }
      desc: organizations(first: 100, orderBy: { field: NAME, direction: DESC }) { nodes { nameEn } }
    }`);
    expect(data.asc.totalCount).toBe(15);
    expect(data.asc.nodes[0].nameEn).toBe('Demo: Asagiri University of Agriculture');
    expect(namesOf(data.desc)).toEqual(namesOf(data.asc).reverse());
  });

  it('pages through the same order without gaps or repeats', async () => {
    const single = await query(`{ organizations(first: 100) { nodes { nameEn } } }`);
    expect(await allPages('organizations', '', 4)).toEqual(namesOf(single.organizations));
  });

  it('filters by country, kind and name (Japanese or English, any case)', async () => {
    const jp = await globalId('Country', 'JP');
    const data = await query(
      `query($jp: ID!) {
        japan: organizations(filter: { countryId: $jp }) { totalCount nodes { country { code } } }
        companies: organizations(filter: { kind: COMPANY }) { totalCount nodes { nameEn kind } }
        japaneseCompanies: organizations(filter: { kind: [COMPANY], countryId: $jp }) { nodes { nameEn } }
        institutes: organizations(filter: { kind: [RESEARCH_INSTITUTE, COMPANY] }) { totalCount }
        english: organizations(filter: { name: "kawaSEMI" }) { nodes { nameEn name(locale: JA) } }
        japanese: organizations(filter: { name: "翡翠" }) { nodes { nameEn } }
        universities: organizations(filter: { name: "UNIVERSITY" }) { totalCount }
        nothing: organizations(filter: { name: "Sorbonne" }) { totalCount nodes { nameEn } }
      }`,
      { jp },
    );
    expect(data.japan.totalCount).toBe(8);
    expect(data.japan.nodes.every((o: { country: { code: string } }) => o.country.code === 'JP')).toBe(true);
    expect(data.companies).toEqual({
      totalCount: 2,
      nodes: [
        { nameEn: 'Demo: Hanbit Photonics Co.', kind: 'COMPANY' },
        { nameEn: 'Demo: Kohaku Quantum Devices Co., Ltd.', kind: 'COMPANY' },
      ],
    });
    expect(namesOf(data.japaneseCompanies)).toEqual(['Demo: Kohaku Quantum Devices Co., Ltd.']);
    expect(data.institutes.totalCount).toBe(6);
    expect(data.english.nodes).toEqual([{ nameEn: 'Demo: Kawasemi Institute of Technology', name: '【デモ】翡翠工業大学' }]);
    expect(namesOf(data.japanese)).toEqual(['Demo: Kawasemi Institute of Technology']);
    expect(data.universities.totalCount).toBe(8);
    expect(data.nothing).toEqual({ totalCount: 0, nodes: [] });
  });

  it('rejects an id of another type in the country filter', async () => {
    const org = await globalId('Organization', 'Hoshizora');
    const { errors } = await server.graphql(`query($id: ID!) { organizations(filter: { countryId: $id }) { totalCount } }`, { id: org });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("gives an organisation's researchers, lead proposals and ROR link", async () => {
    const hoshizora = await server.db.prisma.organization.findFirstOrThrow({ where: { nameEn: { contains: 'Hoshizora' } } });
    await server.db.prisma.organization.update({ where: { id: hoshizora.id }, data: { rorId: '00demo000' } });
    const leads = await server.db.prisma.proposal.count({ where: { leadOrganizationId: hoshizora.id } });
    expect(leads).toBeGreaterThan(0);

    const data = await query(`{ organizations(filter: { name: "Hoshizora" }) { nodes {
      id kind rorId rorUrl country { code }
      researchers(first: 10) { totalCount nodes { nameEn } }
      proposals(first: 100) { totalCount nodes { leadOrganization { nameEn } } }
    } } }`);
    const org = data.organizations.nodes[0];
    expect(org).toMatchObject({ kind: 'UNIVERSITY', rorId: '00demo000', rorUrl: 'https://ror.org/00demo000', country: { code: 'JP' } });
    // Sora Kiriyama has moved to the German partner since the demo proposals.
    expect(org.researchers).toEqual({
      totalCount: 5,
      nodes: ['Aoi Hoshino', 'Hikari Amane', 'Kaede Takanoha', 'Mio Nagisa', 'Ren Tsukimori'].map((nameEn) => ({ nameEn })),
    });
    expect(org.proposals.totalCount).toBe(leads);
    expect(org.proposals.nodes).toHaveLength(leads);
    expect(org.proposals.nodes.every((p: { leadOrganization: { nameEn: string } }) => p.leadOrganization.nameEn === 'Demo: Hoshizora University')).toBe(true);

    const again = await query(`query($id: ID!) { node(id: $id) { ... on Organization { nameEn } } }`, { id: org.id });
    expect(again.node).toEqual({ nameEn: 'Demo: Hoshizora University' });
  });

  it('answers node(id:) with null for an organisation or researcher that does not exist', async () => {
    const missing = (typename: string) => Buffer.from(`${typename}:00000000-0000-7000-8000-000000000000`).toString('base64');
    const data = await query(`query($org: ID!, $person: ID!) { org: node(id: $org) { id } person: node(id: $person) { id } }`, {
      org: missing('Organization'),
      person: missing('Researcher'),
    });
    expect(data).toEqual({ org: null, person: null });
  });
});

describe('researchers', () => {
  it('finds researchers by Japanese or English name, in any case', async () => {
    const data = await query(`{
      lower: researchers(filter: { name: "hoshi" }) { totalCount nodes { nameEn nameJa } }
      upper: researchers(filter: { name: "HOSHINO" }) { nodes { nameEn } }
      japanese: researchers(filter: { name: "星野" }) { nodes { nameEn name(locale: JA) } }
      kanji: researchers(filter: { name: "霧" }) { nodes { nameEn } }
      partner: researchers(filter: { name: "whitCOMBE" }) { nodes { nameEn nameJa name(locale: JA) } }
      wildcard: researchers(filter: { name: "%" }) { totalCount }
      blank: researchers(filter: { name: "  " }) { totalCount }
    }`);
    expect(data.lower).toEqual({
      totalCount: 2,
      nodes: [
        { nameEn: 'Aoi Hoshino', nameJa: '星野 葵' },
        { nameEn: 'Noa Hoshikawa', nameJa: '星川 乃亜' },
      ],
    });
    expect(namesOf(data.upper)).toEqual(['Aoi Hoshino']);
    expect(data.japanese.nodes).toEqual([{ nameEn: 'Aoi Hoshino', name: '星野 葵' }]);
    expect(namesOf(data.kanji)).toEqual(['Shion Kirishima', 'Sora Kiriyama']);
    // No Japanese name: the Japanese rendering falls back to the English one.
    expect(data.partner.nodes).toEqual([{ nameEn: 'Eleanor Whitcombe', nameJa: null, name: 'Eleanor Whitcombe' }]);
    // Searched for literally, not as a LIKE wildcard; blank text does not filter.
    expect(data.wildcard.totalCount).toBe(0);
    expect(data.blank.totalCount).toBe(await server.db.prisma.researcher.count());
  });

  it('finds a researcher by exact ORCID iD only', async () => {
    const hoshino = await query(`{ researchers(filter: { name: "Aoi Hoshino" }) { nodes { id orcid orcidUrl eradNumber } } }`);
    const { orcid, orcidUrl, id } = hoshino.researchers.nodes[0];
    expect(orcid).toMatch(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/);
    expect(orcidUrl).toBe(`https://orcid.org/${orcid}`);
    expect(hoshino.researchers.nodes[0].eradNumber).toMatch(/^\d{8}$/);

    const data = await query(`query($orcid: String!) { exact: researchers(filter: { orcid: $orcid }) { totalCount nodes { id nameEn } } }`, { orcid });
    expect(data.exact).toEqual({ totalCount: 1, nodes: [{ id, nameEn: 'Aoi Hoshino' }] });
    // Part of an iD, or one whose check character is wrong, is no ORCID iD: bad input, not an empty page.
    for (const wrong of [orcid.slice(0, 14), `${orcid.slice(0, 18)}${orcid.endsWith('1') ? '2' : '1'}`]) {
      const refused = await server.graphql(`query($orcid: String!) { researchers(filter: { orcid: $orcid }) { totalCount } }`, { orcid: wrong });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('filters by current organisation and combines filters', async () => {
    const kawasemi = await globalId('Organization', 'Kawasemi');
    const data = await query(
      `query($org: ID!) {
        all: researchers(filter: { organizationId: $org }) { totalCount nodes { nameEn careerStage organization { nameEn } } }
        both: researchers(filter: { organizationId: $org, name: "rin" }) { nodes { nameEn } }
      }`,
      { org: kawasemi },
    );
    expect(data.all.totalCount).toBe(6);
    expect(data.all.nodes.every((r: { organization: { nameEn: string } }) => r.organization.nameEn === 'Demo: Kawasemi Institute of Technology')).toBe(true);
    expect(data.all.nodes.find((r: { nameEn: string }) => r.nameEn === 'Sho Tokiwa').careerStage).toBe('DOCTORAL_STUDENT');
    expect(namesOf(data.both)).toEqual(['Rin Hibiki']);
  });

  it('orders by English or Japanese name, stably across pages', async () => {
    const data = await query(`{
      en: researchers(first: 100) { totalCount nodes { nameEn } }
      enDesc: researchers(first: 100, orderBy: { field: NAME_EN, direction: DESC }) { nodes { nameEn } }
      ja: researchers(first: 100, orderBy: { field: NAME_JA }) { nodes { nameEn nameJa } }
      jaDesc: researchers(first: 100, orderBy: { field: NAME_JA, direction: DESC }) { nodes { nameEn nameJa } }
    }`);
    const total = data.en.totalCount;
    expect(total).toBe(await server.db.prisma.researcher.count());
    expect(data.en.nodes[0].nameEn).toBe('Akari Yozora');
    expect(namesOf(data.enDesc)).toEqual(namesOf(data.en).reverse());

    // Without a Japanese name comes last, whichever the direction.
    const withJa = (nodes: { nameJa: string | null }[]) => nodes.findIndex((r) => r.nameJa === null);
    const firstWithout = withJa(data.ja.nodes);
    expect(firstWithout).toBeGreaterThan(0);
    expect(data.ja.nodes.slice(firstWithout).every((r: { nameJa: string | null }) => r.nameJa === null)).toBe(true);
    expect(data.jaDesc.nodes.slice(firstWithout).every((r: { nameJa: string | null }) => r.nameJa === null)).toBe(true);
    expect(data.jaDesc.nodes.slice(0, firstWithout).map((r: { nameJa: string }) => r.nameJa)).toEqual(
      data.ja.nodes.slice(0, firstWithout).map((r: { nameJa: string }) => r.nameJa).reverse(),
    );

    expect(await allPages('researchers', '', 7)).toEqual(namesOf(data.en));
    expect(await allPages('researchers', ', orderBy: { field: NAME_JA }', 9)).toEqual(namesOf(data.ja));
  });

  it("gives a researcher's team memberships and mobility", async () => {
    const person = await server.db.prisma.researcher.findFirstOrThrow({
      where: { mobilities: { some: {} }, memberships: { some: {} } },
      include: { _count: { select: { mobilities: true, memberships: true } } },
      orderBy: { nameEn: 'asc' },
    });
    const data = await query(
      `query($id: ID!) { node(id: $id) { ... on Researcher {
        nameEn
        memberships(first: 100) { totalCount nodes { role researcher { nameEn } proposal { id } } }
        mobilities(first: 100) { totalCount nodes { direction startsOn researcher { nameEn } } }
      } } }`,
      { id: (await query(`{ researchers(filter: { name: ${JSON.stringify(person.nameEn)} }) { nodes { id } } }`)).researchers.nodes[0].id },
    );
    const { memberships, mobilities } = data.node;
    expect(memberships.totalCount).toBe(person._count.memberships);
    expect(memberships.nodes).toHaveLength(person._count.memberships);
    expect(memberships.nodes.every((m: { researcher: { nameEn: string } }) => m.researcher.nameEn === person.nameEn)).toBe(true);
    expect(mobilities.totalCount).toBe(person._count.mobilities);
    const starts = mobilities.nodes.map((m: { startsOn: string }) => m.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
  });
});

describe('no N+1 in people', () => {
  it('loads organisations with their country and researchers in a fixed number of statements', async () => {
    const text = (n: number) =>
      `{ organizations(first: ${n}) { totalCount nodes { name country { code } researchers(first: 5) { totalCount nodes { name } } } } }`;
    const small = await statementsFor(text(2));
    const large = await statementsFor(text(15));
    expect(large).toBe(small);
  });

  it("loads researchers with their organisation's country in a fixed number of statements", async () => {
    const text = (n: number) => `{ researchers(first: ${n}) { nodes { name organization { name country { code } } } } }`;
    const small = await statementsFor(text(2));
    const large = await statementsFor(text(60));
    expect(large).toBe(small);
  });

  it('loads memberships and mobility of many researchers in a fixed number of statements', async () => {
    const text = (n: number) => `{ researchers(first: ${n}) { nodes { memberships(first: 3) { totalCount nodes { role } }
      mobilities(first: 3) { totalCount nodes { startsOn } } } } }`;
    const small = await statementsFor(text(2));
    const large = await statementsFor(text(60));
    expect(large).toBe(small);
  });
});

describe('the public view (no API key)', () => {
  let anonymous: TestServer;
  beforeAll(async () => {
    anonymous = await createTestServer({ as: 'ANONYMOUS' });
  });
  afterAll(() => anonymous.close());

  async function ask<T = Record<string, any>>(text: string, variables?: Record<string, unknown>): Promise<T> {
    const { data, errors } = await anonymous.graphql<T>(text, variables);
    expect(errors).toBeUndefined();
    return data!;
  }

  const adopted = { proposal: { project: { isNot: null } } };

  it('lists only the people and organisations of adopted projects, in lists and counts alike', async () => {
    const data = await ask(`{
      researchers(first: 100) { totalCount nodes { nameEn } }
      organizations(first: 100) { totalCount nodes { nameEn } }
      country(code: "JP") { organizations(first: 100) { totalCount } }
    }`);
    const people = await anonymous.db.prisma.researcher.count({ where: { memberships: { some: adopted } } });
    expect(people).toBeGreaterThan(0);
    expect(people).toBeLessThan(await anonymous.db.prisma.researcher.count());
    expect(data.researchers.totalCount).toBe(people);
    expect(data.researchers.nodes).toHaveLength(people);
    // Those leading an adopted proposal, with a place on an adopted team, or whose people have one.
    const publicOrganization = {
      OR: [{ proposals: { some: { project: { isNot: null } } } }, { memberships: { some: adopted } }, { researchers: { some: { memberships: { some: adopted } } } }],
    };
    const organizations = await anonymous.db.prisma.organization.count({ where: publicOrganization });
    expect(data.organizations.totalCount).toBe(organizations);
    expect(data.organizations.nodes).toHaveLength(organizations);
    expect(data.country.organizations.totalCount).toBe(
      await anonymous.db.prisma.organization.count({ where: { AND: [publicOrganization, { country: { code: 'JP' } }] } }),
    );
  });

  it("hides proposals and mobility, and shows only adopted projects' team places", async () => {
    const person = await anonymous.db.prisma.researcher.findFirstOrThrow({
      where: { memberships: { some: adopted }, mobilities: { some: {} }, organization: { proposals: { some: {} } } },
      orderBy: { nameEn: 'asc' },
    });
    const places = await anonymous.db.prisma.teamMember.count({ where: { researcherId: person.id, ...adopted } });
    const data = await ask(
      `query($name: String!) { researchers(filter: { name: $name }) { nodes {
        memberships { totalCount nodes { role } }
        mobilities { totalCount nodes { startsOn } }
        organization { proposals { totalCount nodes { id } } }
      } } }`,
      { name: person.nameEn },
    );
    const [node] = data.researchers.nodes;
    expect(node.memberships.totalCount).toBe(places);
    expect(node.memberships.nodes).toHaveLength(places);
    expect(node.mobilities).toEqual({ totalCount: 0, nodes: [] });
    expect(node.organization.proposals).toEqual({ totalCount: 0, nodes: [] });
  });
});
