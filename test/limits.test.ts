import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/schema/limits.js';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  [server, production] = await Promise.all([createTestServer(), createTestServer({ production: true, template: 'empty' })]);
});
afterAll(() => Promise.all([server.close(), production.close()]));

// researcher → memberships → proposal → team → researcher → … can nest without end.
function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `memberships(first: 1) { nodes { researcher { ${inner} } } }`;
  return `{ researchers(first: 1) { nodes { ${inner} } } }`;
}

describe('query limits', () => {
  it('rejects a query deeper than the limit before running any of it', async () => {
    const queries = server.countQueries();
    const { data, errors } = await server.graphql(nested(6));
    queries.stop();
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors?.[0]?.message).toMatch(/depth \d+ is over the limit of 14/);
    expect(queries.count).toBe(0);
  });

  it('rejects a query whose pages multiply beyond the complexity limit', async () => {
    const { data, errors } = await server.graphql(`{
      proposals(first: 100) { nodes { team(first: 100) { nodes { researcher { memberships(first: 100) { nodes { id } } } } } } }
    }`);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors?.[0]?.message).toMatch(/complexity \d+ is over the limit of 50000/);
  });

  it('prices the same document by the variables of each request', async () => {
    const text = `query($n: Int) {
      proposals(first: $n) { nodes { team(first: $n) { nodes { researcher { memberships(first: $n) { nodes { id } } } } } } }
    }`;
    const small = await server.graphql(text, { n: 1 });
    const large = await server.graphql(text, { n: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.data).toBeUndefined();
    expect(large.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('prices nodes(ids:) by the number of ids', async () => {
    const { data } = await server.graphql<{ calls: { nodes: { id: string }[] } }>(`{ calls(first: 14) { nodes { id } } }`);
    const ids = data!.calls.nodes.map((c) => c.id);
    const cost = async (list: string[]) =>
      ((await server.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: list })).extensions?.cost as { complexity: number })
        .complexity;
    expect(await cost(ids)).toBeGreaterThan(await cost(ids.slice(0, 1)));
  });

  it('reports the cost of an accepted query, and a page of 100 costs more than one of 20', async () => {
    const small = await server.graphql(`{ proposals(first: 20) { nodes { title } } }`);
    const large = await server.graphql(`{ proposals(first: 100) { nodes { title } } }`);
    const cost = (r: typeof small) => (r.extensions?.cost as { complexity: number }).complexity;
    expect(small.errors).toBeUndefined();
    expect(small.extensions?.cost).toMatchObject({ depth: 3, limits: DEFAULT_LIMITS });
    expect(cost(large)).toBe(5 * cost(small) - 4);
  });

  it('lets a representative deep list view through', async () => {
    const { errors } = await server.graphql(`{
      calls(first: 14) { nodes { proposals(first: 20) { nodes { team(first: 10) { nodes { researcher { organization { country { code } } } } } } } } }
    }`);
    expect(errors).toBeUndefined();
  });

  it('prices computed fields by their work: thirty aliased pages of ruleCheck are refused before running', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `p${i}: proposals(first: 100) { nodes { ruleCheck { ok } } }`);
    const queries = server.countQueries();
    const { data, errors } = await server.graphql(`{ ${aliases.join('\n')} }`);
    queries.stop();
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(queries.count).toBe(0);
  });

  it('lets one page of ruleCheck through', async () => {
    const { errors } = await server.graphql(`{ proposals(first: 100) { nodes { ruleCheck { ok errors { code } } } } }`);
    expect(errors).toBeUndefined();
  });

  it('hides field suggestions in production mode only', async () => {
    const development = await server.graphql(`{ callz { totalCount } }`);
    const hidden = await production.graphql(`{ callz { totalCount } }`);
    const messages = (r: typeof hidden) => (r.errors ?? []).map((e) => e.message).join('\n');
    expect(messages(development)).toMatch(/Did you mean "call" or "calls"/);
    expect(hidden.errors?.length).toBeGreaterThan(0);
    expect(messages(hidden)).not.toMatch(/Did you mean|"calls"/);
  });
});
