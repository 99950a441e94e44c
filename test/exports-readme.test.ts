// The README's Exports section, run as written: its curl commands against the real server started
// with `npm start`, its CLI commands against the same database; and its column dictionary current.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnDictionary } from '../src/modules/exports/dictionary.js';
import { processDatabase, root, runCli, startServer } from './support/process.js';

const run = promisify(execFile);
const readme = await readFile(path.join(root, 'README.md'), 'utf8');

/** The shell block that follows a `<!-- exports:<name> … -->` marker. */
function block(name: string): string {
  const match = new RegExp(`<!-- exports:${name}\\b[^>]*-->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no exports:${name} block`);
  return match[1]!;
}

/** Runs a README block with bash, stopping at the first failing command, in its own directory. */
async function runBlock(name: string, dir: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', block(name)], { cwd: dir, env: { ...process.env, ...env }, timeout: 240_000 });
  return stdout;
}

/** startServer gives up waiting after a minute; on a loaded machine the first start migrates for longer. */
async function started(env: Record<string, string>) {
  const server = await startServer(['npm', 'start'], env);
  for (let i = 0; i < 480 && !(await fetch(`${server.base}/ready`).then((r) => r.ok, () => false)); i++) {
    await new Promise((r) => setTimeout(r, 500));
  }
  return server;
}

let database: Awaited<ReturnType<typeof processDatabase>>;
const dirs: Record<'http' | 'cli', string> = { http: '', cli: '' };
beforeAll(async () => {
  database = await processDatabase('exports_readme');
  // Inside the repository, so that `npm run` finds the project's package.json.
  for (const name of ['http', 'cli'] as const) dirs[name] = await mkdtemp(path.join(root, `.tmp-exports-${name}-`));
});
afterAll(async () => {
  for (const dir of Object.values(dirs)) if (dir) await rm(dir, { recursive: true, force: true });
  await database?.drop();
});

describe('README: Exports', () => {
  it('has the column dictionary the code defines (npm run exports:doc)', () => {
    expect(readme).toContain(columnDictionary());
  });

  it('runs the curl and CLI examples as written, and they give the same files', { timeout: 600_000 }, async () => {
    // First start migrates and loads the data; the CLI then needs the embedded database to itself.
    let server = await started(database.env);
    await server.stop('SIGTERM');
    const key = await runCli(['key', 'create', '--role', 'STAFF', '--name', 'README exports'], database.env);
    await runBlock('cli', dirs.cli, { ...database.env, ASPIRE_KEY: key });

    server = await started(database.env);
    let out: string;
    try {
      out = await runBlock('http', dirs.http, { ASPIRE_URL: server.base, ASPIRE_KEY: key });
    } finally {
      await server.stop('SIGTERM');
    }
    expect(out.trim()).toBe('304');

    const file = (dir: string, name: string) => readFile(path.join(dir, name), 'utf8');
    const projects = await file(dirs.http, 'projects.csv');
    expect(projects.split('\n')[0]).toMatch(/^id,callCode,fieldCode,titleEn,/);
    expect(projects.trim().split('\n').length).toBeGreaterThan(10);
    // The public view: no budget totals.
    const rows = parseCsv(projects, { columns: true }) as Record<string, string>[];
    expect(rows.every((row) => row.totalCostYen === '')).toBe(true);
    expect(await file(dirs.cli, 'projects.csv')).toBe(projects);
    expect(await file(dirs.cli, 'grants.json')).toBe(await file(dirs.http, 'grants.json'));
    expect(JSON.parse(await file(dirs.http, 'grants.json')).grants.length).toBeGreaterThan(0);
    const statistics = (await file(dirs.cli, 'call-statistics.jsonl')).trim().split('\n').map((l) => JSON.parse(l));
    expect(statistics[0]).toHaveProperty('adoptionRate');
    expect((await file(dirs.http, 'projects.jsonl')).trim().split('\n').length).toBe(projects.trim().split('\n').length - 1);
  });
});
