// CORS. Keys travel in the Authorization header, never in cookies, so no answer allows credentials:
// by default any origin may read (Access-Control-Allow-Origin: *, as public APIs do); with an
// allow-list, only the listed origins get CORS headers at all. Yoga's built-in CORS cannot send a
// literal `*` (it reflects the caller's origin, with credentials allowed unless told otherwise), so
// these few headers are written here.
import type { Plugin } from 'graphql-yoga';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language, Idempotency-Key, X-Request-Id';
/** What a browser client may read: the rate limit's budget and when to retry. */
const EXPOSED_HEADERS = 'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

function corsHeaders(origin: string | null, allowList: readonly string[]): Record<string, string> | null {
  if (!origin) return null;
  if (allowList.length === 0) return { 'Access-Control-Allow-Origin': '*' };
  // Caches must keep the answers to different origins apart, the refused ones included.
  if (!allowList.includes(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

/** The CORS headers of an answer (not a preflight's) to a request from `origin`. */
export function corsAnswerHeaders(origin: string | null | undefined, allowList: readonly string[]): Record<string, string> {
  const headers = corsHeaders(origin ?? null, allowList);
  if (!headers) return {};
  return headers['Access-Control-Allow-Origin'] ? { ...headers, 'Access-Control-Expose-Headers': EXPOSED_HEADERS } : headers;
}

/** `allowList`: origins such as `https://portal.example.org`; empty: any origin. */
export function useCors(allowList: readonly string[]): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'OPTIONS' || !request.headers.get('access-control-request-method')) return;
      const headers = corsHeaders(request.headers.get('origin'), allowList);
      const allowed = headers?.['Access-Control-Allow-Origin'];
      endResponse(
        new Response(null, {
          status: 204,
          headers: allowed
            ? {
                ...headers,
                'Access-Control-Allow-Methods': ALLOWED_METHODS,
                'Access-Control-Allow-Headers': ALLOWED_HEADERS,
                'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
              }
            : (headers ?? {}),
        }),
      );
    },
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(corsAnswerHeaders(request.headers.get('origin'), allowList))) response.headers.set(name, value);
    },
  };
}
