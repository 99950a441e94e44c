import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client.js';

const require = createRequire(import.meta.url);

interface CompilerWasm {
  getQueryCompilerWasmModule(): Promise<WebAssembly.Module>;
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
  const compilerWasm = (prisma as unknown as { _engineConfig?: { compilerWasm?: Partial<CompilerWasm> } })._engineConfig?.compilerWasm;
  const file = QUERY_COMPILER_FILE;
  if (!file || typeof compilerWasm?.getQueryCompilerWasmModule !== 'function') return false;
  compilerWasm.getQueryCompilerWasmModule = async function compileFromFile() {
    return new WebAssembly.Module(await readFile(file));
  };
  return true;
}
