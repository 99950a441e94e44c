// A partner agency's own ids for our records, as one write (a sync batch, a set of links) uses
// them: the first step of a batch. Every id the write names is read in one query before anything
// is applied; the ids it gives records are kept here and written in one statement at the end; a
// record that is rejected (or changes nothing) takes back the ids it gave. The agency's ids are
// locked until commit, so what is read here stays true meanwhile.
import type { SyncedEntity } from '../../generated/prisma/client.js';
import { textFault } from '../../schema/safe-strings.js';
import { lockNames, type Writer } from '../../writes/transaction.js';
import { refuse } from '../../writes/user-errors.js';
import type { OrganizationMention, ResearcherMention, SyncRecord } from './batch.js';

type Named = [SyncedEntity, string];

/** Every (kind, external id) a sync record names: its own, its proposal's, its people's and organisations'. */
export function namedBy(record: SyncRecord): Named[] {
  const named: Named[] = [[record.type, record.externalId]];
  const organization = (m: OrganizationMention | null | undefined) => m?.externalId && named.push(['ORGANIZATION', m.externalId]);
  const researcher = (m: ResearcherMention | null | undefined) => {
    if (m?.externalId) named.push(['RESEARCHER', m.externalId]);
    organization(m?.organization);
  };
  if ('proposalExternalId' in record) named.push(['PROPOSAL', record.proposalExternalId]);
  if ('leadOrganization' in record) organization(record.leadOrganization);
  if ('organization' in record) organization(record.organization);
  if ('researcher' in record) researcher(record.researcher);
  return named;
}

const keyOf = (entity: SyncedEntity, id: string) => `${entity}:${id}`;

export class AgencyIds {
  /** entity:externalId → our record id. */
  private readonly records = new Map<string, string>();
  /** entity:recordId → the agency's id for it, where known. */
  private readonly names = new Map<string, string>();
  /** Ids given during the batch, written at the end. */
  private readonly given: { entity: SyncedEntity; recordId: string; externalId: string }[] = [];

  private constructor(
    private readonly writer: Writer,
    private readonly agencyId: string,
  ) {}

  /**
   * Locks the agency's ids until commit, then reads those named, in one query. An agency's ids are
   * one space across its calls: its batches and links take turns, so that two never both find an
   * id free and claim it; other agencies' writes go on in parallel.
   */
  static async load(writer: Writer, agencyId: string, named: readonly Named[]): Promise<AgencyIds> {
    const { tx } = writer;
    await lockNames(tx, [`external-ids:${agencyId}`]);
    const ids = new AgencyIds(writer, agencyId);
    const wanted = new Map<SyncedEntity, Set<string>>();
    for (const [entity, externalId] of named) {
      // Text no column holds names nothing (its record is rejected for it).
      if (textFault(externalId) === null) wanted.set(entity, (wanted.get(entity) ?? new Set()).add(externalId));
    }
    if (wanted.size) {
      const rows = await tx.externalId.findMany({
        where: { agencyId, OR: [...wanted].map(([entity, externalIds]) => ({ entity, externalId: { in: [...externalIds] } })) },
        select: { entity: true, recordId: true, externalId: true },
      });
      for (const row of rows) ids.remember(row.entity, row.recordId, row.externalId);
    }
    return ids;
  }

  private remember(entity: SyncedEntity, recordId: string, externalId: string): void {
    this.records.set(keyOf(entity, externalId), recordId);
    this.names.set(keyOf(entity, recordId), externalId);
  }

  /** Our record's id for the agency's id, if it named one (before or earlier in the batch). */
  recordIdOf(entity: SyncedEntity, externalId: string): string | null {
    return this.records.get(keyOf(entity, externalId)) ?? null;
  }

  /** Names a record just created, under an id just found free. */
  name(entity: SyncedEntity, recordId: string, externalId: string): void {
    this.remember(entity, recordId, externalId);
    this.given.push({ entity, recordId, externalId });
  }

  /**
   * Records that the agency calls an existing record `externalId` (sending a link again changes
   * nothing). An id names one record and a record has one id per agency: a clash is ALREADY_EXISTS
   * at `field`.
   */
  async link(entity: SyncedEntity, recordId: string, externalId: string, field: string[]): Promise<void> {
    const named = this.recordIdOf(entity, externalId);
    if (named && named !== recordId) refuse('ALREADY_EXISTS', `Your id ${externalId} already names another record.`, field);
    if (named) return;
    // Ids of records the batch did not name by the agency's id are not loaded: asked here.
    const current =
      this.names.get(keyOf(entity, recordId)) ??
      (await this.writer.tx.externalId.findUnique({ where: { agencyId_entity_recordId: { agencyId: this.agencyId, entity, recordId } }, select: { externalId: true } }))?.externalId;
    if (current !== undefined && current !== externalId) refuse('ALREADY_EXISTS', `You already call this record ${current}.`, field);
    this.name(entity, recordId, externalId);
  }

  /** A point to return to, as Writer.mark: the ids given after it go if the writes after it are rolled back to a savepoint. */
  mark(): number {
    return this.given.length;
  }

  rollbackTo(mark: number): void {
    for (const { entity, recordId, externalId } of this.given.splice(mark)) {
      this.records.delete(keyOf(entity, externalId));
      this.names.delete(keyOf(entity, recordId));
    }
  }

  /** Hands the ids given to the transaction, which writes them with its other new rows, in one statement. */
  write(): void {
    for (const given of this.given) this.writer.insert('ExternalId', { ...given, agencyId: this.agencyId });
  }
}
