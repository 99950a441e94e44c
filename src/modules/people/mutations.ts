import { z } from 'zod';
import { visible } from '../../auth/visibility.js';
import { builder } from '../../schema/builder.js';
import type { Organization, Researcher } from '../../generated/prisma/client.js';
import { payloadOf, performWrite, text, type Payload } from '../../schema/mutations.js';
import { CountryRef } from '../reference/country.js';
import { kept, rowId, versionInput, type InputBuilder, type Types } from '../reference/mutations.js';
import { CareerStageEnum, OrganizationKindEnum } from './enums.js';
import { OrganizationRef } from './organization.js';
import { createOrganization, createResearcher, updateOrganization, updateResearcher } from './people-writes.js';
import { ResearcherRef } from './researcher.js';

/** Any API key: applicants add their own people and their partner researchers. */
const keyHolders = { authScopes: { authenticated: true } } as const;
const updateRule =
  'Staff change any; an institution its own organisation and the researchers affiliated with it; anyone what it added ' +
  '(an agency’s or organisation’s keys share what they added).';

// ───────────── organisations ─────────────

function organizationFields<Required extends boolean>(t: InputBuilder, required: Required) {
  return {
    nameEn: t.string({ required, validate: text(300) }),
    kind: t.field({ type: OrganizationKindEnum, required }),
    countryId: t.globalID({ required, for: CountryRef }),
    nameJa: t.string({ validate: text(300) }),
    rorId: t.string({ validate: text(100), description: 'ROR id without https://ror.org/, e.g. 04ksd4g47; unique.' }),
  };
}

type PayloadFields<T> = PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<T>>;

// A payload's record is read again by id, with what the client selected, past the read rules:
// whoever adds a partner organisation or researcher sees what it wrote, though the read API shows
// the record to it only once one of its proposals names it.
const organizationPayload = (what: string) => ({
  outputFields: (t: PayloadFields<Organization>) => ({
    ...payloadOf('organization', OrganizationRef, what).outputFields(t),
    organization: t.prismaField({
      type: 'Organization',
      nullable: true,
      description: what,
      resolve: (query, payload, _args, ctx) => {
        const id = payload.result?.id ?? payload.replayedId;
        return id ? ctx.prisma.organization.findUnique({ ...query, where: { id } }) : null;
      },
    }),
  }),
});

builder.relayMutationField(
  'createOrganization',
  { description: 'A new university, research institute or company.', inputFields: (t) => organizationFields(t, true) },
  {
    ...keyHolders,
    description: 'Adds an organisation. Any API key may: applicants add their partners’ organisations.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await createOrganization(writer, { ...input, countryId: input.countryId.id }) })),
  },
  organizationPayload('The new organisation.'),
);

builder.relayMutationField(
  'updateOrganization',
  {
    description: 'Changes to an organisation; fields left out stay as they are, null clears an optional one.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: OrganizationRef }), version: versionInput(t), ...organizationFields(t, false) }),
  },
  {
    ...keyHolders,
    description: `Edits an organisation. ${updateRule}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await updateOrganization(
          writer,
          { ...input, id: input.id.id, nameEn: kept(input.nameEn), kind: kept(input.kind), countryId: kept(input.countryId)?.id },
          visible.organization(ctx),
        ),
      })),
  },
  organizationPayload('The organisation as it is now.'),
);

// ───────────── researchers ─────────────

function researcherFields<Required extends boolean>(t: InputBuilder, required: Required) {
  return {
    nameEn: t.string({ required, validate: text(200) }),
    careerStage: t.field({ type: CareerStageEnum, required }),
    nameJa: t.string({ validate: text(200) }),
    orcid: t.string({ validate: text(100), description: 'ORCID iD, e.g. 0000-0002-1825-0097; unique.' }),
    eradNumber: t.string({ validate: text(100), description: 'e-Rad researcher number, 8 digits (Japan-based researchers); unique.' }),
    degreeYear: t.int({
      validate: z.number().int().min(1900, 'must be 1900 or later').max(2100, 'must be 2100 or earlier'),
      description: 'Calendar year the highest degree was awarded; not in the future.',
    }),
    organizationId: t.globalID({ for: OrganizationRef, description: 'The current affiliation; null: none on record.' }),
  };
}

const researcherPayload = (what: string) => ({
  outputFields: (t: PayloadFields<Researcher>) => ({
    ...payloadOf('researcher', ResearcherRef, what).outputFields(t),
    researcher: t.prismaField({
      type: 'Researcher',
      nullable: true,
      description: what,
      resolve: (query, payload, _args, ctx) => {
        const id = payload.result?.id ?? payload.replayedId;
        return id ? ctx.prisma.researcher.findUnique({ ...query, where: { id } }) : null;
      },
    }),
  }),
});

builder.relayMutationField(
  'createResearcher',
  { description: 'A new researcher, Japan or partner side.', inputFields: (t) => researcherFields(t, true) },
  {
    ...keyHolders,
    description: 'Adds a researcher. Any API key may: applicants add their team, partner researchers included.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await createResearcher(writer, { ...input, organizationId: rowId(input.organizationId) }) })),
  },
  researcherPayload('The new researcher.'),
);

builder.relayMutationField(
  'updateResearcher',
  {
    description: 'Changes to a researcher; fields left out stay as they are, null clears an optional one.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: ResearcherRef }), version: versionInput(t), ...researcherFields(t, false) }),
  },
  {
    ...keyHolders,
    description: `Edits a researcher. ${updateRule}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await updateResearcher(
          writer,
          { ...input, id: input.id.id, nameEn: kept(input.nameEn), careerStage: kept(input.careerStage), organizationId: rowId(input.organizationId) },
          visible.researcher(ctx),
        ),
      })),
  },
  researcherPayload('The researcher as it is now.'),
);
