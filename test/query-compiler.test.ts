// Prisma's query compiler compiled from the CLI's .wasm file (src/db/query-compiler.ts), not from
// the generated client's base64 module, which would stay loaded: about 8 MB of RSS.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_COMPILER_FILE } from '../src/db/query-compiler.js';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
}, 120_000);
afterAll(() => server?.close());

describe("Prisma's query compiler", () => {
  it('is the same WebAssembly as the generated client would decode', async () => {
    expect(QUERY_COMPILER_FILE).toBeDefined();
    // @ts-expect-error: Prisma's runtime module has no type declarations
    const { wasm } = (await import('@prisma/client/runtime/query_compiler_bg.postgresql.wasm-base64.mjs')) as { wasm: string };
    expect(Buffer.compare(await readFile(QUERY_COMPILER_FILE!), Buffer.from(wasm, 'base64'))).toBe(0);
  });

  it('is loaded from that file by the clients a server reads and writes with', async () => {
    for (const client of [server.db.prisma, server.db.writes]) {
      const { compilerWasm } = (client as unknown as { _engineConfig: { compilerWasm: { getQueryCompilerWasmModule: () => unknown } } })._engineConfig;
      expect(compilerWasm.getQueryCompilerWasmModule.name).toBe('compileFromFile');
    }
    // The compiler loaded with the server's first query, from the file: queries compile.
    expect(await server.db.prisma.country.count({ where: { code: 'GB' } })).toBe(1);
  });
});
