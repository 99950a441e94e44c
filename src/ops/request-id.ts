// One id per request, the same in the response (X-Request-Id header and extensions.requestId), in
// the server log and in the change log (ChangeEvent.requestId), so a caller's report can be traced.
import type { Plugin } from 'graphql-yoga';

/** An incoming id is kept only if it is short and plain (no log or header injection). */
const SANE = /^[A-Za-z0-9._:@\/+=-]{1,128}$/;

const ids = new WeakMap<Request, string>();

/** A request's id from its X-Request-Id header: the caller's when sane, a fresh UUID otherwise. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SANE.test(incoming) ? incoming : crypto.randomUUID();
}

/** The request's id, the same however many steps ask. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) ids.set(request, (id = requestIdFrom(request.headers.get('x-request-id'))));
  return id;
}

type Result = { extensions?: Record<string, unknown> } & object;

function withRequestId<T extends Result>(result: T, requestId: string): T {
  return { ...result, extensions: { ...result.extensions, requestId } };
}

export function useRequestId(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const id = requestIdOf(request);
      // Subscriptions and streams are not served; a batch gets the id on each answer.
      if (Symbol.asyncIterator in result) return;
      setResult(Array.isArray(result) ? result.map((r) => withRequestId(r, id)) : withRequestId(result, id));
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
