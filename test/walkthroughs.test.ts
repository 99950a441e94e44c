// The README's "Writing: a walkthrough", run as written on a fresh database: its shell commands
// line by line, and the script it shows (which must be examples/writing.mjs, character for character).
import { exec } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
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

describe('README: Writing, a walkthrough', () => {
  const [shell, script] = blocks('### Writing: a walkthrough');

  it('shows examples/writing.mjs as it is', () => {
    expect(script?.lang).toBe('js');
    expect(script!.body).toBe(readFileSync(path.join(root, 'examples/writing.mjs'), 'utf8').trimEnd());
  });

  it('drafts and submits a proposal on a fresh start, as written', async () => {
    const lines = shell!.body.split('\n');
    expect(lines).toHaveLength(4);
    const [createKey, exportKey, start, run] = lines as [string, string, string, string];
    expect(exportKey).toBe('export ASPIRE_KEY=<the key it printed last>');
    expect(start).toBe('npm start &');
    const db = await processDatabase('writing');
    try {
      const sh = (command: string, env: Record<string, string> = {}) =>
        promisify(exec)(command, { cwd: root, env: { ...process.env, ...db.env, ...env } });
      const key = (await sh(createKey)).stdout.trim().split('\n').at(-1)!;
      expect(key).toMatch(/^aspire_/);
      const server = await startServer(['npm', 'start'], db.env);
      try {
        const { stdout } = await sh(run, { ASPIRE_KEY: key, ASPIRE_URL: `${server.base}/graphql` });
        expect(stdout).toMatch(/Sandbox call for trying the API \(fictional\): OPEN until/);
        expect(stdout).toMatch(/rules kept/);
        expect(stdout).toMatch(/submitted: \{ status: 'SUBMITTED'/);
      } finally {
        await server.stop('SIGTERM');
      }
    } finally {
      await db.drop();
    }
  }, 900_000);
});
