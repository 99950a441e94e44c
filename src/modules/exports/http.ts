// GET /exports/<name>.<csv|jsonl|json>: the exports over HTTP, as a Yoga plugin that answers
// those paths before GraphQL does. Same API key header, same caller, same visibility.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { createContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { ApiError } from '../../schema/errors.js';
import { CONTENT_TYPES, EXPORTS, type Format } from './exports.js';
import { notModified } from './validators.js';

const PATH = /^\/exports\/([a-z0-9-]+)\.(csv|jsonl|json)$/;

function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return globalThis.Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers });
}

/** The status an API error stands for (401 carries its WWW-Authenticate header). */
function refusal(error: ApiError): Response {
  const code = String(error.extensions.code);
  const http = error.extensions.http as { status?: number; headers?: Record<string, string> } | undefined;
  const status = http?.status ?? (code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : 400);
  return errorResponse(status, code, error.message, http?.headers);
}

/** A pull stream: the next piece is produced only when the socket has taken the last (backpressure). */
function streamOf(pieces: AsyncGenerator<string>, logger: Logger): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await pieces.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          // The status is sent already: cutting the transfer short is how the client learns.
          logger.error({ err: error }, 'export failed while streaming');
          controller.error(error);
        }
      },
      async cancel() {
        await pieces.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

export function useExports(db: Database, logger: Logger): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const { Response } = fetchAPI;
      if (!url.pathname.startsWith('/exports/')) return;
      const match = PATH.exec(url.pathname);
      if (!match) return endResponse(errorResponse(404, 'NOT_FOUND', `No export at ${url.pathname}; see the README's Exports section.`));
      const [, name, format] = match as unknown as [string, string, Format];
      const exported = EXPORTS.get(name);
      if (!exported || !exported.formats.includes(format)) {
        return endResponse(errorResponse(404, 'NOT_FOUND', `No export ${name}.${format}; exports: ${[...EXPORTS.keys()].join(', ')}.`));
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(errorResponse(405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.', { allow: 'GET, HEAD' }));
      }
      try {
        const ctx = await createContext(db, logger, request);
        exported.authorize?.(ctx);
        const validators = await exported.validators(ctx, format);
        const headers: Record<string, string> = {
          etag: validators.etag,
          'cache-control': 'private, no-cache',
          vary: 'Authorization',
          ...(validators.lastModified ? { 'last-modified': validators.lastModified.toUTCString() } : {}),
        };
        if (notModified(request, validators)) return endResponse(new Response(null, { status: 304, headers }));
        headers['content-type'] = CONTENT_TYPES[format];
        if (request.method === 'HEAD') return endResponse(new Response(null, { status: 200, headers }));
        return endResponse(new Response(streamOf(exported.write(ctx, format, validators.lastModified), ctx.logger), { status: 200, headers }));
      } catch (error) {
        if (error instanceof ApiError) return endResponse(refusal(error));
        throw error;
      }
    },
  };
}
