/**
 * Where-clause for a name search over the Japanese and English names (organisations and
 * researchers both have nameJa and nameEn): contains, case-insensitive. Blank text matches all.
 */
export function nameContains(text: string | null | undefined) {
  const wanted = text?.trim();
  if (!wanted) return {};
  // `contains` becomes a LIKE pattern: % and _ typed by a user are searched for literally.
  const contains = { contains: wanted.replace(/[\\%_]/g, (c) => `\\${c}`), mode: 'insensitive' as const };
  return { OR: [{ nameJa: contains }, { nameEn: contains }] };
}
