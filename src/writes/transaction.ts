import { tenantOf, type Tenant } from '../auth/visibility.js';
import type { Context } from '../context.js';
import type { ChangeAction, Prisma, PrismaClient, RecordType, Role, SyncedEntity } from '../generated/prisma/client.js';
import { insertChangesAndDeliveries } from '../modules/webhooks/enqueue.js';
import { columnsAsPrismaReads, HeldInserts, type InsertableModel, type InsertData, type InsertedRow } from './inserts.js';
import { refuse } from './user-errors.js';

export type Tx = Prisma.TransactionClient;

/** Who a change is recorded as made by. */
export interface Actor {
  /** Whose data the actor may write, by the same rule as what it may see. */
  tenant: Tenant;
  keyId: string | null;
  name: string;
  role: Role | null;
  agencyId: string | null;
  organizationId: string | null;
  requestId: string | null;
}

export function actorOf(ctx: Context): Actor {
  const p = ctx.principal;
  const tenant = tenantOf(p);
  return p.kind === 'key'
    ? { tenant, keyId: p.keyId, name: p.name, role: p.role, agencyId: p.agencyId, organizationId: p.organizationId, requestId: ctx.requestId }
    : { tenant, keyId: null, name: 'anonymous', role: null, agencyId: null, organizationId: null, requestId: ctx.requestId };
}

/**
 * The feed's order is the order of ChangeEvent.sequence, so sequences must be drawn in the order
 * their transactions commit: a reader that has seen sequence n must never later meet a smaller one.
 * A transaction therefore takes this advisory lock as it inserts its change events, which is the
 * last thing it does, and holds it until it commits (PostgreSQL makes a commit visible before it
 * releases the transaction's locks). Writers run in parallel and queue only for that instant.
 */
export const FEED_LOCK = 0x41535052; // "ASPR"

const TAKE_FEED_LOCK = `pg_advisory_xact_lock(${FEED_LOCK})`;

/** Takes the feed's lock: call only when about to insert change events, right before commit. */
export async function lockFeed(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT ${TAKE_FEED_LOCK}`);
}

/**
 * lockFeed as a condition of the statement that inserts the change events, a round trip less: an
 * uncorrelated subquery in WHERE is a one-time filter, run once before the first row is read and
 * so before any sequence is drawn (the lock returns void, which is not null).
 */
export const FEED_LOCKED = `(SELECT ${TAKE_FEED_LOCK}) IS NOT NULL`;

/**
 * Locks a row until commit before it is read to be changed: a concurrent writer of the same record
 * waits here, then reads what this one wrote (and meets VERSION_CONFLICT if it read an older
 * version), while writers of other records go on in parallel. Tables are named as their models.
 */
export async function lockRow(tx: Tx, table: Prisma.ModelName, id: string): Promise<void> {
  await lockRowSet(tx, table, [id]);
}

/**
 * lockRow and a read of the row's columns in one statement: the row as Prisma reads it (enums as
 * their names; test/inserts.test.ts compares the two), or null.
 */
export async function lockAndReadRow(tx: Tx, table: Prisma.ModelName, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await tx.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${columnsAsPrismaReads(table)} FROM "${table}" WHERE id = $1::uuid FOR UPDATE`, id);
  return row ?? null;
}

/** lockRow for several rows in one statement, in id order, so that two writers locking overlapping sets never deadlock. */
async function lockRowSet(tx: Tx, table: Prisma.ModelName, ids: readonly string[]): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT 1 FROM "${table}" WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, ids);
}

/**
 * Transaction-scoped advisory locks on names (e.g. an idempotency key, a researcher), taken in one
 * statement and in a fixed order, so that two transactions locking overlapping sets never deadlock.
 */
export async function lockNames(tx: Tx, names: readonly string[]): Promise<void> {
  if (!names.length) return;
  // PostgreSQL calls a volatile function of the select list after sorting: the locks go in key order.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(n, 0) AS k FROM unnest(${[...names]}::text[]) AS n) t ORDER BY k`;
}

/** Long enough for a 500-record sync batch on the embedded database. */
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 60_000 } as const;

type Json = Prisma.InputJsonValue | null;

/** A record as JSON: money and big integers as decimal strings, instants as ISO strings. */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  }
  return value as Json;
}

const UNTRACKED = new Set(['createdAt', 'updatedAt', 'version']);

/** Field → [before, after] for every field that differs; bookkeeping columns are left out. */
export function diff(before: object | null, after: object | null): Record<string, [Json, Json]> {
  const b = (toJson(before ?? {}) ?? {}) as Record<string, Json>;
  const a = (toJson(after ?? {}) ?? {}) as Record<string, Json>;
  const changes: Record<string, [Json, Json]> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (UNTRACKED.has(key)) continue;
    if (JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null)) changes[key] = [b[key] ?? null, a[key] ?? null];
  }
  return changes;
}

/** Whether writing `data` over `current` would change nothing the change log records. */
export function changesNothing(current: object, data: object): boolean {
  return Object.keys(diff(current, { ...current, ...data })).length === 0;
}

/** The kinds of rows a writer holds (see Writer.lockedRow), and their tables. */
const HELD_TABLES = { PROPOSAL: 'Proposal', PROJECT: 'Project' } as const satisfies Partial<Record<RecordType, Prisma.ModelName>>;
type HeldType = keyof typeof HELD_TABLES;
const heldKey = (type: RecordType, id: string) => `${type}:${id}`;

export interface Mark {
  changes: number;
  held: number;
  inserts: number;
}

/**
 * The transaction's client, writing the rows `insert` holds before any statement runs: a read of
 * the database then sees every row the transaction has made, as if each had been written at once.
 */
function writingHeldFirst(tx: Tx, inserts: HeldInserts): Tx {
  const writeHeld = () => inserts.write(tx);
  const wrap =
    (target: object, method: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) =>
      inserts.pending ? writeHeld().then(() => method.apply(target, args)) : method.apply(target, args);
  const delegates = new Map<PropertyKey, object>();
  return new Proxy(tx, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value === 'function') return wrap(target, value as (...args: unknown[]) => unknown);
      if (typeof value !== 'object' || value === null) return value;
      let delegate = delegates.get(property);
      if (!delegate) {
        delegate = new Proxy(value, {
          get: (model, method) => {
            const fn: unknown = Reflect.get(model, method);
            return typeof fn === 'function' ? wrap(model, fn as (...args: unknown[]) => unknown) : fn;
          },
        });
        delegates.set(property, delegate);
      }
      return delegate;
    },
  });
}

interface Change {
  recordType: RecordType;
  recordId: string;
  version: number;
  callId: string | null;
  before: object | null;
  after: object | null;
  /** For deletes: what the partner agencies called the record, for their tombstones. */
  externalIds?: Record<string, string>;
}

/** A write transaction: the client to write with, and the change log of what it wrote. */
export class Writer {
  private readonly changes: Prisma.ChangeEventCreateManyInput[] = [];
  /** Whether any change was recorded (one in a savepoint rolled back counts too). */
  recorded = false;
  private readonly inserts = new HeldInserts();
  /** The transaction's client: every statement through it first writes the rows `insert` holds. */
  readonly tx: Tx;

  constructor(
    private readonly rawTx: Tx,
    readonly actor: Actor,
    readonly now: Date,
  ) {
    this.tx = writingHeldFirst(rawTx, this.inserts);
  }

  /**
   * A new row, complete as the database will hold it (id, defaults), written with the other rows
   * of its table in one statement before the transaction's next statement runs.
   */
  insert<M extends InsertableModel>(model: M, data: InsertData<M>): InsertedRow<M> {
    return this.inserts.add(model, data, this.now);
  }

  /**
   * Savepoints, around the held rows: those held before a savepoint are written before it (so a
   * rollback to it keeps them); a rollback forgets what was recorded, held and inserted since
   * `mark` (taken just after the savepoint), written or not; a release writes nothing.
   */
  async savepoint(name: string): Promise<void> {
    await this.tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  }

  async rollbackToSavepoint(name: string, mark: Mark): Promise<void> {
    await this.rawTx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
    this.rollbackTo(mark);
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.rawTx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
  }

  /** Records a change; a create has no `before`, a delete no `after`, and an update that changed nothing is not recorded. */
  record(change: Change): void {
    // Every write of a row is recorded: a row held as read before it is stale now.
    this.held.delete(heldKey(change.recordType, change.recordId));
    const action: ChangeAction = change.before === null ? 'CREATE' : change.after === null ? 'DELETE' : 'UPDATE';
    const changes: Record<string, unknown> = diff(change.before, change.after);
    if (action === 'UPDATE' && Object.keys(changes).length === 0) return;
    this.recorded = true;
    if (change.externalIds) changes.externalIds = change.externalIds;
    this.changes.push({
      recordType: change.recordType,
      recordId: change.recordId,
      action,
      version: change.version,
      callId: change.callId,
      changes: changes as Prisma.InputJsonObject,
      actorKeyId: this.actor.keyId,
      actorName: this.actor.name,
      actorRole: this.actor.role,
      actorAgencyId: this.actor.agencyId,
      actorOrganizationId: this.actor.organizationId,
      requestId: this.actor.requestId,
      occurredAt: this.now,
    });
  }

  private readonly memos = new Map<string, Promise<unknown>>();

  /**
   * Reads once per transaction what a batch asks again and again. Only for answers no write of the
   * transaction can make false (calls and their agencies, fields, countries; that an organisation
   * exists, and where): a memo outlives a savepoint rolled back.
   */
  memo<T>(key: string, read: () => Promise<T>): Promise<T> {
    let memo = this.memos.get(key) as Promise<T> | undefined;
    if (!memo) this.memos.set(key, (memo = read()));
    return memo;
  }

  /** Answers a memo without reading: for what the transaction itself just made. */
  remember(key: string, value: unknown): void {
    this.memos.set(key, Promise.resolve(value));
  }

  /**
   * Records the deletion of a record partner agencies may have named. Their names for it go with
   * it (the ids could otherwise never be given to another record) and are kept on the tombstone,
   * so each agency learns which of its records was deleted.
   */
  async recordDeletion(change: { recordType: RecordType & SyncedEntity; before: { id: string; version: number }; callId: string | null }): Promise<void> {
    const { recordType, before, callId } = change;
    const where = { entity: recordType, recordId: before.id };
    const named = await this.tx.externalId.findMany({ where, select: { externalId: true, agency: { select: { code: true } } } });
    await this.tx.externalId.deleteMany({ where });
    this.record({
      recordType,
      recordId: before.id,
      version: before.version,
      callId,
      before,
      after: null,
      externalIds: Object.fromEntries(named.map((n) => [n.agency.code, n.externalId])),
    });
  }

  /** Rows this transaction holds locked until commit, as it last read them, by recordType:id. */
  private readonly held = new Map<string, { id: string }>();
  /** The keys of `held` in the order they were set, so that a savepoint rolled back forgets its own. */
  private readonly heldLog: string[] = [];

  /** Holds a row as read after locking it, or as this transaction created it (no one else sees it before commit). */
  hold(type: HeldType, row: { id: string }): void {
    const key = heldKey(type, row.id);
    this.held.set(key, row);
    this.heldLog.push(key);
  }

  /**
   * Locks rows until commit in one statement (see lockRowSet), then reads them with `read` in one
   * more: what a batch is about to write, read once up front instead of once per record.
   * `lockedRow` then answers from them.
   */
  async lockRows<R extends { id: string }>(type: HeldType, ids: Iterable<string>, read: (ids: string[]) => Promise<R[]>): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !this.held.has(heldKey(type, id)));
    if (!wanted.length) return;
    await lockRowSet(this.tx, HELD_TABLES[type], wanted);
    for (const row of await read(wanted)) this.hold(type, row);
  }

  /**
   * A row locked until commit before it is read to be changed (see lockRow), read by `read` the
   * first time only: each type is read the same way wherever it is held. Without `read`, the row's
   * columns are read by the locking statement itself (lockAndReadRow). A write recorded on the row
   * forgets it, so the next caller reads it again.
   */
  async lockedRow<R extends { id: string }>(type: HeldType, id: string, read?: () => Promise<R | null>): Promise<R | null> {
    const held = this.held.get(heldKey(type, id));
    if (held) return held as R;
    let row: R | null;
    if (read) {
      await lockRow(this.tx, HELD_TABLES[type], id);
      row = await read();
    } else row = (await lockAndReadRow(this.tx, HELD_TABLES[type], id)) as R | null;
    if (row) this.hold(type, row);
    return row;
  }

  /** A point to return to: changes recorded and rows held after it go with the writes (and locks) of a savepoint. */
  mark(): Mark {
    return { changes: this.changes.length, held: this.heldLog.length, inserts: this.inserts.mark() };
  }

  /** Whether a change was recorded since `mark`. */
  changedSince(mark: Mark): boolean {
    return this.changes.length !== mark.changes;
  }

  private rollbackTo(mark: Mark): void {
    this.changes.length = mark.changes;
    for (const key of this.heldLog.splice(mark.held)) this.held.delete(key);
    this.inserts.rollbackTo(mark.inserts);
  }

  /** Inserts the change events (taking the feed's lock) and queues their webhooks: the transaction's last statements. */
  async flush(): Promise<void> {
    if (this.inserts.pending) await this.inserts.write(this.rawTx);
    if (!this.changes.length) return;
    await insertChangesAndDeliveries(this.tx, this.rawTx, this.changes.splice(0), FEED_LOCKED);
  }
}

/**
 * Runs `work` as one transaction that records its changes: either everything it wrote and the
 * record of it commit together, or nothing does (a UserFailure thrown inside rolls it all back).
 * Once a transaction that recorded changes has committed, `committed` is called.
 */
export async function writeTransaction<T>(
  prisma: PrismaClient,
  actor: Actor,
  work: (writer: Writer) => Promise<T>,
  committed?: () => Promise<void>,
): Promise<T> {
  let changed = false;
  const result = await prisma.$transaction(async (tx) => {
    const writer = new Writer(tx, actor, new Date());
    const result = await work(writer);
    await writer.flush();
    changed = writer.recorded;
    return result;
  }, TRANSACTION_OPTIONS);
  if (changed) await committed?.();
  return result;
}

/** Optimistic concurrency: the update must be based on the version the record has now. */
export function checkVersion(current: { version: number }, expected: number | null | undefined, field: string[] = ['version']): void {
  if (expected == null) refuse('VERSION_REQUIRED', 'Send the version of the record you read, to update it.', field);
  if (current.version !== expected) {
    refuse('VERSION_CONFLICT', `The record changed since you read it (it is at version ${current.version}, you sent ${expected}). Read it again and reapply your change.`, field);
  }
}
