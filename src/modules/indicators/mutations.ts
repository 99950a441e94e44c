import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { payloadOf, performWrite, text } from '../../schema/mutations.js';
import { admins, kept, versionInput, type InputBuilder } from '../reference/mutations.js';
import { IndicatorActualRef, IndicatorRef } from './indicator.js';
import { createIndicator, createIndicatorActual, updateIndicator, updateIndicatorActual } from './indicator-writes.js';

const longText = text(5_000);
const figure = z.number().int().min(0, 'must not be negative').max(1_000_000_000, 'must be at most 1000000000');

function indicatorFields<Required extends boolean>(t: InputBuilder, required: Required) {
  return {
    code: t.string({ required, validate: text(32), description: 'Unique code, e.g. 2-1-papers.' }),
    goalNumber: t.int({ required, validate: z.number().int().min(1, 'must be at least 1').max(99, 'must be at most 99'), description: 'The goal the indicator measures.' }),
    goalJa: t.string({ required, validate: longText }),
    goalEn: t.string({ required, validate: longText }),
    nameJa: t.string({ required, validate: longText }),
    nameEn: t.string({ required, validate: longText }),
    targetValue: t.int({ validate: figure, description: 'Null for a qualitative indicator.' }),
    targetFiscalYear: t.field({ type: 'FiscalYear' }),
    unitEn: t.string({ validate: text(50) }),
    unitJa: t.string({ validate: text(50) }),
    sortOrder: t.int({ validate: z.number().int().min(0, 'must not be negative').max(10_000, 'must be at most 10000'), description: 'Position in the report’s order (0 when left out).' }),
  };
}

function actualFields<Required extends boolean>(t: InputBuilder, required: Required) {
  return {
    scopeEn: t.string({ required, validate: text(1_000), description: 'What the figure covers, e.g. "FY2023 projects, first year".' }),
    reportedOn: t.field({ type: 'Date', required }),
    value: t.int({ validate: figure, description: 'The figure; null for a qualitative report (then qualitativeEn).' }),
    qualitativeEn: t.string({ validate: longText }),
    qualitativeJa: t.string({ validate: longText }),
    scopeJa: t.string({ validate: text(1_000) }),
    sourceEn: t.string({ validate: text(1_000), description: 'The report it comes from.' }),
  };
}

const indicatorPayload = (what: string) => payloadOf('indicator', IndicatorRef, what);
const actualPayload = (what: string) => payloadOf('indicatorActual', IndicatorActualRef, what);

builder.relayMutationField(
  'createIndicator',
  { description: 'A new indicator of the program’s goals.', inputFields: (t) => indicatorFields(t, true) },
  {
    ...admins,
    resolve: (_root, { input }, ctx) => performWrite(ctx, async (writer) => ({ result: await createIndicator(writer, { ...input, sortOrder: kept(input.sortOrder) }) })),
  },
  indicatorPayload('The new indicator.'),
);

builder.relayMutationField(
  'updateIndicator',
  {
    description: 'Changes to an indicator; fields left out stay as they are, null clears an optional one.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: IndicatorRef }), version: versionInput(t), ...indicatorFields(t, false) }),
  },
  {
    ...admins,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await updateIndicator(writer, {
          ...input,
          id: input.id.id,
          code: kept(input.code),
          goalNumber: kept(input.goalNumber),
          goalJa: kept(input.goalJa),
          goalEn: kept(input.goalEn),
          nameJa: kept(input.nameJa),
          nameEn: kept(input.nameEn),
          sortOrder: kept(input.sortOrder),
        }),
      })),
  },
  indicatorPayload('The indicator as it is now.'),
);

builder.relayMutationField(
  'createIndicatorActual',
  {
    description: 'A reported actual of an indicator.',
    inputFields: (t) => ({ indicatorId: t.globalID({ required: true, for: IndicatorRef }), ...actualFields(t, true) }),
  },
  {
    ...admins,
    description: 'Reports an actual: a figure, or words for a qualitative report. It changes the indicator (its version moves).',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await createIndicatorActual(writer, { ...input, indicatorId: input.indicatorId.id }) })),
  },
  actualPayload('The new actual.'),
);

builder.relayMutationField(
  'updateIndicatorActual',
  {
    description: 'Changes to a reported actual; fields left out stay as they are.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: IndicatorActualRef }), version: versionInput(t), ...actualFields(t, false) }),
  },
  {
    ...admins,
    description: 'Corrects a reported actual. It changes the indicator too (its version moves).',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await updateIndicatorActual(writer, { ...input, id: input.id.id, scopeEn: kept(input.scopeEn), reportedOn: kept(input.reportedOn) }),
      })),
  },
  actualPayload('The actual as it is now.'),
);
