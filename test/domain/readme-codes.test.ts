// The README lists every code a client may meet, so that the list stays true as codes are added.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/domain/proposal-rules.js';
import { WRITE_ERRORS } from '../../src/writes/user-errors.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each([...Object.keys(RULES), ...Object.keys(WRITE_ERRORS)])('documents %s', (code) => {
    expect(readme).toContain(`\`${code}\``);
  });
});
