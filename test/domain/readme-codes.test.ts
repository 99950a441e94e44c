// The README lists every code a client may meet, so that the list stays true as codes are added.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/domain/proposal-rules.js';
import { WRITE_ERRORS } from '../../src/writes/user-errors.js';
import { ERROR_CODES, PERSISTED_OPERATION_ERRORS } from '../../src/schema/errors.js';

/** What the server itself and Yoga answer besides our own codes. */
const PROTOCOL_CODES = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'];

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each([
    ...Object.keys(RULES),
    ...Object.keys(WRITE_ERRORS),
    ...ERROR_CODES,
    ...Object.values(PERSISTED_OPERATION_ERRORS).map((e) => e.extensions.code),
    ...PROTOCOL_CODES,
  ])('documents %s', (code) => {
    expect(readme).toContain(`\`${code}\``);
  });
});

/** The rows of the README's table that starts with `header`. */
function tableRows(header: string): string[] {
  const lines = readme.slice(readme.indexOf(header)).split('\n');
  return lines.slice(2, lines.findIndex((line, i) => i > 0 && !line.startsWith('|')));
}
const SOURCE = /DOMAIN\.md [^;]*; seed \d{3} L\d+/;

describe("README's tables of the program's rules", () => {
  const codeRows = tableRows('| code | severity | rule (source) |');

  it.each(Object.keys(RULES))('give %s a row with its DOMAIN.md section and seed line', (code) => {
    const row = codeRows.find((r) => r.startsWith(`| \`${code}\``) || r.includes(` / \`${code}\``));
    expect(row).toMatch(SOURCE);
  });

  it('give every rule of the program table its codes and source line', () => {
    const rows = tableRows('| rule | applies to | codes | source |');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/seed \d{3} L\d+/);
      for (const [, code] of row.matchAll(/`([A-Z_]+)`/g)) expect(Object.keys({ ...RULES, ...WRITE_ERRORS })).toContain(code);
    }
  });
});
