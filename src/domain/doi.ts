// Digital Object Identifiers (grant DOIs such as JST's 10.52926/…, papers' DOIs).

const PREFIXES = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i;

/** The DOI as a resolvable https://doi.org/ link, whether stored bare or as a link already. */
export function doiUrl(doi: string): string {
  const bare = doi.trim().replace(PREFIXES, '');
  // DOIs may hold characters that are not safe in a URL (#, ?, <, spaces); the slash stays.
  return `https://doi.org/${bare.split('/').map(encodeURIComponent).join('/')}`;
}

const DOI = /^10\.\d{4,9}\/\S+$/;

/**
 * A DOI as stored: bare (10.52926/…), whether given bare, as doi:… or as a doi.org link (whose
 * DOI may be percent-encoded, as doiUrl encodes it); null when it is not a DOI.
 */
export function parseDoi(value: string): string | null {
  const given = value.trim();
  let bare = given.replace(PREFIXES, '');
  if (bare !== given) {
    try {
      bare = decodeURIComponent(bare);
    } catch {
      return null;
    }
  }
  return DOI.test(bare) ? bare : null;
}
