import type { Principal } from '../../auth/principal.js';
import { Role } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { OrganizationRef } from '../people/organization.js';
import { FundingAgencyRef } from '../reference/agency.js';

export const RoleEnum = builder.enumType(Role, {
  name: 'Role',
  description: 'What an API key may do; the README has the full table.',
});

const ViewerRef = builder.objectRef<Principal>('Viewer').implement({
  description: 'Who the API takes the caller to be.',
  fields: (t) => ({
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'Null for anonymous callers, who get the public view.',
      resolve: (p) => (p.kind === 'key' ? p.role : null),
    }),
    keyName: t.string({
      nullable: true,
      description: 'The name the key was given when created.',
      resolve: (p) => (p.kind === 'key' ? p.name : null),
    }),
    agency: t.field({
      type: FundingAgencyRef,
      nullable: true,
      description: 'The agency an AGENCY key acts for.',
      resolve: (p, _args, ctx) =>
        p.kind === 'key' && p.agencyId ? ctx.prisma.fundingAgency.findUnique({ where: { id: p.agencyId } }) : null,
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organisation an INSTITUTION key acts for.',
      resolve: (p, _args, ctx) =>
        p.kind === 'key' && p.organizationId
          ? ctx.prisma.organization.findUnique({ where: { id: p.organizationId } })
          : null,
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'The caller: its role and tenant, or an anonymous reader.',
    resolve: (_root, _args, ctx) => ctx.principal,
  }),
);
