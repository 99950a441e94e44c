import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../../src/db/client.js';
import { databaseUrl, withAdminClient, type TemplateName } from './templates.js';

/**
 * A freshly migrated database of its own for one test file: an in-memory PGlite loaded from the
 * run's template, or (with TEST_DATABASE_URL) a PostgreSQL database copied from the template.
 * 'seeded' has the reference and demo data loaded; 'empty' only the schema.
 */
export async function createTestDatabase(template: TemplateName = 'seeded'): Promise<Database> {
  const databases = inject('testDatabases');
  if (databases.kind === 'pglite') {
    const pglite = await PGlite.create({ loadDataDir: new Blob([await readFile(databases.files[template])]) });
    return connectDatabase({ kind: 'pglite', dataDir: 'memory://' }, { pglite, countRows: true });
  }
  const name = `aspire_test_${randomBytes(6).toString('hex')}`;
  const { adminUrl } = databases;
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${databases.databases[template]}"`),
  );
  const db = await connectDatabase({ kind: 'postgres', url: databaseUrl(adminUrl, name), poolSize: 5 }, { countRows: true });
  return {
    ...db,
    async close() {
      await db.close();
      await withAdminClient(adminUrl, async (client) => {
        // pg's pool.end() resolves once each client has been told to end, not once its backend has
        // gone: one that FORCE terminates first sends its client a FATAL that nobody listens for
        // any more (an unhandled error in whichever test file runs then).
        for (let i = 0; i < 100; i++) {
          const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}
