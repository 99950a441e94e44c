// The SDK as people install it: the packed tarball, installed into a fresh CommonJS project and a
// fresh ESM project, each type-checked by tsc (module nodenext) and run against the real server.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/keys.js';
import type { Database } from '../../src/db/client.js';
import { createTestDatabase } from '../../test/support/database.js';
import { startHttpServer } from '../../test/support/http.js';

const run = promisify(execFile);
const sdkDir = path.resolve(import.meta.dirname, '..');
const tsc = path.resolve(sdkDir, '../node_modules/typescript/bin/tsc');

let db: Database;
let server: Awaited<ReturnType<typeof startHttpServer>>;
let work: string;
let tarball: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'aspire-sdk-package-'));
  db = await createTestDatabase();
  server = await startHttpServer(db, { arbitraryOperations: 'authenticated' });
  await run('npm', ['run', 'build'], { cwd: sdkDir });
  await run('npm', ['pack', '--pack-destination', work], { cwd: sdkDir });
  tarball = path.join(work, (await readdir(work)).find((f) => f.endsWith('.tgz'))!);
}, 300_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
  await rm(work, { recursive: true, force: true });
});

// Written in TypeScript so that tsc checks the package's declarations as each kind of project
// resolves them; the compiled JavaScript is what runs. `process` is declared here because the
// fresh projects have no @types/node.
const program = (kind: string) => `
import { createClient, GraphQLRequestError, type CallsQuery } from '@aspire/sdk';
import { fiscalYearOf } from '@aspire/sdk/rules';
declare const process: { env: Record<string, string | undefined>; exitCode: number };

async function main(): Promise<void> {
  const client = createClient({ url: process.env.ASPIRE_URL! });
  const { calls }: CallsQuery = await client.calls({ first: 1 });
  const call = calls.nodes[0];
  if (!call) throw new Error('no call');
  const error = new GraphQLRequestError([], 400);
  console.log(JSON.stringify({ kind: '${kind}', code: call.code, total: calls.totalCount, fy: fiscalYearOf(new Date('2026-04-01T00:00:00+09:00')), typed: error instanceof Error }));
}
main().catch((error) => { console.error(error); process.exitCode = 1; });
`;

async function freshProject(type: 'commonjs' | 'module'): Promise<string> {
  const dir = path.join(work, type);
  await run('mkdir', ['-p', dir]);
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: `fresh-${type}`, private: true, type }));
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], strict: true, outDir: 'out', types: [], skipLibCheck: false },
      files: ['main.ts'],
    }),
  );
  await writeFile(path.join(dir, 'main.ts'), program(type));
  // Only the SDK's own dependency comes from the registry, from npm's cache when it is there.
  await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir });
  await run(process.execPath, [tsc, '-p', dir]);
  return dir;
}

describe('the packed package', () => {
  it.each(['commonjs', 'module'] as const)('installs into a fresh %s project, type-checks and answers a query', async (type) => {
    const dir = await freshProject(type);
    const { stdout } = await run(process.execPath, [path.join(dir, 'out/main.js')], { env: { ...process.env, ASPIRE_URL: server.url } });
    const answer = JSON.parse(stdout.trim());
    expect(answer).toMatchObject({ kind: type, fy: 2026, typed: true });
    expect(answer.code).toMatch(/^FY\d{4}-/);
    expect(answer.total).toBeGreaterThan(0);
  }, 180_000);
});

describe('sdk/examples/own-documents', () => {
  it('runs its own typed document through the built package, with a key as the server asks', async () => {
    const { key } = await createApiKey(db.prisma, { name: 'example', role: 'STAFF' });
    const { stdout } = await run('npx', ['tsx', 'src/joint-calls.ts', server.url, 'BBSRC'], {
      cwd: path.join(sdkDir, 'examples/own-documents'),
      env: { ...process.env, ASPIRE_API_KEY: key },
    });
    expect(stdout).toContain('FY2024-JOINT-UK-BIO');
    expect(stdout).toContain("countries: [ 'GB' ]");
  }, 60_000);
});
