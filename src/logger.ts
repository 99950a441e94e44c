import pino, { type Logger } from 'pino';

export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({
    level: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'aspire-api' },
    // Keys never reach the logs, whatever a caller sends.
    redact: ['req.headers.authorization', 'headers.authorization'],
  });
}
