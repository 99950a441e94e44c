import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { payloadOf, performWrite, text, type GlobalId } from '../../schema/mutations.js';
import { FundingAgencyRef } from './agency.js';
import { CountryRef } from './country.js';
import {
  createCountry,
  createFundingAgency,
  createResearchField,
  updateCountry,
  updateFundingAgency,
  updateResearchField,
  type PhaseContent,
} from './reference-writes.js';
import { ResearchFieldRef } from './research-field.js';

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type InputBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** Reference data is the program's own vocabulary: admins only. */
export const admins = { authScopes: { admin: true } } as const;

/** The version field of every update input. */
export const versionInput = (t: InputBuilder) => t.int({ required: true, description: 'The version you read: the update is refused if it changed since.' });

/** A row id from an optional global id: null clears the reference, left out keeps it. */
export const rowId = (id: GlobalId | null | undefined) => (id == null ? id : id.id);

/** A column that cannot be null: sent as null, it stays as it is. */
export const kept = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

const sortOrder = z.number().int().min(0, 'must not be negative').max(10_000, 'must be at most 10000');

// ───────────── countries ─────────────

function countryFields<Required extends boolean>(t: InputBuilder, required: Required) {
  return {
    code: t.string({ required, validate: text(16), description: 'ISO 3166-1 alpha-2 in capitals, or EU; unique.' }),
    nameJa: t.string({ required, validate: text(100) }),
    nameEn: t.string({ required, validate: text(100) }),
  };
}

const countryPayload = (what: string) => payloadOf('country', CountryRef, what);

builder.relayMutationField(
  'createCountry',
  { description: 'A new country or region.', inputFields: (t) => countryFields(t, true) },
  { ...admins, resolve: (_root, { input }, ctx) => performWrite(ctx, async (writer) => ({ result: await createCountry(writer, input) })) },
  countryPayload('The new country or region.'),
);

builder.relayMutationField(
  'updateCountry',
  {
    description: 'Changes to a country or region; fields left out stay as they are.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: CountryRef }), version: versionInput(t), ...countryFields(t, false) }),
  },
  {
    ...admins,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await updateCountry(writer, { id: input.id.id, version: input.version, code: kept(input.code), nameJa: kept(input.nameJa), nameEn: kept(input.nameEn) }),
      })),
  },
  countryPayload('The country or region as it is now.'),
);

// ───────────── funding agencies ─────────────

function agencyFields<Required extends boolean>(t: InputBuilder, required: Required) {
  return {
    code: t.string({ required, validate: text(32), description: 'Short stable code, unique, e.g. BBSRC.' }),
    nameEn: t.string({ required, validate: text(300) }),
    countryId: t.globalID({ required, for: CountryRef }),
    nameJa: t.string({ validate: text(300) }),
    acronym: t.string({ validate: text(32) }),
    parentId: t.globalID({ for: FundingAgencyRef, description: 'The agency this one belongs to, e.g. UKRI for BBSRC.' }),
    rorId: t.string({ validate: text(100), description: 'ROR id without https://ror.org/, e.g. 04ksd4g47; unique.' }),
    crossrefFunderId: t.string({ validate: text(100), description: 'Crossref funder id, e.g. 10.13039/501100002241; unique.' }),
    website: t.string({ validate: text(500), description: 'An http(s) address.' }),
  };
}

type AgencyInput = {
  code?: string | null;
  nameEn?: string | null;
  countryId?: GlobalId | null;
  nameJa?: string | null;
  acronym?: string | null;
  parentId?: GlobalId | null;
  rorId?: string | null;
  crossrefFunderId?: string | null;
  website?: string | null;
};

function agencyContent(input: AgencyInput) {
  return {
    ...input,
    code: kept(input.code),
    nameEn: kept(input.nameEn),
    countryId: kept(input.countryId)?.id,
    parentId: rowId(input.parentId),
  };
}

const agencyPayload = (what: string) => payloadOf('fundingAgency', FundingAgencyRef, what);

builder.relayMutationField(
  'createFundingAgency',
  { description: 'A new funding agency.', inputFields: (t) => agencyFields(t, true) },
  {
    ...admins,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await createFundingAgency(writer, { ...agencyContent(input), code: input.code, nameEn: input.nameEn, countryId: input.countryId.id }),
      })),
  },
  agencyPayload('The new agency.'),
);

builder.relayMutationField(
  'updateFundingAgency',
  {
    description: 'Changes to a funding agency; fields left out stay as they are, null clears an optional one.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: FundingAgencyRef }), version: versionInput(t), ...agencyFields(t, false) }),
  },
  {
    ...admins,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await updateFundingAgency(writer, { ...agencyContent(input), id: input.id.id, version: input.version }),
      })),
  },
  agencyPayload('The agency as it is now.'),
);

// ───────────── research fields ─────────────

const ExampleInput = builder.inputType('ResearchFieldExampleInput', {
  description: 'An example a phase gives, in both languages (so the two lists cannot drift apart).',
  fields: (t) => ({ ja: t.string({ required: true, validate: text(200) }), en: t.string({ required: true, validate: text(200) }) }),
});

const PhaseInput = builder.inputType('ResearchFieldPhaseInput', {
  description: "A field's name and scope in one phase (phase 1: calls up to FY2025, phase 2: from FY2026).",
  fields: (t) => ({
    phase: t.int({ required: true, validate: z.number().int().min(1, 'must be at least 1').max(99, 'must be at most 99'), description: 'Unique per field.' }),
    fromFiscalYear: t.field({ type: 'FiscalYear', required: true, description: 'First fiscal year whose calls use this phase.' }),
    toFiscalYear: t.field({ type: 'FiscalYear', description: 'Last fiscal year (inclusive); left out while the phase is current. Phases may not overlap.' }),
    nameJa: t.string({ required: true, validate: text(200) }),
    nameEn: t.string({ required: true, validate: text(200) }),
    scopeJa: t.string({ required: true, validate: text(5_000) }),
    scopeEn: t.string({ required: true, validate: text(5_000) }),
    examples: t.field({ type: [ExampleInput], description: 'Examples the phase gives, in order.' }),
  }),
});

type PhaseInputShape = typeof PhaseInput.$inferInput;

function phaseContent(p: PhaseInputShape): PhaseContent {
  const { examples, ...phase } = p;
  return { ...phase, toFiscalYear: phase.toFiscalYear ?? null, examplesJa: (examples ?? []).map((e) => e.ja), examplesEn: (examples ?? []).map((e) => e.en) };
}

function fieldFields<Required extends boolean>(t: InputBuilder, required: Required) {
  return {
    code: t.string({ required, validate: text(32), description: 'Unique code, e.g. QUANTUM.' }),
    sortOrder: t.int({ validate: sortOrder, description: 'Position in lists (0 when left out).' }),
    phases: t.field({ type: [PhaseInput], description: 'Every phase of the field; replaces them when given (a phase keeps its record when its number stays).' }),
  };
}

const fieldPayload = (what: string) => payloadOf('researchField', ResearchFieldRef, what);

builder.relayMutationField(
  'createResearchField',
  { description: 'A new research field with its phases.', inputFields: (t) => fieldFields(t, true) },
  {
    ...admins,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await createResearchField(writer, { code: input.code, sortOrder: kept(input.sortOrder), phases: input.phases?.map(phaseContent) }),
      })),
  },
  fieldPayload('The new research field.'),
);

builder.relayMutationField(
  'updateResearchField',
  {
    description: 'Changes to a research field and its phases; fields left out stay as they are.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: ResearchFieldRef }), version: versionInput(t), ...fieldFields(t, false) }),
  },
  {
    ...admins,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await updateResearchField(writer, {
          id: input.id.id,
          version: input.version,
          code: kept(input.code),
          sortOrder: kept(input.sortOrder),
          phases: input.phases?.map(phaseContent),
        }),
      })),
  },
  fieldPayload('The research field as it is now.'),
);
