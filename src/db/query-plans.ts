// A cache of Prisma's query plans. Prisma 6.19 compiles every operation anew (its WebAssembly
// compiler is 15–20% of a read's CPU); 7 caches plans but is not adopted here (README, "Read
// performance"). 6.19's compiler already understands placeholders (`{$type: 'Param'}`), so an
// operation's plan is compiled once per shape, with the String values of its filters as
// placeholders, and each operation gets a copy of it with its own values put back in.
import { isDeepStrictEqual } from 'node:util';

/** Prisma's runtime data model (`runtimeDataModel` of the generated client): what each field is. */
export interface RuntimeDataModel {
  models: Record<string, { fields: readonly { name: string; kind: string; type: string }[] }>;
}

/** The query compiler of Prisma's WebAssembly runtime (`query_compiler_bg.*.mjs`). */
interface QueryCompiler {
  compile(request: string): unknown;
}
export type QueryCompilerClass = new (...args: never[]) => QueryCompiler;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Filter operators whose String operand can be a placeholder: the SQL does not depend on it. */
const COMPARISONS = new Set(['equals', 'not', 'lt', 'lte', 'gt', 'gte']);
/** Operators of a list of Strings: a placeholder each, so the shape depends on the list's length. */
const LISTS = new Set(['in', 'notIn']);
/** Only reads: a write's data would make nearly every shape its own. */
const READS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'aggregate', 'groupBy']);
/** A request's action where Prisma's serializer writes it, after the model's name if any. */
const ACTION = /^\{(?:"modelName":"\w+",)?"action":"(\w+)"/;
const LOGICAL = new Set(['AND', 'OR', 'NOT']);
const RELATION_FILTERS = new Set(['is', 'isNot', 'some', 'every', 'none']);
const PARAM_PREFIX = 'aspire_';

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where each model's fields lead: the related model, or whether a scalar is a String. */
function fieldIndex(dataModel: RuntimeDataModel) {
  const index = new Map<string, Map<string, { relation?: string; string: boolean }>>();
  for (const [model, { fields }] of Object.entries(dataModel.models)) {
    index.set(
      model,
      new Map(fields.map((f) => [f.name, { relation: f.kind === 'object' ? f.type : undefined, string: f.kind === 'scalar' && f.type === 'String' }])),
    );
  }
  return index;
}

/**
 * Takes the String values of an operation's filters (`where`, `cursor`, at every level of its
 * selection) out into `values`, leaving placeholders: the rest of the operation is its shape.
 * Only String columns compared with equals, not, lt…, in or notIn (or matched on their own) become
 * placeholders; enums, dates, numbers and text search keep their values in the shape, since the
 * compiler writes other SQL for them with a placeholder than with the value.
 */
function parameterize(dataModel: RuntimeDataModel) {
  const fields = fieldIndex(dataModel);
  const param = (value: string, values: string[]): JsonObject => {
    values.push(value);
    return { $type: 'Param', value: `${PARAM_PREFIX}${values.length - 1}` };
  };

  function filter(model: string, where: Json, values: string[]): Json {
    if (Array.isArray(where)) return where.map((w) => filter(model, w, values));
    if (!isObject(where)) return where;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(where)) {
      const field = fields.get(model)?.get(key);
      if (LOGICAL.has(key)) out[key] = filter(model, value, values);
      else if (field?.relation) out[key] = relationFilter(field.relation, value, values);
      else if (field?.string && typeof value === 'string') out[key] = param(value, values);
      else if (field?.string && isObject(value) && !('mode' in value)) out[key] = comparisons(value, values);
      else out[key] = value;
    }
    return out;
  }

  function relationFilter(model: string, value: Json, values: string[]): Json {
    if (!isObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => RELATION_FILTERS.has(k))) {
      return Object.fromEntries(keys.map((k) => [k, filter(model, value[k]!, values)]));
    }
    return filter(model, value, values);
  }

  function comparisons(value: JsonObject, values: string[]): JsonObject {
    const out: JsonObject = {};
    for (const [op, operand] of Object.entries(value)) {
      if (COMPARISONS.has(op) && typeof operand === 'string') out[op] = param(operand, values);
      else if (LISTS.has(op) && Array.isArray(operand) && operand.every((v) => typeof v === 'string')) {
        out[op] = operand.map((v) => param(v, values));
      } else out[op] = operand;
    }
    return out;
  }

  function selection(model: string, node: Json, values: string[]): Json {
    if (!isObject(node)) return node;
    const out: JsonObject = { ...node };
    const args = node.arguments;
    if (isObject(args) && (args.where !== undefined || args.cursor !== undefined)) {
      const next: JsonObject = { ...args };
      if (args.where !== undefined) next.where = filter(model, args.where, values);
      if (args.cursor !== undefined) next.cursor = filter(model, args.cursor, values);
      out.arguments = next;
    }
    const sel = node.selection;
    if (isObject(sel)) {
      const nextSelection: JsonObject = {};
      for (const [key, child] of Object.entries(sel)) {
        const relation = key === '_count' ? model : fields.get(model)?.get(key)?.relation;
        nextSelection[key] = relation && isObject(child) ? selection(relation, child, values) : child;
      }
      out.selection = nextSelection;
    }
    return out;
  }

  return (request: JsonObject): { shape: JsonObject; values: string[] } => {
    const values: string[] = [];
    const model = request.modelName;
    if (typeof model !== 'string' || !fields.has(model) || !isObject(request.query)) return { shape: request, values };
    return { shape: { ...request, query: selection(model, request.query, values) }, values };
  };
}

/** Where in a plan the placeholders are: a path of keys to each, and the index of its value. */
type Placeholder = { path: (string | number)[]; index: number };

function placeholdersOf(plan: unknown, path: (string | number)[] = [], found: Placeholder[] = []): Placeholder[] {
  if (Array.isArray(plan)) plan.forEach((item, i) => placeholdersOf(item, [...path, i], found));
  else if (typeof plan === 'object' && plan !== null) {
    const node = plan as { prisma__type?: unknown; prisma__value?: { name?: unknown } };
    const name = node.prisma__type === 'param' ? node.prisma__value?.name : undefined;
    if (typeof name === 'string' && name.startsWith(PARAM_PREFIX)) {
      found.push({ path, index: Number(name.slice(PARAM_PREFIX.length)) });
    } else {
      for (const [key, value] of Object.entries(plan)) placeholdersOf(value, [...path, key], found);
    }
  }
  return found;
}

/** The plan with `values` in place of its placeholders; what holds none is shared, not copied. */
function bind(plan: unknown, placeholders: readonly Placeholder[], values: readonly string[]): unknown {
  if (placeholders.length === 0) return plan;
  const root = { plan };
  // Placeholders share the branches above them: each branch is copied once per binding.
  const copies = new Set<object>();
  for (const { path, index } of placeholders) {
    let node: Record<string | number, unknown> = root;
    let key: string | number = 'plan';
    for (const next of path) {
      const child = node[key] as Record<string | number, unknown>;
      if (!copies.has(child)) {
        node[key] = Array.isArray(child) ? [...child] : { ...child };
        copies.add(node[key] as object);
      }
      node = node[key] as Record<string | number, unknown>;
      key = next;
    }
    node[key] = values[index];
  }
  return root.plan;
}

/**
 * What the process's caching compilers have done, for /metrics (Prisma loads one compiler class per
 * process): reads given a kept plan, reads whose shape was compiled, reads compiled whole because
 * the compiler refused a placeholder of their shape, and plans dropped to stay within the size.
 */
export const queryPlanCounts = { reused: 0, compiled: 0, whole: 0, dropped: 0 };

export interface QueryPlanCacheOptions {
  /** Plans kept, least recently used dropped first. */
  size: number;
  /**
   * Also compiles each operation as it is and throws unless the bound plan is the same (tests):
   * the proof that a placeholder never changes what an operation does.
   */
  check?: boolean;
}

/** `QueryCompiler` of Prisma's runtime, with its plans kept per shape of operation. */
export function cachingQueryCompiler(Base: QueryCompilerClass, dataModel: RuntimeDataModel, options: QueryPlanCacheOptions): QueryCompilerClass {
  const shapeOf = parameterize(dataModel);
  return class CachingQueryCompiler extends Base {
    /** By shape; no plan where the compiler refused a placeholder: those compile as they come. */
    readonly #plans = new Map<string, { plan?: unknown; placeholders: Placeholder[] }>();

    override compile(request: string): unknown {
      // A write (a sync batch's can be large) goes to the compiler without being parsed here.
      const action = ACTION.exec(request)?.[1] ?? (JSON.parse(request) as JsonObject).action;
      if (!READS.has(String(action))) return super.compile(request);
      const parsed = JSON.parse(request) as JsonObject;
      const { shape, values } = shapeOf(parsed);
      const key = values.length === 0 ? request : JSON.stringify(shape);
      let entry = this.#plans.get(key);
      if (entry) {
        this.#plans.delete(key);
        if (entry.plan !== undefined) queryPlanCounts.reused++;
      } else {
        entry = this.#compileShape(key, request);
        if (entry.plan !== undefined) queryPlanCounts.compiled++;
        if (this.#plans.size >= options.size && this.#plans.delete(this.#plans.keys().next().value!)) queryPlanCounts.dropped++;
      }
      this.#plans.set(key, entry);
      if (entry.plan === undefined) {
        queryPlanCounts.whole++;
        return super.compile(request);
      }
      const bound = bind(entry.plan, entry.placeholders, values);
      if (options.check) assertSamePlan(bound, super.compile(request), request);
      return bound;
    }

    #compileShape(shape: string, request: string): { plan?: unknown; placeholders: Placeholder[] } {
      try {
        const plan = super.compile(shape);
        return { plan, placeholders: placeholdersOf(plan) };
      } catch (refused) {
        // An invalid operation throws Prisma's own error here, as the operation has it.
        super.compile(request);
        if (options.check) throw new Error(`The query compiler refused a placeholder in ${shape}`, { cause: refused });
        return { placeholders: [] };
      }
    }
  };
}

function assertSamePlan(bound: unknown, compiled: unknown, request: string) {
  // Deep equality, not JSON text: the compiler writes some objects' keys in no fixed order.
  if (!isDeepStrictEqual(bound, compiled)) {
    throw new Error(`Cached query plan differs from the compiled one for ${request}:\n${JSON.stringify(bound)}\n${JSON.stringify(compiled)}`);
  }
}
