import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { wholeNumber } from '../env.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { cachingQueryCompiler, type QueryCompilerClass, type QueryPlanCacheOptions, type RuntimeDataModel } from './query-plans.js';

const require = createRequire(import.meta.url);

interface CompilerWasm {
  getQueryCompilerWasmModule(): Promise<WebAssembly.Module>;
  getRuntime(): Promise<{ QueryCompiler: QueryCompilerClass }>;
}

/** What the generated client keeps of its engine, not public, hence the checks where it is used. */
interface ClientInternals {
  _engineConfig?: { compilerWasm?: Partial<CompilerWasm> };
  _runtimeDataModel?: RuntimeDataModel;
}

/**
 * Prisma's query compiler as a .wasm file: the CLI package ships the bytes that the generated client
 * (generator `prisma-client`, engine type `client`) otherwise decodes from a module holding them as
 * a 2.6 MB base64 string. That module, its string and its source stay loaded for the life of the
 * process, about 8 MB of RSS that the file does not hold. None when the CLI is not the client's
 * version (or not where 6.19 keeps the file): Prisma's own loader is then used.
 */
export const QUERY_COMPILER_FILE = ((): string | undefined => {
  try {
    const cli = require.resolve('prisma/package.json');
    const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (version(cli) !== version(require.resolve('@prisma/client/package.json'))) return undefined;
    const file = path.join(path.dirname(cli), 'build', 'query_compiler_bg.postgresql.wasm');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * Has `prisma` compile its query compiler from QUERY_COMPILER_FILE. It replaces the loader on the
 * configuration its generated class shares with every client, before any query (the compiler
 * loads with the first); the engine configuration is Prisma's, not public, hence the checks.
 * Whether it did.
 */
export function loadQueryCompilerFromFile(prisma: PrismaClient): boolean {
  const compilerWasm = (prisma as unknown as ClientInternals)._engineConfig?.compilerWasm;
  const file = QUERY_COMPILER_FILE;
  if (!file || typeof compilerWasm?.getQueryCompilerWasmModule !== 'function') return false;
  compilerWasm.getQueryCompilerWasmModule = async function compileFromFile() {
    return new WebAssembly.Module(await readFile(file));
  };
  return true;
}

/**
 * The API's reads come in a few hundred shapes (a list of ids makes one per length). Their plans
 * measure 0.6–25 kB as JSON, so 500 of them stay within some tens of MB.
 */
export const DEFAULT_QUERY_PLANS = 500;

/**
 * ASPIRE_QUERY_PLANS, how many plans to keep (0: none, every operation compiled as before), and
 * ASPIRE_QUERY_PLAN_CHECK=1 (the test suite), which compiles every operation as well and fails it
 * unless its cached plan is the same.
 */
export function queryPlanCacheFromEnv(env: NodeJS.ProcessEnv = process.env): QueryPlanCacheOptions {
  return { size: wholeNumber(env, 'ASPIRE_QUERY_PLANS', DEFAULT_QUERY_PLANS), check: env.ASPIRE_QUERY_PLAN_CHECK === '1' };
}

const CACHING = Symbol('aspire.queryPlans');

/**
 * Has `prisma` keep its query plans (src/db/query-plans.ts), on the configuration its generated
 * class shares with every client, before any query. Prisma loads the compiler once per process, so
 * the first client's options hold for all. Whether the plans are kept.
 */
export function cacheQueryPlans(prisma: PrismaClient, options: QueryPlanCacheOptions): boolean {
  const { _engineConfig, _runtimeDataModel: dataModel } = prisma as unknown as ClientInternals;
  const compilerWasm = _engineConfig?.compilerWasm as (Partial<CompilerWasm> & { [CACHING]?: boolean }) | undefined;
  const getRuntime = compilerWasm?.getRuntime;
  if (!compilerWasm || compilerWasm[CACHING] !== undefined) return compilerWasm?.[CACHING] ?? false;
  if (options.size === 0 || !dataModel || typeof getRuntime !== 'function') return (compilerWasm[CACHING] = false);
  compilerWasm.getRuntime = async function withCachingCompiler() {
    const runtime = await getRuntime.call(compilerWasm);
    // A copy of the module: the WebAssembly imports its functions from it by name.
    return { ...runtime, QueryCompiler: cachingQueryCompiler(runtime.QueryCompiler, dataModel, options) };
  };
  return (compilerWasm[CACHING] = true);
}
