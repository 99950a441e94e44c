// The schema change check of CI (scripts/schema-changes.ts), on the real SDL changed three ways.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaChanges } from '../scripts/schema-changes.js';

const root = path.resolve(import.meta.dirname, '..');
let sdl: string;
let dir: string;
beforeAll(async () => {
  sdl = await readFile(path.join(root, 'schema/schema.graphql'), 'utf8');
  dir = await mkdtemp(path.join(tmpdir(), 'aspire-schema-changes-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const changelog = (unreleased: string) => `# Changelog\n\n## [Unreleased]\n\n${unreleased}\n\n## [0.1.0] - 2026-11-30\n\n- \`Call.expectedAdoptions\` once\n`;
// Call.expectedAdoptions removed: a breaking change.
const withoutField = () => sdl.replace(/\n(\s*"""[^"]*"""\n)?\s*expectedAdoptions: Int\n/, '\n');
// A new field and a deprecation: safe.
const withAdditions = () =>
  sdl
    .replace(/(\ntype Call implements [^{]*\{\n)/, '$1  "A new field."\n  newlyAdded: String\n')
    .replace(/\n(\s*)expectedAdoptions: Int\n/, '\n$1expectedAdoptions: Int @deprecated(reason: "Use something else.")\n');

describe('schema change check', () => {
  it('passes additions and deprecations', () => {
    expect(withAdditions()).toContain('newlyAdded');
    const result = schemaChanges(sdl, withAdditions(), changelog(''));
    expect(result.breaking).toEqual([]);
    expect(result.unnamed).toEqual([]);
  });

  it('fails on a breaking change the Unreleased section does not name, even if an older release does', () => {
    expect(withoutField()).not.toBe(sdl);
    const { unnamed } = schemaChanges(sdl, withoutField(), changelog('### Added\n- Something else.'));
    expect(unnamed.map((c) => c.coordinate)).toEqual(['Call.expectedAdoptions']);
  });

  it('passes a breaking change the Unreleased section names', () => {
    const named = changelog('### Removed\n- **Breaking:** `Call.expectedAdoptions`, announced as deprecated in 0.1.0.');
    expect(schemaChanges(sdl, withoutField(), named).unnamed).toEqual([]);
  });

  it('exits non-zero from the command line, as CI runs it', async () => {
    const files = { released: path.join(dir, 'released.graphql'), current: path.join(dir, 'current.graphql'), log: path.join(dir, 'CHANGELOG.md') };
    await writeFile(files.released, sdl);
    await writeFile(files.current, withoutField());
    await writeFile(files.log, changelog(''));
    const run = () => promisify(execFile)('npx', ['tsx', 'scripts/schema-changes.ts', files.released, files.current, files.log], { cwd: root });
    await expect(run()).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('CHANGELOG') });
    await writeFile(files.log, changelog('- `Call.expectedAdoptions` is removed.'));
    await expect(run()).resolves.toMatchObject({ stdout: expect.stringContaining('breaking, in the CHANGELOG') });
  }, 60_000);
});
