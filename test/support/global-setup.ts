import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  dropPostgresTemplates,
  preparePgliteTemplates,
  preparePostgresTemplates,
  type TestDatabases,
} from './templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabases: TestDatabases;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const started = Date.now();
  let outDir: string | undefined;
  let databases: TestDatabases;
  if (adminUrl) {
    databases = await preparePostgresTemplates(adminUrl);
  } else {
    await mkdir(tmpdir(), { recursive: true });
    outDir = await mkdtemp(path.join(tmpdir(), 'aspire-templates-'));
    databases = await preparePgliteTemplates(outDir);
  }
  console.log(`test databases (${databases.kind}) ready in ${Date.now() - started} ms`);
  project.provide('testDatabases', databases);
  return async () => {
    await dropPostgresTemplates(databases);
    if (outDir) await rm(outDir, { recursive: true, force: true });
  };
}
