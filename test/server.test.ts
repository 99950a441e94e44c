import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

describe('the server skeleton', () => {
  it('answers the readiness check once the database answers', async () => {
    const response = await server.yoga.fetch('http://localhost/ready');
    expect(response.status).toBe(200);
  });

  it('reads calls, fields and countries end to end', async () => {
    const { data, errors } = await server.graphql(`{
      calls(first: 100) { totalCount nodes { code kind track fiscalYear fields { code } countries { code } } }
      researchFields { totalCount nodes { code phases { phase fromFiscalYear name(locale: EN) } } }
      countries(first: 100) { totalCount nodes { code nameEn nameJa } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.calls.totalCount).toBe(14);
    const top2026 = data!.calls.nodes.find((c: { code: string }) => c.code === 'FY2026-SOLO-TOP');
    expect(top2026).toMatchObject({ kind: 'SOLO', track: 'TOP', fiscalYear: 2026 });
    expect(top2026.fields).toHaveLength(7);
    expect(top2026.countries).toHaveLength(21);
    expect(data!.researchFields.totalCount).toBe(7);
    expect(data!.researchFields.nodes[0].phases.map((p: { phase: number }) => p.phase)).toEqual([1, 2]);
    expect(data!.countries.totalCount).toBe(22);
  });

  it('answers in Japanese when the request asks for it', async () => {
    const ask = (language: string) =>
      server.graphql(`{ researchFields(first: 1) { nodes { phases { name } } } }`, {}, { 'accept-language': language });
    const ja = await ask('ja-JP,ja;q=0.9,en;q=0.8');
    const en = await ask('en-GB');
    expect(ja.data!.researchFields.nodes[0].phases[1].name).toBe('AI・情報・知能ロボティクス');
    expect(en.data!.researchFields.nodes[0].phases[1].name).toBe('AI, Information & Intelligent Robotics');
  });

  it('rejects a page size above 100 instead of clamping it', async () => {
    const { errors } = await server.graphql(`{ calls(first: 101) { nodes { code } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/at most 100/);
  });

  it('gives opaque global ids that node() resolves', async () => {
    const { data } = await server.graphql(`{ calls(first: 1) { nodes { id code } } }`);
    const { id, code } = data!.calls.nodes[0];
    expect(id).not.toContain(code);
    const again = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Call { code } } }`, { id });
    expect(again.data!.node.code).toBe(code);
  });
});
