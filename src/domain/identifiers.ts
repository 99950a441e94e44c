// Persistent identifiers the field already uses: their shapes, check digits and links (DOIs: doi.ts).

const ORCID = /^(\d{4})-(\d{4})-(\d{4})-(\d{3})([\dX])$/;

/** The ORCID check character of its first 15 digits: ISO 7064 MOD 11-2, 10 written as X. */
export function orcidCheckCharacter(digits: string): string {
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** An ORCID iD, 0000-0000-0000-000X, whose last character is its check character. */
export function isOrcid(value: string): boolean {
  const match = ORCID.exec(value);
  if (!match) return false;
  const digits = match.slice(1, 5).join('');
  return orcidCheckCharacter(digits.slice(0, 15)) === match[5];
}

// Crockford's base32 without i, l, o and u, as ROR writes it.
const ROR_DIGITS = '0123456789abcdefghjkmnpqrstvwxyz';
const ROR = /^(0[0-9a-hjkmnp-tv-z]{6})(\d{2})$/;

/**
 * ROR's two check digits of the 7 characters before them: the number they write in base32,
 * n, gives 98 - (100·n mod 97) (ISO 7064 MOD 97-10, as ROR's base32 library computes it).
 */
export function rorCheckDigits(body: string): string {
  let remainder = 0;
  for (const char of body) remainder = (remainder * 32 + ROR_DIGITS.indexOf(char)) % 97;
  return String(98 - ((remainder * 100) % 97)).padStart(2, '0');
}

/** A ROR id without its https://ror.org/ prefix: 0, six base32 characters, two check digits. */
export function isRorId(value: string): boolean {
  const match = ROR.exec(value);
  return !!match && rorCheckDigits(match[1]!) === match[2];
}

/** https://ror.org/<id> for a ROR id stored without its prefix, e.g. 04ksd4g47. */
export function rorUrl(rorId: string): string {
  return `https://ror.org/${rorId}`;
}

/** https://orcid.org/<iD> for an ORCID iD, e.g. 0000-0002-1825-0097. */
export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}
