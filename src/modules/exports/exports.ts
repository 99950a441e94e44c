// The exports by name and format, written as text as the rows come: one chunk of rows in memory
// at a time, whatever the size of the export.
import { stringify } from 'csv-stringify/sync';
import { tenantOf } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../schema/errors.js';
import { TABLES, type TableExport, type Value } from './datasets.js';
import { grantChunk, grantCsvValues, GRANT_CSV, packageHead, threeSixtySettings } from './threesixty.js';
import { exportValidators, type Validators } from './validators.js';

export type Format = 'csv' | 'jsonl' | 'json';

export const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Rows per database round trip: large enough to amortise it, small enough to keep memory flat. */
export const CHUNK_SIZE = 500;

export interface Export {
  name: string;
  formats: readonly Format[];
  /** Throws an ApiError when the caller may not have this export at all (before anything is sent). */
  authorize?(ctx: Context): void;
  validators(ctx: Context, format: Format): Promise<Validators>;
  /** The export as text pieces; `modified` goes into formats that carry it (the 360Giving package). */
  write(ctx: Context, format: Format, modified: Date | null): AsyncGenerator<string>;
}

/** Every row of a keyset-paginated source, one chunk at a time. */
async function* chunks<Row extends { id: string }>(next: (after: string | undefined) => Promise<Row[]>): AsyncGenerator<Row[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await next(after);
    if (rows.length) yield rows;
    if (rows.length < CHUNK_SIZE) return;
    after = rows.at(-1)!.id;
  }
}

const csvCell = (value: unknown) => (Array.isArray(value) ? value.join(';') : value);
const csvLines = (rows: unknown[][]) => stringify(rows.map((row) => row.map(csvCell)), { cast: { boolean: String } });

async function* writeTable(ctx: Context, table: TableExport, format: Format): AsyncGenerator<string> {
  const names = table.columns.map((c) => c.name);
  const object = (values: Value[]) => Object.fromEntries(names.map((name, i) => [name, values[i]]));
  if (format === 'csv') yield csvLines([names]);
  if (format === 'json') yield '[';
  let first = true;
  for await (const rows of chunks((after) => table.chunk(ctx, after, CHUNK_SIZE))) {
    if (format === 'csv') yield csvLines(rows.map((r) => r.values));
    else if (format === 'jsonl') yield rows.map((r) => JSON.stringify(object(r.values)) + '\n').join('');
    else {
      yield (first ? '\n' : ',\n') + rows.map((r) => JSON.stringify(object(r.values))).join(',\n');
      first = false;
    }
  }
  if (format === 'json') yield '\n]\n';
}

const tableExports: Export[] = TABLES.map((table) => ({
  name: table.name,
  formats: ['csv', 'jsonl', 'json'],
  validators: (ctx, format) => exportValidators(ctx, `${table.name}.${format}`, table.recordTypes),
  write: (ctx, format) => writeTable(ctx, table, format),
}));

const THREE_SIXTY_TYPES = [...TABLES.find((t) => t.name === 'projects')!.recordTypes, 'FUNDING_AGENCY'] as const;

const threeSixtyGiving: Export = {
  name: '360giving',
  formats: ['json', 'csv'],
  authorize(ctx) {
    if (tenantOf(ctx.principal).role === 'PUBLIC') {
      throw new ApiError(
        'FORBIDDEN',
        'The 360Giving export states awarded amounts and award dates, which belong to proposals and are not public: send an API key.',
      );
    }
  },
  validators: (ctx, format) => exportValidators(ctx, `360giving.${format}`, THREE_SIXTY_TYPES, [...Object.entries(threeSixtySettings())]),
  async *write(ctx, format, modified) {
    const settings = threeSixtySettings();
    if (format === 'csv') yield csvLines([GRANT_CSV.map((c) => c.title)]);
    else yield JSON.stringify(packageHead(modified)).slice(0, -1) + ',"grants":[';
    let first = true;
    for await (const rows of chunks((after) => grantChunk(ctx, settings, after, CHUNK_SIZE))) {
      if (format === 'csv') yield csvLines(rows.map((r) => grantCsvValues(r.grant)));
      else {
        yield (first ? '\n' : ',\n') + rows.map((r) => JSON.stringify(r.grant)).join(',\n');
        first = false;
      }
    }
    if (format === 'json') yield '\n]}\n';
  },
};

export const EXPORTS: ReadonlyMap<string, Export> = new Map([...tableExports, threeSixtyGiving].map((e) => [e.name, e]));
