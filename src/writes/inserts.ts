// A write transaction's new rows, held until a statement could read them and then written with one
// INSERT per table: a batch of 500 sync records becomes a few set statements instead of a thousand
// single-row creates, each of which Prisma compiles and sends on its own. Nothing reads a held row
// from the database before it is written (see Writer.tx), so rules see the same data as before.
import { v7 as uuidv7 } from 'uuid';
import { getDatamodel } from '../generated/pothos-types.js';
import type { Prisma } from '../generated/prisma/client.js';

export type InsertableModel = Prisma.ModelName;
type ManyData<M extends InsertableModel> = Prisma.TypeMap['model'][M]['operations']['createMany']['args']['data'];
/** What a caller gives for a new row: the columns of `createMany`. */
export type InsertData<M extends InsertableModel> = ManyData<M> extends readonly (infer D)[] ? D : ManyData<M>;
/** The row as the database holds it once written. */
export type InsertedRow<M extends InsertableModel> = Prisma.TypeMap['model'][M]['payload']['scalars'];

type Field = { name: string; kind: string; type: string; isId: boolean; isList: boolean; isRequired: boolean; hasDefaultValue: boolean; isUpdatedAt?: boolean };

const models = getDatamodel().datamodel.models as Record<string, { fields: readonly (Field & { relationFromFields?: readonly string[] })[] }>;

/**
 * Static defaults of prisma/schema.prisma, for the models written through `insert`: a held row must
 * be the row the database will hold, so every column is sent, defaults included. A column with a
 * default not listed here fails loudly on first use; test/inserts.test.ts compares each model's
 * held row with the row read back.
 */
const DEFAULTS: Partial<Record<InsertableModel, Record<string, unknown>>> = {
  Proposal: { status: 'DRAFT' },
  Project: { status: 'ACTIVE', reReviewRequired: false },
  TeamMember: { travelsToPartner: false },
  Outcome: { reportedBySide: 'JAPAN', partnerContributors: [] },
};
const DEFAULT_ANY_MODEL: Record<string, unknown> = { version: 1 };

/** Every column of the model's new row: given, defaulted, or null. */
function completeRow<M extends InsertableModel>(model: M, data: InsertData<M>, now: Date): InsertedRow<M> {
  const given = data as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const field of models[model]!.fields) {
    if (field.kind !== 'scalar' && field.kind !== 'enum') continue;
    const { name } = field;
    if (given[name] !== undefined) row[name] = given[name];
    else if (field.isId && field.hasDefaultValue) row[name] = uuidv7();
    else if (field.isUpdatedAt || (field.hasDefaultValue && field.type === 'DateTime' && name === 'createdAt')) row[name] = now;
    else if (field.hasDefaultValue) {
      const defaults: Record<string, unknown> = DEFAULTS[model] ?? {};
      if (name in defaults) row[name] = defaults[name];
      else if (name in DEFAULT_ANY_MODEL) row[name] = DEFAULT_ANY_MODEL[name];
      else throw new Error(`inserts.ts: no default known for ${model}.${name}`);
    } else if (!field.isRequired) row[name] = null;
    else throw new Error(`inserts.ts: ${model}.${name} is required`);
  }
  return row as InsertedRow<M>;
}

const columnFields = (model: InsertableModel) => models[model]!.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');

const columnNames = new Map<string, readonly string[]>();

/** A model's columns (its scalar and enum fields), as Prisma names them in a row. */
export function columnsOf(model: InsertableModel): readonly string[] {
  let names = columnNames.get(model);
  if (!names) columnNames.set(model, (names = columnFields(model).map((f) => f.name)));
  return names;
}

const selectLists = new Map<string, string>();

/** A model's columns for a raw SELECT that returns them as Prisma reads them: an enum (or a list of them) as text. */
export function columnsAsPrismaReads(model: InsertableModel): string {
  let list = selectLists.get(model);
  if (list === undefined) {
    list = columnFields(model)
      .map(({ name, kind, isList }) => (kind === 'enum' ? `"${name}"::text${isList ? '[]' : ''} AS "${name}"` : `"${name}"`))
      .join(', ');
    selectLists.set(model, list);
  }
  return list;
}

/** Tables in an order that writes every row after the rows it refers to. */
const TABLE_ORDER: readonly string[] = (() => {
  const order: string[] = [];
  const visit = (model: string, path: Set<string>) => {
    if (order.includes(model) || path.has(model)) return;
    path.add(model);
    for (const field of models[model]!.fields) {
      if (field.kind === 'object' && field.relationFromFields?.length && field.type !== model) visit(field.type, path);
    }
    order.push(model);
  };
  for (const model of Object.keys(models)) visit(model, new Set());
  return order;
})();

export type Raw = { $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T> };

/**
 * Writes rows into a table in one statement and returns the columns asked for, in the rows' order.
 * Not Prisma's createMany: it compiles and binds a row's every column as a parameter of its own,
 * which cost more CPU than the rest of a sync batch; here the rows go as one JSON parameter that
 * PostgreSQL reads into the table's own row type.
 */
export async function insertRows<T = unknown>(tx: Raw, table: InsertableModel, rows: readonly Record<string, unknown>[], returning?: string): Promise<T[]> {
  if (!rows.length) return [];
  const { sql, json } = insertStatement(table, rows, returning);
  return tx.$queryRawUnsafe<T[]>(sql, json);
}

/**
 * insertRows' statement, for use inside a larger one (e.g. as a WITH clause): its one parameter is
 * `json`. `where`, a condition on no row, gates the whole insert.
 */
export function insertStatement(
  table: InsertableModel,
  rows: readonly Record<string, unknown>[],
  returning?: string,
  where?: string,
): { sql: string; json: string } {
  const columns = Object.keys(rows[0]!)
    .map((c) => `"${c}"`)
    .join(', ');
  const json = JSON.stringify(rows, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  // Ordered by position, so that an identity column (a change event's sequence) follows the rows.
  const sql = `INSERT INTO "${table}" (${columns})
    SELECT ${columns} FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(row, n), jsonb_populate_record(NULL::"${table}", e.row)${where ? ` WHERE ${where}` : ''}
    ORDER BY e.n${returning ? ` RETURNING ${returning}` : ''}`;
  return { sql, json };
}

interface Held {
  model: InsertableModel;
  row: Record<string, unknown>;
  /** How many rows were held before it: what `mark` and `rollbackTo` count. */
  serial: number;
}

export class HeldInserts {
  private held: Held[] = [];
  private serial = 0;

  get pending(): boolean {
    return this.held.length > 0;
  }

  /** Holds a new row and returns it complete, as it will be written. */
  add<M extends InsertableModel>(model: M, data: InsertData<M>, now: Date): InsertedRow<M> {
    const row = completeRow(model, data, now);
    this.held.push({ model, row: row as Record<string, unknown>, serial: this.serial++ });
    return row;
  }

  mark(): number {
    return this.serial;
  }

  /** Forgets the rows held since `mark` that were not written yet (written ones go with the savepoint). */
  rollbackTo(mark: number): void {
    this.held = this.held.filter((h) => h.serial < mark);
  }

  /** Writes the held rows, one statement per table, parents first. */
  async write(tx: Raw): Promise<void> {
    const byModel = new Map<string, Record<string, unknown>[]>();
    for (const { model, row } of this.held) {
      const rows = byModel.get(model);
      if (rows) rows.push(row);
      else byModel.set(model, [row]);
    }
    this.held = [];
    for (const model of TABLE_ORDER) {
      const rows = byModel.get(model);
      if (rows) await insertRows(tx, model as InsertableModel, rows);
    }
  }
}
