// Schema change check (`npm run schema:changes`): compares the committed SDL with the schema of the
// last release (schema/released.graphql, committed, so a fresh clone needs no git history) and
// fails on a breaking change that the CHANGELOG's Unreleased section does not name. Additions and
// deprecations (`@deprecated`) pass. graphql-js's own findBreakingChanges does the comparing: it is
// what @graphql-inspector builds on, without that tool's loaders and dependencies.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

export interface SchemaChange {
  /** The schema coordinate the CHANGELOG must name in backticks, e.g. `Call.status` or `CallKind.SOLO`. */
  coordinate: string;
  description: string;
}

/** `Call.foo was removed.` → `Call.foo`; `SOLO was removed from enum type CallKind.` → `CallKind.SOLO`. */
function coordinateOf(description: string): string {
  const enumValue = /^(\w+) was removed from enum type (\w+)/.exec(description);
  if (enumValue) return `${enumValue[2]}.${enumValue[1]}`;
  const member = /^(\w+) was removed from union type (\w+)/.exec(description);
  if (member) return `${member[2]}`;
  const argument = /^(\w+\.\w+) arg (\w+)/.exec(description);
  if (argument) return `${argument[1]}(${argument[2]}:)`;
  const field = /^(\w+(?:\.\w+)?)/.exec(description);
  return field ? field[1]! : description;
}

/** The text of the CHANGELOG's `## [Unreleased]` section (Keep a Changelog). */
export function unreleasedSection(changelog: string): string {
  const start = changelog.search(/^## \[Unreleased\]/im);
  if (start < 0) return '';
  const rest = changelog.slice(start + 1);
  const next = rest.search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next);
}

export function schemaChanges(released: string, current: string, changelog: string) {
  const before = buildSchema(released);
  const after = buildSchema(current);
  const section = unreleasedSection(changelog);
  const named = (c: SchemaChange) => section.includes(`\`${c.coordinate}\``);
  const breaking = findBreakingChanges(before, after).map((c) => ({ coordinate: coordinateOf(c.description), description: c.description }));
  const dangerous = findDangerousChanges(before, after).map((c) => ({ coordinate: coordinateOf(c.description), description: c.description }));
  return { breaking, dangerous, unnamed: breaking.filter((c) => !named(c)) };
}

function main() {
  const root = path.resolve(import.meta.dirname, '..');
  const read = (file: string) => readFileSync(path.resolve(root, file), 'utf8');
  const [releasedFile = 'schema/released.graphql', currentFile = 'schema/schema.graphql', changelogFile = 'CHANGELOG.md'] = process.argv.slice(2);
  const { breaking, dangerous, unnamed } = schemaChanges(read(releasedFile), read(currentFile), read(changelogFile));
  for (const c of dangerous) console.log(`dangerous: ${c.description}`);
  for (const c of breaking) console.log(`${unnamed.includes(c) ? 'BREAKING, not in the CHANGELOG' : 'breaking, in the CHANGELOG'}: ${c.description} (\`${c.coordinate}\`)`);
  if (unnamed.length) {
    console.error(
      `\n${unnamed.length} breaking change(s) since ${releasedFile}. Deprecate instead (@deprecated) where you can; ` +
        `otherwise name each coordinate in backticks under "## [Unreleased]" in ${changelogFile}.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`schema changes: ${breaking.length} breaking (all in the CHANGELOG), ${dangerous.length} dangerous, since ${releasedFile}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
