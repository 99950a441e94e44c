export { createClient, paginate } from './client.js';
export type { AspireClient, ClientOptions, MutationMethods, Paginators, QueryMethods, RequestFn, ResultOf, RetryOptions, SendOptions, TypedDocument, VariablesOf } from './client.js';
export * from './errors.js';
export * from './generated/graphql.js';
export { queries, connections, mutations } from './operations.js';
/** The program's rules (`rules.validateProposal`, budget totals, call status), shared with the server. */
export * as rules from './rules.js';
/** Partner sync: `createSync(client).push(callId, records)` and `.pull({ since })`. */
export { createSync, SYNC_BATCH_MAX, SyncRefusedError } from './sync.js';
export type { ChangeEvent, ChangePage, PushOptions, Sync, SyncBatchResult, SyncRecordResult } from './sync.js';
/** Receiving webhooks: `verifyWebhook(secret, body, headers)` returns a typed `WebhookEvent`. */
export { verifyWebhook, WebhookVerificationError } from './webhooks.js';
export type { WebhookChange, WebhookEvent, WebhookEventType, WebhookHeaders } from './webhooks.js';
