import { wholeNumber } from '../../env.js';

/** How the webhook worker runs; every figure can be set in the environment (tests shorten them). */
export interface WebhookSettings {
  /** Turn the in-process worker off (WEBHOOK_WORKER=0), e.g. where another process delivers. */
  enabled: boolean;
  /** How often an idle worker looks for due deliveries. */
  pollMs: number;
  /** Deliveries claimed and sent at once. */
  concurrency: number;
  /** Attempts before a delivery fails and its subscription is marked FAILING. */
  maxAttempts: number;
  /** The first retry waits about this long; each next one twice as long (with jitter), up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** A receiver that has not answered by then has failed the attempt. */
  timeoutMs: number;
}

export function webhookSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookSettings {
  return {
    enabled: env.WEBHOOK_WORKER !== '0',
    pollMs: wholeNumber(env, 'WEBHOOK_POLL_MS', 500, 1),
    concurrency: wholeNumber(env, 'WEBHOOK_CONCURRENCY', 32, 1),
    maxAttempts: wholeNumber(env, 'WEBHOOK_MAX_ATTEMPTS', 10, 1),
    retryBaseMs: wholeNumber(env, 'WEBHOOK_RETRY_BASE_MS', 10_000, 1),
    retryMaxMs: wholeNumber(env, 'WEBHOOK_RETRY_MAX_MS', 3_600_000, 1),
    timeoutMs: wholeNumber(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 1),
  };
}

/** Exponential backoff with jitter: half the doubled delay fixed, half random, so receivers that
 * failed together are not all retried in the same instant. */
export function retryDelay(settings: WebhookSettings, attempt: number, random = Math.random()): number {
  const doubled = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(doubled / 2 + (doubled / 2) * random);
}
