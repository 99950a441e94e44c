// The Prisma CLI runs its WebAssembly schema engine through the same driver adapters the server
// uses, so `prisma migrate deploy` downloads nothing and works on PGlite and PostgreSQL alike.
import { defineConfig } from 'prisma/config';
import { databaseTargetFromEnv } from './src/db/adapter.js';
import { cliAdapter } from './src/db/cli-adapter.js';

// PGlite has one connection: Prisma's advisory lock would wait on itself.
if (databaseTargetFromEnv().kind === 'pglite') process.env.PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK ??= '1';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: cliAdapter,
});
