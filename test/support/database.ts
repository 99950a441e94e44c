import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../../src/db/client.js';
import { databaseUrl, dropDatabase, withAdminClient, type TemplateName } from './templates.js';

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
      await dropDatabase(adminUrl, name);
    },
  };
}
