import { databaseTargetFromEnv, type DatabaseTarget } from './db/adapter.js';
import { webhookSettingsFromEnv, type WebhookSettings } from './modules/webhooks/settings.js';
import type { ArbitraryOperations } from './server.js';

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Load the fictional demo dataset on first start. */
  demoData: boolean;
  /** Production hides GraphiQL, field suggestions and internal error messages. */
  production: boolean;
  arbitraryOperations?: ArbitraryOperations;
  webhooks: WebhookSettings;
}

function arbitraryOperationsFrom(value: string | undefined): ArbitraryOperations | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'all' || value === 'authenticated' || value === 'none') return value;
  throw new Error(`ASPIRE_ARBITRARY_OPERATIONS must be all, authenticated or none, got "${value}"`);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    database: databaseTargetFromEnv(env),
    demoData: env.ASPIRE_DEMO_DATA !== '0',
    production: env.NODE_ENV === 'production',
    arbitraryOperations: arbitraryOperationsFrom(env.ASPIRE_ARBITRARY_OPERATIONS),
    webhooks: webhookSettingsFromEnv(env),
  };
}
