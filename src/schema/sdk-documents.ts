// The SDK's persisted operations by hash, read as data: the production build compiles src/ alone
// (rootDir), so the SDK's generated module cannot be imported. The path is the same from dist/.
import { readFileSync } from 'node:fs';

/** A Map, so that a hash such as `__proto__` never reaches the object prototype. */
export const sdkDocuments = new Map<string, string>(
  Object.entries(JSON.parse(readFileSync(new URL('../../sdk/src/generated/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>),
);
