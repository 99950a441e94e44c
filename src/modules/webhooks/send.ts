// One signed POST to a receiver, per the Standard Webhooks specification. Redirects are answers,
// never followed: a 3xx fails the attempt like any other non-2xx.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Webhook } from 'standardwebhooks';
import { guardedLookup } from './url.js';

export interface Attempt {
  startedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

/** The secrets a delivery is signed with: the current one, and the previous one during a rotation. */
export function signatures(secrets: string[], id: string, at: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' ');
}

/** Reads at most this much of an answer: only its status matters, the rest is for the error text. */
const ANSWER_LIMIT = 1000;

export function post(url: string, id: string, body: string, secrets: string[], timeoutMs: number): Promise<Attempt> {
  const startedAt = new Date();
  const started = performance.now();
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'ASPIRE-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(startedAt.getTime() / 1000)),
    'webhook-signature': signatures(secrets, id, startedAt, body),
  };
  return new Promise((resolve) => {
    const done = (statusCode: number | null, error: string | null) =>
      resolve({ startedAt, statusCode, latencyMs: Math.round(performance.now() - started), error: error?.slice(0, 1000) ?? null });
    const req = send(target, { method: 'POST', headers, timeout: timeoutMs, lookup: guardedLookup(target.protocol) }, (res) => {
      let answer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (answer.length < ANSWER_LIMIT) answer += chunk;
      });
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) return done(status, null);
        const why = status >= 300 && status < 400 ? `redirect to ${res.headers.location ?? '?'} not followed` : answer.trim().slice(0, 300);
        done(status, `HTTP ${status}${why ? `: ${why}` : ''}`);
      });
      res.on('error', (error) => done(res.statusCode ?? null, error.message));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => done(null, error.message));
    req.end(body);
  });
}
