import type { Context } from '../context.js';
import { LOCALES, pickLocalized, type Locale } from '../i18n.js';
import { builder } from './builder.js';

export const LocaleEnum = builder.enumType('Locale', {
  description: 'Language of human-readable text. The request default comes from Accept-Language (EN otherwise).',
  values: LOCALES,
});

const localeArgs = builder.args((t) => ({
  locale: t.field({ type: LocaleEnum, description: 'Defaults to the request language.' }),
}));

/**
 * Options for a text field offered in both languages: `name(locale: JA)` or the request's
 * default; falls back to the other language where only one was recorded.
 */
export function localizedText<Parent>(
  read: (parent: Parent) => { ja: string | null | undefined; en: string | null | undefined },
  description: string,
) {
  return {
    description,
    nullable: true as const,
    args: localeArgs,
    resolve: (parent: Parent, args: { locale?: Locale | null }, ctx: Context) => {
      const { ja, en } = read(parent);
      return pickLocalized(args.locale ?? ctx.locale, ja, en);
    },
  };
}

/**
 * localizedText for the common pair of columns `<prefix>Ja` and `<prefix>En` of a Prisma type,
 * selecting just those two (the types load only the columns a request asks for).
 */
export function localizedColumns<const Prefix extends string>(prefix: Prefix, description: string) {
  type Columns = `${Prefix}Ja` | `${Prefix}En`;
  const ja = `${prefix}Ja` as const;
  const en = `${prefix}En` as const;
  return {
    ...localizedText<Record<Columns, string | null | undefined>>((row) => ({ ja: row[ja], en: row[en] }), description),
    select: { [ja]: true, [en]: true } as Record<Columns, true>,
  };
}
