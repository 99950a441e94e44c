// Prints the SDL from the code into schema/schema.graphql; with --check, fails when it is stale.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../src/schema/index.js';

const file = new URL('../schema/schema.graphql', import.meta.url);
const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('schema/schema.graphql is stale: run `npm run schema:print` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current.');
} else {
  await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
  await writeFile(file, printed);
  console.log('wrote schema/schema.graphql');
}
