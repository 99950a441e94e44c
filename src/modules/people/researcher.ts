import { visible, visibleById } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { z } from 'zod';
import { isOrcid, orcidUrl } from '../../domain/identifiers.js';
import type { Prisma, Researcher } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { localizedColumns } from '../../schema/localized.js';
import { orderInput } from '../../schema/ordering.js';
import { CareerStageEnum } from './enums.js';
import { nameContains } from './names.js';
import { OrganizationRef } from './organization.js';

const PERSONAL =
  "Personal data: null unless you are JST staff or the researcher's institution (a team's declaration is on TeamMember).";

// Declared on each personal field: hidden reads as null, as for a missing value, not as an error.
const personalData = {
  nullable: true,
  authScopes: (researcher: Pick<Researcher, 'id' | 'organizationId'>) => ({ seesResearcherDetails: researcher }),
  unauthorizedResolver: () => null,
} as const;

export const ResearcherRef = builder.prismaNode('Researcher', {
  description: 'A person on a team (Japan or partner side), identified by ORCID and, in Japan, by e-Rad number.',
  id: { field: 'id' },
  // node(id:) answers null for a row that is gone (or, with access rules, hidden), not an error.
  nullable: true,
  findUnique: visibleById(visible.researcher),
  // The personal fields' access rule reads organizationId.
  select: { id: true, organizationId: true },
  fields: (t) => ({
    name: t.string(localizedColumns('name', 'Name in the requested language.')),
    nameJa: t.exposeString('nameJa', { nullable: true, description: 'Name in Japanese, e.g. 星野 葵; partner-side researchers often have none.' }),
    nameEn: t.exposeString('nameEn'),
    version: t.exposeInt('version', versionField),
    orcid: t.exposeString('orcid', { nullable: true, description: 'ORCID iD, e.g. 0000-0002-1825-0097.' }),
    orcidUrl: t.string({
      nullable: true,
      description: 'The ORCID iD as a link, https://orcid.org/<iD>.',
      select: { orcid: true },
      resolve: (r) => (r.orcid ? orcidUrl(r.orcid) : null),
    }),
    eradNumber: t.exposeString('eradNumber', {
      ...personalData,
      description: 'e-Rad researcher number (8 digits); Japan-based researchers only. ' + PERSONAL,
    }),
    careerStage: t.expose('careerStage', { type: CareerStageEnum, ...personalData, description: PERSONAL }),
    degreeYear: t.exposeInt('degreeYear', {
      ...personalData,
      description:
        'Calendar year the highest degree was awarded: the young-traveller rule counts about 15 years from it. ' + PERSONAL,
    }),
    organization: t.relation('organization', {
      nullable: true,
      description: "The current affiliation (a proposal's team records the affiliation at the time).",
    }),
    memberships: t.relatedConnection('memberships', {
      description: 'Places on proposal teams (and so on project teams), newest first.',
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.teamMember(ctx), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    }),
    mobilities: t.relatedConnection('mobilities', {
      description: 'Trips and stays under projects (dispatched or invited), latest start first.',
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.mobility(ctx), orderBy: [{ startsOn: 'desc' }, { id: 'desc' }] }),
    }),
  }),
});

const researcherOrder = orderInput<'NAME_EN' | 'NAME_JA', Prisma.ResearcherOrderByWithRelationInput>(
  'Researcher',
  {
    NAME_EN: { description: 'By English name.', orderBy: (direction) => [{ nameEn: direction }] },
    NAME_JA: {
      description: 'By Japanese name as text (not by reading); researchers without one come last in either direction.',
      orderBy: (direction) => [{ nameJa: { sort: direction, nulls: 'last' } }, { nameEn: direction }],
    },
  },
  { field: 'NAME_EN', direction: 'asc' },
);

const ResearcherFilter = builder.inputType('ResearcherFilter', {
  description: 'All conditions given must hold.',
  fields: (t) => ({
    name: t.string({ description: 'Japanese or English name contains this text (case-insensitive).' }),
    orcid: t.string({
      description: 'ORCID iD, exactly, e.g. 0000-0002-1825-0097; one that is not an ORCID iD (shape, check character) is bad input.',
      validate: z.string().refine(isOrcid, 'is not an ORCID iD with its check character, e.g. 0000-0002-1825-0097'),
    }),
    organizationId: t.globalID({ for: OrganizationRef, description: 'Only researchers currently affiliated here.' }),
  }),
});

function researcherWhere(filter: typeof ResearcherFilter.$inferInput | null | undefined, ctx: Context): Prisma.ResearcherWhereInput {
  return {
    AND: [
      visible.researcher(ctx),
      nameContains(filter?.name),
      filter?.orcid != null ? { orcid: filter.orcid } : {},
      filter?.organizationId ? { organizationId: filter.organizationId.id } : {},
    ],
  };
}

builder.queryField('researchers', (t) =>
  t.prismaConnection({
    description: 'Researchers on the Japan and partner sides, by English name unless ordered otherwise.',
    type: 'Researcher',
    cursor: 'id',
    args: {
      filter: t.arg({ type: ResearcherFilter }),
      orderBy: t.arg({ type: researcherOrder.Input }),
    },
    resolve: (query, _root, { filter, orderBy }, ctx) =>
      ctx.prisma.researcher.findMany({ ...query, where: researcherWhere(filter, ctx), orderBy: researcherOrder.toPrisma(orderBy) }),
    totalCount: (_root, { filter }, ctx) => ctx.prisma.researcher.count({ where: researcherWhere(filter, ctx) }),
  }),
);
