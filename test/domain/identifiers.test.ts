import { describe, expect, it } from 'vitest';
import { isOrcid, isRorId, orcidUrl, rorUrl } from '../../src/domain/identifiers.js';

describe('identifier links', () => {
  it('makes ROR and ORCID links from the stored bare ids', () => {
    expect(rorUrl('04ksd4g47')).toBe('https://ror.org/04ksd4g47');
    expect(orcidUrl('0000-0002-1825-0097')).toBe('https://orcid.org/0000-0002-1825-0097');
  });
});

describe('identifier check digits', () => {
  it('accepts ORCID iDs whose last character is their ISO 7064 MOD 11-2 check', () => {
    for (const orcid of ['0000-0002-1825-0097', '0000-0001-5109-3700', '0000-0002-1694-233X']) expect(isOrcid(orcid), orcid).toBe(true);
    for (const orcid of ['0000-0002-1825-0098', '0000-0002-1694-2330', '0000-0002-1825-009', '0000000218250097', '0000-0002-1825-009x']) {
      expect(isOrcid(orcid), orcid).toBe(false);
    }
  });

  it('accepts ROR ids whose two last digits are their MOD 97-10 check, in ROR’s base32', () => {
    // ROR's own examples and real ids (UC Office of the President, Caltech, the University of Tokyo).
    for (const ror of ['04ksd4g47', '03yrm5c26', '05dxps055', '057zh3y96']) expect(isRorId(ror), ror).toBe(true);
    for (const ror of ['04ksd4g48', '14ksd4g47', '04ksd4gu7', '04ksd4g4', 'https://ror.org/04ksd4g47', '04KSD4G47']) expect(isRorId(ror), ror).toBe(false);
  });
});
