import { describe, expect, it } from 'vitest';
import { orcidUrl, rorUrl } from '../../src/domain/identifiers.js';

describe('identifier links', () => {
  it('makes ROR and ORCID links from the stored bare ids', () => {
    expect(rorUrl('04ksd4g47')).toBe('https://ror.org/04ksd4g47');
    expect(orcidUrl('0000-0002-1825-0097')).toBe('https://orcid.org/0000-0002-1825-0097');
  });
});
