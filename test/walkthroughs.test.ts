// The README's commands run as written on a fresh database: the key commands of "Access", then
// "Writing: a walkthrough" and "Partner sync: a walkthrough" (each its shell commands line by line,
// and the scripts it shows, which must be their files in examples/ character for character).
import { exec } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDatabase, root, startServer } from './support/process.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** The fenced blocks (```lang … ```) of a README section, by its heading. */
function blocks(heading: string): { lang: string; body: string }[] {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const level = heading.split(' ')[0]!;
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```(\w*)\n([\s\S]*?)\n```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

let db: Awaited<ReturnType<typeof processDatabase>>;
beforeAll(async () => {
  db = await processDatabase('readme');
});
afterAll(() => db.drop());

const sh = (command: string, env: Record<string, string> = {}) =>
  promisify(exec)(command, { cwd: root, env: { ...process.env, ...db.env, ...env } });

describe('README: Access, the key commands', () => {
  it('run as written on a fresh database (the CLI migrates and loads data itself)', async () => {
    const [commands] = blocks('## Access: API keys and roles');
    const lines = commands!.body.split('\n').map((line) => line.replace(/\s+#.*$/, ''));
    expect(lines.length).toBeGreaterThanOrEqual(8);
    const printed: string[] = [];
    let lastKeyId = '';
    for (const line of lines) {
      // Placeholders get what an operator would paste: the sandbox university, the last key made.
      const command = line
        .replace('<organisation id or ROR id>', 'T3JnYW5pemF0aW9uOjAxYTE5NDY3LWU4MDAtNzFjZi1iODkzLTQyZjAyNGI2MDhjOA==')
        .replace('<id>', lastKeyId);
      expect(command).not.toMatch(/</);
      const { stdout } = await sh(command);
      printed.push(stdout);
      lastKeyId = /created key ([0-9a-f-]{36})/.exec(stdout)?.[1] ?? lastKeyId;
    }
    const out = printed.join('');
    expect(out.match(/^aspire_[\w-]{43}$/gm)).toHaveLength(4);
    expect(out).toMatch(/\tAGENCY\tBBSRC\tactive\t/);
    expect(out).toMatch(/\tINSTITUTION\tDemo: Sandbox University\tactive\t/);
    expect(out).toContain(`revoked key ${lastKeyId}`);
    expect(out).toMatch(/\tBBSRC\tBiotechnology/);
    expect(out).toMatch(/\t-\tJP\tDemo: Sandbox University/);
  }, 900_000);
});

/**
 * A walkthrough: four shell lines (make a key, export it, start, run the example) run as written on
 * a fresh start, and the scripts it shows, which must be their files as they are, in order.
 */
function walkthrough(heading: string, scripts: string[], printed: (stdout: string) => void) {
  const [shell, ...shown] = blocks(heading);
  const example = scripts.at(-1)!;

  it(`shows ${scripts.join(' and ')} as they are`, () => {
    expect(shown.map((block) => block.lang)).toEqual(scripts.map(() => 'js'));
    expect(shown.map((block) => block.body)).toEqual(scripts.map((file) => readFileSync(path.join(root, file), 'utf8').trimEnd()));
  });

  it('runs as written on a fresh start', async () => {
    const lines = shell!.body.split('\n');
    expect(lines).toHaveLength(4);
    const [createKey, exportKey, start, run] = lines as [string, string, string, string];
    expect(exportKey).toBe('export ASPIRE_KEY=<the key it printed last>');
    expect(start).toBe('npm start &');
    expect(run).toBe(`node ${example}`);
    const key = (await sh(createKey)).stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(/^aspire_/);
    const server = await startServer(['npm', 'start'], db.env);
    try {
      printed((await sh(run, { ASPIRE_KEY: key, ASPIRE_URL: `${server.base}/graphql` })).stdout);
    } finally {
      await server.stop('SIGTERM');
    }
  }, 900_000);
}

describe('README: Writing, a walkthrough', () => {
  walkthrough('### Writing: a walkthrough', ['examples/graphql.mjs', 'examples/writing.mjs'], (stdout) => {
    expect(stdout).toMatch(/Sandbox call for trying the API \(fictional\): OPEN until/);
    expect(stdout).toMatch(/rules kept/);
    expect(stdout).toMatch(/submitted: \{ status: 'SUBMITTED'/);
  });
});

describe('README: Partner sync, a walkthrough', () => {
  walkthrough('## Partner sync: a walkthrough', ['examples/sync.mjs'], (stdout) => {
    expect(stdout).toMatch(/: our id not yet given\nBBSRC-ISPF-2024-EB is the joint call\n/);
    expect(stdout).toContain('PROPOSAL BBSRC-2024-EB-101: CREATED []\nTEAM_MEMBER BBSRC-2024-EB-101-PL: CREATED []\nretry: replayed true, created 2\n');
    expect(stdout).toContain('change: CREATE PROPOSAL BBSRC-2024-EB-101 v1\nchange: CREATE TEAM_MEMBER BBSRC-2024-EB-101-PL v1\npulled ');
    expect(stdout).toContain("update with version 1: UPDATED, now version 2\nupdate with version 1 again: REJECTED [ 'VERSION_CONFLICT' ]\n");
    expect(stdout).toContain("next poll: [ 'UPDATE PROPOSAL BBSRC-2024-EB-101 v2' ]");
  });
});
