// Prisma's query plans kept per shape of operation (src/db/query-plans.ts). The whole suite runs
// with ASPIRE_QUERY_PLAN_CHECK=1 (vitest.config.ts): every operation's cached plan is compared there
// with the plan Prisma compiles for it. Here: that a shape is compiled once, what stays in it, and
// that the check does fail on a plan that differs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachingQueryCompiler, type QueryCompilerClass, type RuntimeDataModel } from '../src/db/query-plans.js';
import { createTestServer, type TestServer } from './support/server.js';

interface Internals {
  _runtimeDataModel: RuntimeDataModel;
  _engine: { datamodel: string };
}

let server: TestServer;
let compiles: string[];
let Compiler: QueryCompilerClass;
let newCompiler: (Base: QueryCompilerClass, size?: number, check?: boolean) => { compile(request: string): unknown };
let plainCompiler: () => { compile(request: string): unknown };
beforeAll(async () => {
  server = await createTestServer();
  // The server's first query has loaded Prisma's compiler; this test builds its own around it.
  await server.db.prisma.country.count();
  // @ts-expect-error: Prisma's runtime module has no type declarations
  const runtime = (await import('@prisma/client/runtime/query_compiler_bg.postgresql.mjs')) as { QueryCompiler: QueryCompilerClass };
  const { _runtimeDataModel: dataModel, _engine } = server.db.prisma as unknown as Internals;
  Compiler = class Counting extends runtime.QueryCompiler {
    override compile(request: string) {
      compiles.push(request);
      return super.compile(request);
    }
  };
  // What Prisma's client engine gives its compiler.
  const options = { datamodel: _engine.datamodel, provider: 'postgres', connectionInfo: { supportsRelationJoins: false } };
  type Constructs = new (o: typeof options) => { compile(r: string): unknown };
  newCompiler = (Base, size = 10, check = false) => new (cachingQueryCompiler(Base, dataModel, { size, check }) as unknown as Constructs)(options);
  plainCompiler = () => new (runtime.QueryCompiler as unknown as Constructs)(options);
}, 120_000);
afterAll(() => server?.close());

const request = (modelName: string, args: object, selection: object = { id: true }) =>
  JSON.stringify({ modelName, action: 'findMany', query: { arguments: args, selection } });

describe('query plans kept per shape of operation', () => {
  it('compiles operations that differ only in String values once, and gives each its own values', () => {
    compiles = [];
    const compiler = newCompiler(Compiler);
    const byCode = (code: string) =>
      request('Country', { where: { OR: [{ code }, { code: { in: [code, 'JP'] } }, { organizations: { some: { nameEn: { gte: code } } } }] }, take: 2 });
    const [gb, fr] = [compiler.compile(byCode('GB')), compiler.compile(byCode('FR'))];
    expect(compiles).toHaveLength(1);
    const fresh = plainCompiler();
    expect(gb).toEqual(fresh.compile(byCode('GB')));
    expect(fr).toEqual(fresh.compile(byCode('FR')));
    expect(JSON.stringify(fr)).toContain('"FR"');
  });

  it('keeps in the shape what changes the SQL: enums, numbers, a list’s length, text search, nulls', () => {
    compiles = [];
    const compiler = newCompiler(Compiler);
    const variants: [string, object][] = [
      ['Organization', { where: { kind: 'UNIVERSITY' } }],
      ['Organization', { where: { kind: 'COMPANY' } }],
      ['Call', { where: { fiscalYear: 2024 } }],
      ['Call', { where: { fiscalYear: 2025 } }],
      ['Country', { where: { code: { in: ['GB'] } } }],
      ['Country', { where: { code: { in: ['GB', 'FR'] } } }],
      ['Country', { where: { nameEn: { contains: 'King' } } }],
      ['Country', { where: { nameEn: { contains: 'Rep' } } }],
      ['Country', { where: { nameEn: { equals: 'Japan', mode: 'insensitive' } } }],
      ['Country', { where: { nameEn: { equals: 'France', mode: 'insensitive' } } }],
      ['Organization', { where: { rorId: null } }],
      ['Organization', { where: { rorId: 'x' } }],
    ];
    for (const [model, args] of variants) compiler.compile(request(model, args));
    expect(compiles).toHaveLength(variants.length);
  });

  it('compiles writes as they come, keeping none', () => {
    compiles = [];
    const compiler = newCompiler(Compiler);
    const rename = JSON.stringify({ modelName: 'Country', action: 'updateMany', query: { arguments: { where: { code: 'GB' }, data: { nameEn: 'UK' } }, selection: { count: true } } });
    compiler.compile(rename);
    compiler.compile(rename);
    expect(compiles).toEqual([rename, rename]);
  });

  it('keeps at most its size, dropping the least recently used', () => {
    compiles = [];
    const compiler = newCompiler(Compiler, 2);
    const [a, b, c] = [{ where: { code: 'GB' } }, { where: { nameEn: 'Japan' } }, { take: 1 }].map((args) => request('Country', args));
    for (const r of [a, b, a, c, a, b]) compiler.compile(r!);
    // a and b compiled; a used, so c drops b; b compiled again.
    const filtered = (r: string) => Object.keys((JSON.parse(r) as { query: { arguments: { where?: object } } }).query.arguments.where ?? {});
    expect(compiles.map(filtered)).toEqual([['code'], ['nameEn'], [], ['nameEn']]);
  });

  it('fails an operation in check mode when its cached plan differs from the compiled one', () => {
    let n = 0;
    // A compiler whose plans differ each time it is asked: the check must see it.
    const Drifting = class extends Compiler {
      override compile(request: string) {
        return { plan: super.compile(request), n: n++ };
      }
    };
    const compiler = newCompiler(Drifting, 10, true);
    expect(() => compiler.compile(request('Country', { where: { code: 'GB' } }))).toThrow(/Cached query plan differs/);
  });

  it('compiles as they come the shapes whose placeholders the compiler refuses, and says so in check mode', () => {
    let refusals = 0;
    // A compiler that refuses placeholders, as 6.19's might in a place the suite never reaches.
    const Refusing = class extends Compiler {
      override compile(request: string) {
        if (request.includes('"$type":"Param"')) {
          refusals++;
          throw new Error('refused');
        }
        return super.compile(request);
      }
    };
    const [gb, fr] = ['GB', 'FR'].map((code) => request('Country', { where: { code } }));
    const compiler = newCompiler(Refusing);
    expect(compiler.compile(gb!)).toEqual(plainCompiler().compile(gb!));
    expect(compiler.compile(fr!)).toEqual(plainCompiler().compile(fr!));
    // The refused shape is tried once, then each operation is compiled whole.
    expect(refusals).toBe(1);
    expect(() => newCompiler(Refusing, 10, true).compile(gb!)).toThrow(/refused a placeholder/);
  });

  it('finds each country by its own code through the server’s own clients', async () => {
    const codes = await server.db.prisma.country.findMany({ select: { code: true }, orderBy: { code: 'asc' } });
    expect(codes.length).toBeGreaterThan(2);
    for (const { code } of codes) {
      const found = await server.db.prisma.country.findUnique({ where: { code }, select: { code: true } });
      expect(found?.code).toBe(code);
    }
  });
});

