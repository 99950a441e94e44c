import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { CallAgencyRole } from '../../generated/prisma/client.js';
import { doiUrl } from '../../domain/doi.js';
import { rorUrl } from '../../domain/identifiers.js';
import { builder } from '../../schema/builder.js';
import { versionField } from '../../schema/mutations.js';
import { localizedColumns } from '../../schema/localized.js';
import { CallRef } from '../calls/call.js';
import { callNodes, linkedCallsCount, linkedCallsQuery } from './call-links.js';

export const CallAgencyRoleEnum = builder.enumType(CallAgencyRole, {
  name: 'CallAgencyRole',
  description: "A funding agency's part in a call.",
  values: {
    LEAD: { description: 'Runs the call (JST, or AMED for its health and medical part).' },
    PARTNER: { description: 'Co-runs a joint call with JST and funds its own side.' },
  },
});

const agencyCalls = prismaConnectionHelpers(builder, 'CallAgency', {
  cursor: 'callId_agencyId',
  select: (nodeSelection) => ({ role: true, call: nodeSelection(true) }),
  resolveNode: (link) => link.call,
});

export const FundingAgencyRef = builder.prismaNode('FundingAgency', {
  description: 'A funding agency: JST, AMED, or a partner agency such as UKRI and its council BBSRC.',
  id: { field: 'id' },
  // node(id:) answers null for a row that is gone (or, with access rules, hidden), not an error.
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Short stable code, e.g. JST, AMED, BBSRC; also the name of the source system in sync.',
    }),
    version: t.exposeInt('version', versionField),
    name: t.string(localizedColumns('name', 'Name in the requested language.')),
    nameJa: t.exposeString('nameJa', { nullable: true }),
    nameEn: t.exposeString('nameEn'),
    acronym: t.exposeString('acronym', { nullable: true }),
    parent: t.relation('parent', { nullable: true, description: 'The agency this one belongs to, e.g. UKRI for BBSRC.' }),
    children: t.relation('children', {
      description: 'Agencies that belong to this one, by code (e.g. the UKRI councils).',
      query: { orderBy: { code: 'asc' } },
    }),
    country: t.relation('country'),
    rorId: t.exposeString('rorId', { nullable: true, description: 'ROR id without the https://ror.org/ prefix.' }),
    rorUrl: t.string({ nullable: true, select: { rorId: true }, resolve: (a) => (a.rorId ? rorUrl(a.rorId) : null) }),
    crossrefFunderId: t.exposeString('crossrefFunderId', {
      nullable: true,
      description: 'Crossref funder id (the Open Funder Registry DOI), e.g. 10.13039/501100002241 for JST.',
    }),
    crossrefFunderUrl: t.string({
      nullable: true,
      description: 'The funder id as a resolvable DOI link.',
      select: { crossrefFunderId: true },
      resolve: (a) => (a.crossrefFunderId ? doiUrl(a.crossrefFunderId) : null),
    }),
    website: t.exposeString('website', { nullable: true }),
    calls: t.connection(
      {
        type: CallRef,
        description: 'Calls this agency runs or co-runs, newest fiscal year first; each edge gives its role.',
        select: (args, ctx, nestedSelection) => ({
          calls: { ...agencyCalls.getQuery(args, ctx, callNodes(nestedSelection)), ...linkedCallsQuery(ctx) },
          ...linkedCallsCount(ctx),
        }),
        resolve: (agency, args, ctx) => ({
          ...agencyCalls.resolve(agency.calls, args, ctx),
          totalCount: agency._count.calls,
        }),
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }) },
      {
        fields: (edge) => ({
          role: edge.field({ type: CallAgencyRoleEnum, resolve: (link) => link.role }),
        }),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  fundingAgencies: t.prismaConnection({
    description: 'JST, AMED and the partner funding agencies, by code.',
    type: 'FundingAgency',
    cursor: 'id',
    resolve: (query, _root, _args, ctx) => ctx.prisma.fundingAgency.findMany({ ...query, orderBy: { code: 'asc' } }),
    totalCount: (_root, _args, ctx) => ctx.prisma.fundingAgency.count(),
  }),
  fundingAgency: t.prismaField({
    type: 'FundingAgency',
    nullable: true,
    description: 'The agency with this code (exact, e.g. BBSRC), or null.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) => ctx.prisma.fundingAgency.findUnique({ ...query, where: { code } }),
  }),
}));
