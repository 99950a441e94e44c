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
