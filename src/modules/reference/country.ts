import { visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { localizedColumns } from '../../schema/localized.js';
import { CallRef } from '../calls/call.js';

/**
 * A partner is a country/region eligible in at least one call the request can see. Eligibility is
 * per call (FY2023 listed 20, FY2024 on 21), and countries that only appear as mobility
 * destinations outside the 21 are not partners.
 */
const eligibility = (ctx: Context, call: Prisma.CallWhereInput = {}): Prisma.CallCountryWhereInput => ({
  call: { AND: [visible.call(ctx), call] },
});
const eligibleIn = (ctx: Context, call?: Prisma.CallWhereInput): Prisma.CountryWhereInput => ({
  callCountries: { some: eligibility(ctx, call) },
});

export const CountryRef = builder.prismaNode('Country', {
  description:
    'Japan, a partner country/region (the EU counts as a region), or another country a researcher travelled to for a short trip.',
  id: { field: 'id' },
  // node(id:) answers null for a row that is gone (or, with access rules, hidden), not an error.
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'ISO 3166-1 alpha-2 code, or EU.' }),
    version: t.exposeInt('version', versionField),
    name: t.string(localizedColumns('name', 'Name in the requested language.')),
    nameJa: t.exposeString('nameJa'),
    nameEn: t.exposeString('nameEn'),
    isPartner: t.boolean({
      description: 'Eligible as a partner country/region in at least one call.',
      select: (_args, ctx) => ({ _count: { select: { callCountries: { where: eligibility(ctx) } } } }),
      resolve: (country) => country._count.callCountries > 0,
    }),
    agencies: t.relation('agencies', {
      description: 'Funding agencies based in this country/region, by code.',
      query: { orderBy: { code: 'asc' } },
    }),
    organizations: t.relatedConnection('organizations', {
      description: 'Universities, institutes and companies in this country/region, by English name.',
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.organization(ctx), orderBy: [{ nameEn: 'asc' }, { id: 'asc' }] }),
    }),
  }),
});

const CountryFilter = builder.inputType('CountryFilter', {
  description: 'All conditions given must hold.',
  fields: (t) => ({
    partnerOnly: t.boolean({
      description: 'true: only partner countries/regions (eligible in at least one call), which leaves Japan out; false or absent: all.',
    }),
    eligibleForCallId: t.globalID({ for: CallRef, description: 'Only countries/regions eligible in this call.' }),
  }),
});

type CountryFilterInput = typeof CountryFilter.$inferInput;

function countryWhere(filter: CountryFilterInput | null | undefined, ctx: Context): Prisma.CountryWhereInput {
  const conditions: Prisma.CountryWhereInput[] = [];
  if (filter?.partnerOnly) conditions.push(eligibleIn(ctx));
  if (filter?.eligibleForCallId) conditions.push(eligibleIn(ctx, { id: filter.eligibleForCallId.id }));
  return { AND: conditions };
}

builder.queryFields((t) => ({
  countries: t.prismaConnection({
    description: 'Japan and the partner countries/regions, by code.',
    type: 'Country',
    cursor: 'id',
    args: { filter: t.arg({ type: CountryFilter }) },
    resolve: (query, _root, { filter }, ctx) =>
      ctx.prisma.country.findMany({ ...query, where: countryWhere(filter, ctx), orderBy: { code: 'asc' } }),
    totalCount: (_root, { filter }, ctx) => ctx.prisma.country.count({ where: countryWhere(filter, ctx) }),
  }),
  country: t.prismaField({
    type: 'Country',
    nullable: true,
    description: 'The country/region with this code (ISO 3166-1 alpha-2 or EU, e.g. GB), or null.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) => ctx.prisma.country.findUnique({ ...query, where: { code } }),
  }),
}));
