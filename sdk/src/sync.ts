// Partner sync, the way an agency's system runs it: push records keyed by its own ids in batches
// that are safe to retry, and pull every change since the cursor it stored with its copy.
import { isRetriable, sleep, type AspireClient } from './client.js';
import { AspireError, ThrottledError } from './errors.js';
import {
  ChangesDocument,
  SyncRecordsDocument,
  type ChangesQuery,
  type SyncRecordInput,
  type SyncRecordsMutation,
} from './generated/graphql.js';

/** The server's limit on one batch. */
export const SYNC_BATCH_MAX = 500;

export type SyncBatchResult = NonNullable<SyncRecordsMutation['syncRecords']['batch']>;
export type SyncRecordResult = SyncBatchResult['results'][number];
export type ChangePage = ChangesQuery['changes'];
export type ChangeEvent = ChangePage['events'][number];

export interface PushOptions {
  /** Records per request, at most 500 (the default). */
  batchSize?: number;
  /** Attempts after the first for each batch, on network errors, 5xx and throttling. Default 5. */
  retries?: number;
  /** First delay between attempts; it doubles each time. Default 500 ms. */
  baseDelayMs?: number;
  /** A new idempotency key per batch; a UUID by default. */
  idempotencyKey?: () => string;
  /** Called after each batch, e.g. to log progress or store what was accepted. */
  onBatch?: (batch: SyncBatchResult, index: number) => void | Promise<void>;
}

/** The server refused a whole batch (e.g. a call the agency does not co-run): nothing was written. */
export class SyncRefusedError extends AspireError {
  override name = 'SyncRefusedError';
  constructor(readonly userErrors: SyncRecordsMutation['syncRecords']['userErrors']) {
    super(userErrors.map((e) => e.message).join(' '));
  }
}

export interface Sync {
  /**
   * Sends `records` of the joint call `callId` in batches. Each batch has its own idempotency key,
   * kept across its retries: a batch whose answer was lost is answered from the server's record of
   * it, never applied twice. Resolves with every record's result, in order (rejected ones included:
   * look at `status` and `userErrors`).
   */
  push(callId: string, records: readonly SyncRecordInput[], options?: PushOptions): Promise<SyncRecordResult[]>;
  /**
   * The change feed from `since` (the cursor you stored; the beginning when left out), page by
   * page, until it has caught up. Apply a page's events, then store its `cursor` with your copy.
   */
  pull(options?: { since?: string | null; pageSize?: number }): AsyncGenerator<ChangePage, void, undefined>;
}

export function createSync(client: AspireClient): Sync {
  async function sendBatch(callId: string, records: readonly SyncRecordInput[], options: PushOptions): Promise<SyncBatchResult> {
    const idempotencyKey = (options.idempotencyKey ?? (() => crypto.randomUUID()))();
    const retries = options.retries ?? 5;
    for (let attempt = 0; ; attempt++) {
      try {
        const { syncRecords } = await client.request(SyncRecordsDocument, { input: { idempotencyKey, callId, records: [...records] } });
        if (!syncRecords.batch) throw new SyncRefusedError(syncRecords.userErrors);
        return syncRecords.batch;
      } catch (error) {
        if (!isRetriable(error) || attempt >= retries) throw error;
        const delay = error instanceof ThrottledError && error.retryAfterMs !== undefined ? error.retryAfterMs : (options.baseDelayMs ?? 500) * 2 ** attempt;
        await sleep(delay);
      }
    }
  }

  return {
    async push(callId, records, options = {}) {
      const size = options.batchSize ?? SYNC_BATCH_MAX;
      if (!Number.isInteger(size) || size < 1 || size > SYNC_BATCH_MAX) throw new RangeError(`batchSize must be 1–${SYNC_BATCH_MAX}`);
      const results: SyncRecordResult[] = [];
      for (let start = 0, index = 0; start < records.length; start += size, index++) {
        const batch = await sendBatch(callId, records.slice(start, start + size), options);
        // Indexes are per batch on the server; here they count from the first record pushed.
        results.push(...batch.results.map((r) => ({ ...r, index: r.index + start })));
        await options.onBatch?.(batch, index);
      }
      return results;
    },

    async *pull({ since = null, pageSize = 500 } = {}) {
      let cursor = since;
      for (;;) {
        const { changes } = await client.request(ChangesDocument, { since: cursor, first: pageSize });
        yield changes;
        if (!changes.hasMore) return;
        cursor = changes.cursor;
      }
    },
  };
}

