// `npm run cli -- export <name> --format <csv|jsonl|json> [--key <API key>]`: an export to
// standard output, read with the same caller and visibility as over HTTP (no key: the public view).
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { bookkeepingSettled } from '../../auth/principal.js';
import { createContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { createLogger } from '../../logger.js';
import { ApiError } from '../../schema/errors.js';
import { EXPORTS, type Format } from './exports.js';

export const EXPORT_USAGE = `  npm run cli -- export <${[...EXPORTS.keys()].join('|')}> --format <csv|jsonl|json> [--key <API key>]
                            (the key may also come from ASPIRE_API_KEY; without one, the public view)`;

export class ExportUsageError extends Error {}

export async function runExport(argv: string[], db: Database, out: Writable, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'csv' }, key: { type: 'string' } },
  });
  const name = positionals[1];
  const exported = name ? EXPORTS.get(name) : undefined;
  if (!exported) throw new ExportUsageError(`usage:\n${EXPORT_USAGE}`);
  const format = values.format as Format;
  if (!exported.formats.includes(format)) throw new ExportUsageError(`${name} comes as ${exported.formats.join(', ')}`);
  const key = values.key ?? env.ASPIRE_API_KEY;
  // The same request path as HTTP: the key resolves to the same caller, or is refused.
  const request = new Request('http://cli/exports', { headers: key ? { authorization: `Bearer ${key}` } : {} });
  try {
    const ctx = await createContext(db, createLogger({ LOG_LEVEL: 'silent' }), request);
    exported.authorize?.(ctx);
    const { lastModified } = await exported.validators(ctx, format);
    for await (const piece of exported.write(ctx, format, lastModified)) {
      if (!out.write(piece)) await once(out, 'drain');
    }
  } catch (error) {
    if (error instanceof ApiError) throw new ExportUsageError(`${error.extensions.code}: ${error.message}`);
    throw error;
  } finally {
    await bookkeepingSettled();
  }
}
