// Receiving the API's webhooks: check a delivery's Standard Webhooks signature and get it back as
// a typed event. Each event's `data` is exactly one event of the `changes` feed (the Changes query).
import { Webhook } from 'standardwebhooks';
import { AspireError } from './errors.js';
import type { ChangeAction, ChangesQuery, RecordType } from './generated/graphql.js';

/**
 * A delivery that is not signed by the subscription's secret, or not an ASPIRE event. Our own class,
 * not the library's: its declarations need Node's types, which a client project may not have.
 */
export class WebhookVerificationError extends AspireError {
  override name = 'WebhookVerificationError';
}

/** One change as the `changes` feed gives it. */
export type WebhookChange = ChangesQuery['changes']['events'][number];

type Past = { CREATE: 'created'; UPDATE: 'updated'; DELETE: 'deleted' };

/**
 * A webhook event: `type` names the record type and what happened (`proposal.updated`,
 * `team_member.deleted`, …), and narrows `data`: a `…deleted` event is a tombstone, `record` null.
 */
export type WebhookEvent = {
  [T in RecordType]: {
    [A in ChangeAction]: {
      type: `${Lowercase<T>}.${Past[A]}`;
      /** When the change committed (ISO 8601). */
      timestamp: string;
      data: Omit<WebhookChange, 'recordType' | 'action' | 'record'> & {
        recordType: T;
        action: A;
        record: A extends 'DELETE' ? null : WebhookChange['record'];
      };
    };
  }[ChangeAction];
}[RecordType];

export type WebhookEventType = WebhookEvent['type'];

/** The headers of a delivery, as a plain object or a Fetch `Headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

function header(headers: WebhookHeaders, name: string): string {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  if (typeof value !== 'string') throw new WebhookVerificationError(`Missing the ${name} header`);
  return value;
}

/**
 * Checks a delivery and returns its event. `body` is the raw request body, exactly as received
 * (parse it only after this); `secret` is the subscription's `whsec_…`. Throws
 * WebhookVerificationError for a bad or missing signature, or a timestamp more than five minutes
 * off. Deliveries are at least once: drop an event whose `webhook-id` you have already handled.
 */
export function verifyWebhook(secret: string, body: string, headers: WebhookHeaders): WebhookEvent {
  const signed = {
    'webhook-id': header(headers, 'webhook-id'),
    'webhook-timestamp': header(headers, 'webhook-timestamp'),
    'webhook-signature': header(headers, 'webhook-signature'),
  };
  let event: unknown;
  try {
    event = new Webhook(secret).verify(body, signed);
  } catch (error) {
    throw new WebhookVerificationError(error instanceof Error ? error.message : String(error));
  }
  if (typeof event !== 'object' || event === null || typeof (event as { type?: unknown }).type !== 'string' || !('data' in event)) {
    throw new WebhookVerificationError('The payload is not an ASPIRE webhook event');
  }
  return event as WebhookEvent;
}
