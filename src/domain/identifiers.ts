// Persistent identifiers the field already uses, as resolvable links (DOIs: doi.ts).

/** https://ror.org/<id> for a ROR id stored without its prefix, e.g. 04ksd4g47. */
export function rorUrl(rorId: string): string {
  return `https://ror.org/${rorId}`;
}

/** https://orcid.org/<iD> for an ORCID iD, e.g. 0000-0002-1825-0097. */
export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}
