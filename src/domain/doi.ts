// Digital Object Identifiers (grant DOIs such as JST's 10.52926/…, papers' DOIs).

const PREFIXES = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i;

/** The DOI as a resolvable https://doi.org/ link, whether stored bare or as a link already. */
export function doiUrl(doi: string): string {
  const bare = doi.trim().replace(PREFIXES, '');
  // DOIs may hold characters that are not safe in a URL (#, ?, <, spaces); the slash stays.
  return `https://doi.org/${bare.split('/').map(encodeURIComponent).join('/')}`;
}
