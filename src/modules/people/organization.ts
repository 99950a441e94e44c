import { visible, visibleById } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { rorUrl } from '../../domain/identifiers.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { localizedColumns } from '../../schema/localized.js';
import { orderInput } from '../../schema/ordering.js';
import { CountryRef } from '../reference/country.js';
import { OrganizationKindEnum } from './enums.js';
import { nameContains } from './names.js';

export const OrganizationRef = builder.prismaNode('Organization', {
  description:
    'A university, research institute or company: the affiliation of researchers, and the organisation that owns a ' +
    "proposal on the Japan side (the PI's).",
  id: { field: 'id' },
  // node(id:) answers null for a row that is gone (or, with access rules, hidden), not an error.
  nullable: true,
  findUnique: visibleById(visible.organization),
  select: { id: true },
  fields: (t) => ({
    name: t.string(localizedColumns('name', 'Name in the requested language.')),
    nameJa: t.exposeString('nameJa', { nullable: true }),
    nameEn: t.exposeString('nameEn'),
    kind: t.expose('kind', { type: OrganizationKindEnum }),
    version: t.exposeInt('version', versionField),
    country: t.relation('country'),
    rorId: t.exposeString('rorId', { nullable: true, description: 'ROR id without the https://ror.org/ prefix, e.g. 04ksd4g47.' }),
    rorUrl: t.string({
      nullable: true,
      description: 'The ROR id as a link, https://ror.org/<id>.',
      select: { rorId: true },
      resolve: (o) => (o.rorId ? rorUrl(o.rorId) : null),
    }),
    researchers: t.relatedConnection('researchers', {
      description: 'Researchers currently affiliated here, by English name.',
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.researcher(ctx), orderBy: [{ nameEn: 'asc' }, { id: 'asc' }] }),
    }),
    proposals: t.relatedConnection('proposals', {
      description: 'Proposals this organisation leads (the PI is affiliated here), newest first.',
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.proposal(ctx), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    }),
  }),
});

const organizationOrder = orderInput<'NAME', Prisma.OrganizationOrderByWithRelationInput>(
  'Organization',
  { NAME: { description: 'By English name.', orderBy: (direction) => [{ nameEn: direction }] } },
  { field: 'NAME', direction: 'asc' },
);

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'All conditions given must hold.',
  fields: (t) => ({
    countryId: t.globalID({ for: CountryRef, description: 'Only organisations in this country/region.' }),
    kind: t.field({ type: [OrganizationKindEnum], description: 'Only organisations of these kinds.' }),
    name: t.string({ description: 'Japanese or English name contains this text (case-insensitive).' }),
  }),
});

function organizationWhere(
  filter: typeof OrganizationFilter.$inferInput | null | undefined,
  ctx: Context,
): Prisma.OrganizationWhereInput {
  return {
    AND: [
      visible.organization(ctx),
      filter?.countryId ? { countryId: filter.countryId.id } : {},
      filter?.kind?.length ? { kind: { in: filter.kind } } : {},
      nameContains(filter?.name),
    ],
  };
}

builder.queryField('organizations', (t) =>
  t.prismaConnection({
    description: 'Universities, research institutes and companies, by English name unless ordered otherwise.',
    type: 'Organization',
    cursor: 'id',
    args: {
      filter: t.arg({ type: OrganizationFilter }),
      orderBy: t.arg({ type: organizationOrder.Input }),
    },
    resolve: (query, _root, { filter, orderBy }, ctx) =>
      ctx.prisma.organization.findMany({
        ...query,
        where: organizationWhere(filter, ctx),
        orderBy: organizationOrder.toPrisma(orderBy),
      }),
    totalCount: (_root, { filter }, ctx) => ctx.prisma.organization.count({ where: organizationWhere(filter, ctx) }),
  }),
);
