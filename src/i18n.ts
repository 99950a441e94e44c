export const LOCALES = ['JA', 'EN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks JA or EN from an Accept-Language header by quality; English when neither is asked for. */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return 'EN';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.quality > 0 && Number.isFinite(entry.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'ja' || tag.startsWith('ja-')) return 'JA';
    if (tag === 'en' || tag.startsWith('en-')) return 'EN';
  }
  return 'EN';
}

/** The text in the wanted language, falling back to the other one where only one exists. */
export function pickLocalized(locale: Locale, ja: string | null | undefined, en: string | null | undefined) {
  return (locale === 'JA' ? (ja ?? en) : (en ?? ja)) ?? null;
}
